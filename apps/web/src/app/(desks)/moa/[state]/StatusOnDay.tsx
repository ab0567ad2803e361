"use client";
// MOA VI, VIII: what held on a chosen day (moa.statusOn, read as the day ends,
// UTC): the status in core's words, the suspensions in force, the
// modifications in effect and the LEAs suspended then.
import { GROUND_LABELS } from "@sc/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { useTRPC } from "../../../../trpc/react";

export function StatusOnDay({ state, today }: { state: string; today: string }) {
  const trpc = useTRPC();
  const id = useId();
  const [day, setDay] = useState(today);
  const on = useQuery({ ...trpc.moa.statusOn.queryOptions({ state, day }), enabled: day !== "", placeholderData: (previous) => previous });
  const d = on.data;
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>What held on a day</h2>
      <label htmlFor={`${id}-day`}>Day (UTC, as it ends)</label>
      <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <ErrorNote error={on.error} />
      {d && (
        <div aria-live="polite">
          <p>
            <strong>{d.day}:</strong> <Gloss text={d.statusText} />
          </p>
          <ul>
            {d.suspensionsInForce.map((s) => (
              <li key={s.noticeId}>
                <Gloss text={`Suspended by ${s.by} since ${formatInstant(s.since)} (notice ${s.noticeId}, ${GROUND_LABELS[s.ground]}${s.details ? `: ${s.details}` : ""})`} />
              </li>
            ))}
            {d.modificationsInEffect.map((mod) => (
              <li key={mod.id}>
                Modification {mod.id} in effect since {formatInstant(mod.effectiveAt)}: {mod.text}
              </li>
            ))}
            {d.leasSuspended.map((l) => (
              <li key={l.ori}>
                <Gloss text={`LEA ${l.ori} suspended since ${formatInstant(l.suspendedAt)}: ${l.reason}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
