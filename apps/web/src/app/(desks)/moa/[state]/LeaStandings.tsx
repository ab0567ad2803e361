"use client";
// MOA VIII: use for racial or ethnic profiling is not permitted and may result
// in the suspension of the local jurisdiction engaged in it. The LEAs of the
// state this account may see, each with its standing, the written reason of a
// suspension, and suspend / reinstate where the API says this account may.
import { useMutation } from "@tanstack/react-query";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { StepGate } from "../../../../components/Step";
import { useIdempotencyKey } from "../../../../components/useIdempotencyKey";
import { WrittenForm } from "../../../../components/WrittenForm";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function LeaStandings({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const idempotency = useIdempotencyKey();
  const suspend = useMutation(trpc.moa.suspendLea.mutationOptions({ onSuccess: () => (idempotency.done(), refresh()) }));
  const reinstate = useMutation(trpc.moa.reinstateLea.mutationOptions({ onSuccess: refresh }));
  if (moa.leaStandings.length === 0) return null;
  return (
    <section aria-labelledby="leas-title">
      <h2 id="leas-title">
        <Gloss text="LEAs of the state (suspension for profiling, MOA VIII)" />
      </h2>
      <ErrorNote error={suspend.error ?? reinstate.error} />
      <ul className="cards">
        {moa.leaStandings.map((s) => {
          const steps = moa.leaActions[s.ori];
          return (
            <li key={s.ori} className="card" aria-label={`LEA ${s.ori}`}>
              <p>
                <Gloss text={s.status === "suspended" ? `LEA ${s.ori}: suspended since ${formatInstant(s.since)}: ${s.reason}` : `LEA ${s.ori}: in the program`} />
                {s.periods.filter((p) => p.reinstatedAt).map((p) => (
                  <span key={p.suspendedAt} className="muted">
                    {" "}
                    (suspended {formatInstant(p.suspendedAt)}, reinstated {formatInstant(p.reinstatedAt)}: {p.reinstatementNote})
                  </span>
                ))}
              </p>
              {s.status === "suspended" ? (
                <StepGate step={steps?.reinstate} procedure="moa.reinstateLea" what="Reinstating">
                  <WrittenForm label={`Reason for reinstating ${s.ori}`} action={`Reinstate ${s.ori}`} pending={reinstate.isPending} error={null} onSubmit={(note) => reinstate.mutate({ ori: s.ori, note })} />
                </StepGate>
              ) : (
                <StepGate step={steps?.suspend} procedure="moa.suspendLea" what="Suspending">
                  <WrittenForm label={`Written reason for suspending ${s.ori}`} action={`Suspend ${s.ori}`} pending={suspend.isPending} error={null} onSubmit={(reason) => suspend.mutate({ idempotencyKey: idempotency.key(), ori: s.ori, reason })} />
                </StepGate>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
