"use client";
// The MOA's history in the MOA's own words (moa.get timeline, from core's
// moaTimeline): signatures, notices, suspensions, modifications, disputes,
// releases, LEA suspensions and the date a termination takes effect. An entry
// still ahead of now (a termination's date) is marked so.
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import type { Moa } from "./shared";

export function Timeline({ moa }: { moa: Moa }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {moa.timeline.length === 0 && <p className="muted">Nothing is recorded yet.</p>}
      <ol className="timeline" aria-label={`Timeline of the MOA with ${moa.state}`}>
        {moa.timeline.map((e, i) => {
          const ahead = e.at > moa.asOf;
          return (
            <li key={`${e.at}-${i}`} className={ahead ? "ahead" : undefined}>
              <time dateTime={e.at}>{formatInstant(e.at)}</time>
              {ahead && <strong>(ahead) </strong>}
              <Gloss text={e.text} />
              <span className="rule">{e.rule}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
