"use client";
// MOA VIII: modified at any time by mutual written consent. A proposal in
// writing is its proposer's consent; it takes effect only once the other
// party consents in writing, or never if declined (core decides; the API
// says which steps this account may take on each).
import { useMutation } from "@tanstack/react-query";
import { Button } from "react-aria-components";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant } from "../../../../components/format";
import { StepGate } from "../../../../components/Step";
import { useIdempotencyKey } from "../../../../components/useIdempotencyKey";
import { WrittenForm } from "../../../../components/WrittenForm";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function Modifications({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const idempotency = useIdempotencyKey();
  const propose = useMutation(trpc.moa.proposeModification.mutationOptions({ onSuccess: () => (idempotency.done(), refresh()) }));
  const consent = useMutation(trpc.moa.consentToModification.mutationOptions({ onSuccess: refresh }));
  const decline = useMutation(trpc.moa.declineModification.mutationOptions({ onSuccess: refresh }));
  return (
    <section aria-labelledby="modifications-title">
      <h2 id="modifications-title">Modifications</h2>
      {moa.modifications.length === 0 && <p className="muted">No modification has been proposed.</p>}
      <ul className="cards">
        {moa.modifications.map((m) => {
          const steps = moa.actions.modifications[m.id];
          return (
            <li key={m.id} className="card" aria-label={`Modification ${m.id}`}>
              <p>
                <strong>{m.id}</strong> proposed by {m.proposedBy} {formatInstant(m.proposedAt)}: {m.text}
              </p>
              <p>
                Written consents: {(["ICE", "SIB"] as const).map((side) => `${side} ${m.consents[side] ? formatInstant(m.consents[side]) : "not yet"}`).join("; ")}.{" "}
                <strong>{m.status === "in-effect" ? `In effect since ${formatInstant(m.effectiveAt)}.` : m.status === "declined" ? `Declined by ${m.declined?.side ?? "?"}: ${m.declined?.reason ?? ""}` : "Not in effect: awaiting the other party's written consent."}</strong>
              </p>
              <StepGate step={steps?.consent} procedure="moa.consentToModification" what="Consenting">
                <Button onPress={() => consent.mutate({ state: moa.state, modificationId: m.id, form: "written" })} isDisabled={consent.isPending}>
                  Consent in writing to {m.id}
                </Button>
              </StepGate>
              <StepGate step={steps?.decline} procedure="moa.declineModification" what="Declining">
                <WrittenForm label={`Reason for declining ${m.id}`} action={`Decline ${m.id}`} pending={decline.isPending} error={decline.error} onSubmit={(reason) => decline.mutate({ state: moa.state, modificationId: m.id, reason })} />
              </StepGate>
            </li>
          );
        })}
      </ul>
      <ErrorNote error={consent.error} />
      <StepGate step={moa.actions.proposeModification} procedure="moa.proposeModification" what="Proposing a modification">
        <WrittenForm
          label="Text of the proposed modification (your written consent)"
          action="Propose the modification"
          multiline
          pending={propose.isPending}
          error={propose.error}
          doneKey={propose.data?.id}
          onSubmit={(text) => propose.mutate({ idempotencyKey: idempotency.key(), state: moa.state, text })}
        />
      </StepGate>
    </section>
  );
}
