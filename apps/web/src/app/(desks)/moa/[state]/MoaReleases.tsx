"use client";
// MOA X: releases of the MOA itself: a copy to the media only after both
// parties signed; the SIB, at its discretion, communicates the MOA's
// substance to law-enforcement organisations. What was released, and the
// steps the API says this account may take now.
import { useMutation } from "@tanstack/react-query";
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { StepGate } from "../../../../components/Step";
import { useIdempotencyKey } from "../../../../components/useIdempotencyKey";
import { WrittenForm } from "../../../../components/WrittenForm";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function MoaReleases({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const mediaKey = useIdempotencyKey();
  const leKey = useIdempotencyKey();
  const media = useMutation(trpc.releases.provideMoaCopyToMedia.mutationOptions({ onSuccess: () => (mediaKey.done(), refresh()) }));
  const le = useMutation(trpc.releases.communicateMoaToLawEnforcementOrganisation.mutationOptions({ onSuccess: () => (leKey.done(), refresh()) }));
  return (
    <section aria-labelledby="moa-releases-title">
      <h2 id="moa-releases-title">Release of the MOA (MOA X)</h2>
      {moa.releases.length === 0 && <p className="muted">The MOA has not been released to anyone.</p>}
      <ul>
        {moa.releases.map((r) => (
          <li key={r.id}>
            <Gloss text={`${formatInstant(r.at)}: ${r.byLabel} ${r.kind === "copy-to-media" ? "gave a copy of the signed MOA to the media" : "communicated the MOA's substance to a law-enforcement organisation"}: ${r.recipient}`} />
          </li>
        ))}
      </ul>
      <StepGate step={moa.actions.provideMoaCopyToMedia} procedure="releases.provideMoaCopyToMedia" what="A copy to the media">
        <WrittenForm label="Media outlet" action="Give a copy of the MOA to the media" pending={media.isPending} error={media.error} doneKey={media.data?.id} onSubmit={(outlet) => media.mutate({ idempotencyKey: mediaKey.key(), state: moa.state, outlet })} />
      </StepGate>
      <StepGate step={moa.actions.communicateMoaToLawEnforcementOrganisation} procedure="releases.communicateMoaToLawEnforcementOrganisation" what="Communicating to a law-enforcement organisation">
        <WrittenForm label="Law-enforcement organisation" action="Communicate the MOA's substance" pending={le.isPending} error={le.error} doneKey={le.data?.id} onSubmit={(organisation) => le.mutate({ idempotencyKey: leKey.key(), state: moa.state, organisation })} />
      </StepGate>
    </section>
  );
}
