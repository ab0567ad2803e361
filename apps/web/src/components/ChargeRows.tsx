"use client";
// The charges of a booking, each an NCIC code classified live as it is typed
// (classification.classifyBatch: core's Appendix A answer with the rule that
// decided, the D1/D2 notes, "pending sentence" with its candidates). A
// sentence field appears where the level depends on it (D2).
import { useQuery } from "@tanstack/react-query";
import { Button, Input, Label, TextField } from "react-aria-components";
import { useTRPC } from "../trpc/react";
import { Gloss } from "./Gloss";

export interface ChargeDraft {
  readonly id: number;
  readonly code: string;
  readonly sentence: string;
}

export function ChargeRows({ charges, onChange }: { charges: readonly ChargeDraft[]; onChange: (next: ChargeDraft[]) => void }) {
  const trpc = useTRPC();
  const typed = charges.filter((c) => c.code.trim() !== "");
  const answers = useQuery({
    ...trpc.classification.classifyBatch.queryOptions({ rows: typed.map((c) => ({ code: c.code, sentence: c.sentence || null })) }),
    enabled: typed.length > 0,
    placeholderData: (previous) => previous,
  });
  const answerFor = (charge: ChargeDraft) => {
    const index = typed.indexOf(charge);
    return index < 0 ? undefined : answers.data?.[index];
  };
  const update = (id: number, patch: Partial<ChargeDraft>) => onChange(charges.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <fieldset className="charges">
      <legend>Charges (NCIC offense codes)</legend>
      {charges.map((charge, n) => {
        const a = answerFor(charge);
        const pending = a?.status === "pending-sentence";
        return (
          <div className="charge" key={charge.id}>
            <TextField value={charge.code} onChange={(code) => update(charge.id, { code })} className="code-field">
              <Label>Charge {n + 1}</Label>
              <Input inputMode="numeric" maxLength={4} placeholder="e.g. 1201" />
            </TextField>
            {(pending || charge.sentence !== "") && (
              <TextField value={charge.sentence} onChange={(sentence) => update(charge.id, { sentence })} className="sentence-field">
                <Label>Sentence (if known)</Label>
                <Input placeholder="e.g. 18m, 2y, 400d" />
              </TextField>
            )}
            <div className="answer" aria-live="polite">
              {a === undefined ? (
                <span className="muted">{charge.code.trim() === "" ? "Type a code to classify it." : "Classifying..."}</span>
              ) : a.status === "invalid" ? (
                <span className="error-text">{a.notes.join("; ")}</span>
              ) : (
                <>
                  <strong>{a.level === null ? (pending ? `pending sentence: Level ${a.candidates.join(" or ")}` : "no level") : `Level ${a.level}`}</strong>{" "}
                  <span>{a.category}</span>
                  {a.ncicLiteral && <span className="muted"> - {a.ncicLiteral}</span>}
                  <div className="muted small">
                    rule {a.rule?.id} ({a.rule?.source})
                  </div>
                  {a.notes.map((note) => (
                    <div className="note-text small" key={note}>
                      <Gloss text={note} />
                    </div>
                  ))}
                </>
              )}
            </div>
            {charges.length > 1 && (
              <Button className="quiet" aria-label={`Remove charge ${n + 1}`} onPress={() => onChange(charges.filter((c) => c.id !== charge.id))}>
                Remove
              </Button>
            )}
          </div>
        );
      })}
      <Button className="quiet" isDisabled={charges.length >= 20} onPress={() => onChange([...charges, { id: Math.max(0, ...charges.map((c) => c.id)) + 1, code: "", sentence: "" }])}>
        Add a charge
      </Button>
    </fieldset>
  );
}
