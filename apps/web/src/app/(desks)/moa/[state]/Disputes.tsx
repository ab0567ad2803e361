"use client";
// MOA VII: disputes are written up and submitted to the program office POC
// first, raised to agency level if not resolved there; each keeps its history.
// DOMAIN D11: neither party resolves a dispute alone: one party writes a
// resolution, and it counts once the other agrees in writing. Which of these
// steps this account may take on each dispute is the API's answer (core's
// decider run dry), with core's refusal where it may not.
import { useMutation } from "@tanstack/react-query";
import { Button } from "react-aria-components";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant, words } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { StepGate } from "../../../../components/Step";
import { useIdempotencyKey } from "../../../../components/useIdempotencyKey";
import { WrittenForm } from "../../../../components/WrittenForm";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function Disputes({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const idempotency = useIdempotencyKey();
  const submit = useMutation(trpc.disputes.submit.mutationOptions({ onSuccess: () => (idempotency.done(), refresh()) }));
  const resolveAtProgramOffice = useMutation(trpc.disputes.resolveAtProgramOffice.mutationOptions({ onSuccess: refresh }));
  const raise = useMutation(trpc.disputes.raiseToAgencyLevel.mutationOptions({ onSuccess: refresh }));
  const resolveAtAgencyLevel = useMutation(trpc.disputes.resolveAtAgencyLevel.mutationOptions({ onSuccess: refresh }));
  const agree = useMutation(trpc.disputes.agreeToResolution.mutationOptions({ onSuccess: refresh }));
  return (
    <section aria-labelledby="disputes-title">
      <h2 id="disputes-title">Disputes (MOA VII)</h2>
      {moa.disputes.length === 0 && <p className="muted">No dispute has been submitted.</p>}
      <ul className="cards">
        {moa.disputes.map((d) => {
          const steps = moa.actions.disputes[d.id];
          const ref = { state: moa.state, disputeId: d.id };
          return (
            <li key={d.id} className="card" aria-label={`Dispute ${d.id}`}>
              <p>
                <strong>{d.id}</strong> submitted by {d.submittedBy}: <span className="pill">{words(d.status)}</span>
              </p>
              <ol aria-label={`History of dispute ${d.id}`}>
                {d.history.map((h, i) => (
                  <li key={i}>
                    {formatInstant(h.at)}, {h.side}: {words(h.step)}: {h.text}
                  </li>
                ))}
              </ol>
              {d.pendingResolution && (
                <p className="reason">
                  <Gloss
                    text={`${d.pendingResolution.side} wrote a resolution at ${words(d.pendingResolution.level)} level on ${formatInstant(d.pendingResolution.at)}: "${d.pendingResolution.text}". It counts once the other party agrees in writing (DOMAIN D11).`}
                  />
                </p>
              )}
              <StepGate step={steps?.agreeToResolution} procedure="disputes.agreeToResolution" what="Agreeing to the resolution">
                <Button onPress={() => agree.mutate(ref)} isDisabled={agree.isPending}>
                  Agree in writing to the resolution of {d.id}
                </Button>
              </StepGate>
              <StepGate step={steps?.resolveAtProgramOffice} procedure="disputes.resolveAtProgramOffice" what="Resolving at program office level">
                <WrittenForm label={`Resolution of ${d.id} at program office level`} action="Record the resolution (program office level)" pending={resolveAtProgramOffice.isPending} error={null} onSubmit={(resolution) => resolveAtProgramOffice.mutate({ ...ref, resolution })} />
              </StepGate>
              <StepGate step={steps?.raiseToAgencyLevel} procedure="disputes.raiseToAgencyLevel" what="Raising to agency level">
                <WrittenForm label={`Why the program office level did not resolve ${d.id}`} action="Raise to agency level" pending={raise.isPending} error={null} onSubmit={(reason) => raise.mutate({ ...ref, reason })} />
              </StepGate>
              <StepGate step={steps?.resolveAtAgencyLevel} procedure="disputes.resolveAtAgencyLevel" what="Resolving at agency level">
                <WrittenForm label={`Resolution of ${d.id} at agency level`} action="Record the resolution (agency level)" pending={resolveAtAgencyLevel.isPending} error={null} onSubmit={(resolution) => resolveAtAgencyLevel.mutate({ ...ref, resolution })} />
              </StepGate>
            </li>
          );
        })}
      </ul>
      <ErrorNote error={agree.error ?? resolveAtProgramOffice.error ?? raise.error ?? resolveAtAgencyLevel.error} />
      <StepGate step={moa.actions.submitDispute} procedure="disputes.submit" what="Submitting a dispute">
        <WrittenForm
          label="Areas of disagreement (in writing, to the program office POC)"
          action="Submit the dispute"
          multiline
          pending={submit.isPending}
          error={submit.error}
          doneKey={submit.data?.id}
          onSubmit={(areasOfDisagreement) => submit.mutate({ idempotencyKey: idempotency.key(), state: moa.state, areasOfDisagreement })}
        />
      </StepGate>
    </section>
  );
}
