"use client";
// One classification as core returned it: the level (or the levels still
// open), the category, the rule that decided with its source, and the D1-D9
// notes, each acronym glossed.
import type { ApiOutputs } from "@sc/client";
import { Gloss } from "../../../components/Gloss";
import { levelText } from "../../../components/format";

type Classification = ApiOutputs["classification"]["classify"];

export function ClassificationView({ answer }: { answer: Classification }) {
  return (
    <dl className="facts" aria-label={`Classification of ${answer.code}`}>
      <dt>Code</dt>
      <dd>
        {answer.code}
        {answer.ncicLiteral && <span className="muted"> - {answer.ncicLiteral}</span>}
      </dd>
      <dt>Level</dt>
      <dd>
        <strong>{levelText(answer)}</strong> <span className="muted">({answer.status})</span>
      </dd>
      <dt>Category</dt>
      <dd>{answer.category ?? "-"}</dd>
      <dt>Rule</dt>
      <dd>
        {answer.rule === null ? "-" : `${answer.rule.id} (${answer.rule.source})`}
        {answer.rule?.explanation && (
          <div className="muted small">
            <Gloss text={answer.rule.explanation} />
          </div>
        )}
      </dd>
      {answer.notes.length > 0 && (
        <>
          <dt>Notes</dt>
          <dd>
            {answer.notes.map((note) => (
              <p className="note-text small" key={note}>
                <Gloss text={note} />
              </p>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
