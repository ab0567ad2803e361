// Which MOA steps the caller may take now, and why not: core's mayPerform for
// the role and scope, then the MOA's decider run dry on the state as it
// stands (nothing is recorded). A UI shows a step's button only when allowed,
// and otherwise core's refusal beside it, so no UI restates an MOA rule.
// Steps that need the caller's own input to be judged (a notice's form and
// dates, a point of contact) are not here: the decider answers them on submission.
import { decideLeaSuspension, decideMoa, mayPerform, refusalMessage, type Action, type Instant, type LeaStanding, type LeaSuspensionCommand, type MoaCommand, type MoaState, type Party } from "@sc/core";

export type Step = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** Placeholder text for a dry run: the deciders judge the step, never the wording. */
const DRY = "(dry run)";

function step(party: Party, action: Action, moa: MoaState, command: MoaCommand): Step {
  const permit = mayPerform(party, action, { state: moa.state });
  if (!permit.allowed) return { allowed: false, reason: permit.reason };
  const decision = decideMoa(command, moa);
  return decision.outcome === "accepted" ? { allowed: true } : { allowed: false, reason: refusalMessage(decision.refusal) };
}

export function moaActions(party: Party, moa: MoaState, now: Instant) {
  const base = { now, by: party };
  return {
    sign: step(party, "SignMoa", moa, { type: "SignMoa", ...base, signatory: DRY, title: DRY }),
    proposeModification: step(party, "ProposeModification", moa, { type: "ProposeModification", ...base, modificationId: `${DRY} new`, text: DRY }),
    submitDispute: step(party, "SubmitDispute", moa, { type: "SubmitDispute", ...base, disputeId: `${DRY} new`, areasOfDisagreement: DRY }),
    provideMoaCopyToMedia: step(party, "ProvideMoaCopyToMedia", moa, { type: "ProvideMoaCopyToMedia", ...base, releaseId: DRY, outlet: DRY }),
    communicateMoaToLawEnforcementOrganisation: step(party, "CommunicateMoaToLawEnforcementOrganisation", moa, {
      type: "CommunicateMoaToLawEnforcementOrganisation",
      ...base,
      releaseId: DRY,
      organisation: DRY,
    }),
    modifications: Object.fromEntries(
      Object.keys(moa.modifications).map((modificationId) => [
        modificationId,
        {
          consent: step(party, "ConsentToModification", moa, { type: "ConsentToModification", ...base, modificationId, form: "written" }),
          decline: step(party, "DeclineModification", moa, { type: "DeclineModification", ...base, modificationId, reason: DRY }),
        },
      ]),
    ),
    disputes: Object.fromEntries(
      Object.keys(moa.disputes).map((disputeId) => [
        disputeId,
        {
          resolveAtProgramOffice: step(party, "ResolveDisputeAtProgramOffice", moa, { type: "ResolveDisputeAtProgramOffice", ...base, disputeId, resolution: DRY }),
          raiseToAgencyLevel: step(party, "RaiseDisputeToAgencyLevel", moa, { type: "RaiseDisputeToAgencyLevel", ...base, disputeId, reason: DRY }),
          resolveAtAgencyLevel: step(party, "ResolveDisputeAtAgencyLevel", moa, { type: "ResolveDisputeAtAgencyLevel", ...base, disputeId, resolution: DRY }),
          agreeToResolution: step(party, "AgreeToDisputeResolution", moa, { type: "AgreeToDisputeResolution", ...base, disputeId }),
        },
      ]),
    ),
  };
}
export type MoaActions = ReturnType<typeof moaActions>;

/** MOA VIII: suspending or reinstating one LEA, judged by core's LEA decider on its standing now. */
export function leaActions(party: Party, standing: LeaStanding, now: Instant) {
  const judge = (action: "SuspendLea" | "ReinstateLea", command: LeaSuspensionCommand): Step => {
    const permit = mayPerform(party, action, { ori: standing.ori });
    if (!permit.allowed) return { allowed: false, reason: permit.reason };
    const decision = decideLeaSuspension(command, standing);
    return decision.outcome === "accepted" ? { allowed: true } : { allowed: false, reason: refusalMessage(decision.refusal) };
  };
  return {
    suspend: judge("SuspendLea", { type: "SuspendLea", now, by: party, ori: standing.ori, reason: DRY }),
    reinstate: judge("ReinstateLea", { type: "ReinstateLea", now, by: party, ori: standing.ori, note: DRY }),
  };
}
