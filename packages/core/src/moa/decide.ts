// decideMoa(command, state) -> events | refusal, for one state's MOA.
// Notices are in decide-notice.ts; the rest is here, each rule citing its section.
import { ownEntry } from "../shared/own";
import type { Party } from "../reference/parties";
import { partyLabel, stateOfOri } from "../reference/parties";
import type { MoaCommand } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import { decideNotice } from "./decide-notice";
import type { DisputeLevel, MoaEvent } from "./events";
import type { Instant } from "../shared/time";
import { formatInstant } from "./format";
import type { MoaSide } from "./moa-party";
import { otherSide, sideLabel, sideOf } from "./moa-party";
import { appendixRule, keeperOf } from "./points-of-contact";
import type { Dispute, MoaState } from "./state";
import { isInEffect, moaStatusAt } from "./status";

function bothSigned(state: MoaState): boolean {
  return state.signatures.ICE !== undefined && state.signatures.SIB !== undefined;
}

/** MOA X: ICE gives copies of the signed MOA to the media, "Local LEAs are authorized to do the same"; the SIB is a signatory of its own MOA. */
function mayGiveMediaCopy(party: Party, state: MoaState): boolean {
  switch (party.kind) {
    case "ICE-SC-PROGRAM-OFFICE":
    case "ICE-PUBLIC-AFFAIRS":
      return true;
    case "SIB":
      return party.state === state.state;
    case "LEA":
      return stateOfOri(party.ori) === state.state;
    default:
      return false;
  }
}

export function decideMoa(command: MoaCommand, state: MoaState): Decision<MoaEvent> {
  const now = command.now;

  // Commands that parties other than the two signatories may give.
  if (command.type === "ProvideMoaCopyToMedia") {
    if (!mayGiveMediaCopy(command.by, state)) {
      return refuse("MOA X", `${partyLabel(command.by)} may not give copies of the MOA for ${state.state} to the media: ICE, SIB ${state.state} and LEAs of ${state.state} may`);
    }
    if (!bothSigned(state)) {
      return refuse("MOA X", `a copy of the MOA goes to the media only after both parties have signed; the MOA for ${state.state} is signed by ${signedByText(state)}`);
    }
    return accept({ type: "MoaCopyProvidedToMedia", at: now, releaseId: command.releaseId, byLabel: partyLabel(command.by), outlet: command.outlet });
  }
  if (command.type === "SetPointOfContact" && command.by.kind === "ICE-PUBLIC-AFFAIRS") {
    // Appendix D: the ICE Public Affairs Office keeps its own public-information entry.
    if (command.poc.role !== "ICE-PUBLIC-AFFAIRS") {
      return refuse("Appendix D", `ICE Public Affairs keeps only its own public-information POC, not ${command.poc.role}`);
    }
    return accept({ type: "PointOfContactSet", at: now, poc: command.poc, side: "ICE" });
  }

  const party = sideOf(command.by, state.state);
  if (!party.ok) return refuse("MOA VI", party.reason);
  const side = party.side;
  const who = sideLabel(side, state.state);

  switch (command.type) {
    case "SignMoa": {
      const existing = state.signatures[side];
      if (existing !== undefined) {
        return refuse("MOA VI", `${who} already signed the MOA for ${state.state} on ${formatInstant(existing.signedAt)}`);
      }
      const signed: MoaEvent = { type: "MoaSigned", at: now, side, signatory: command.signatory, title: command.title };
      // MOA VI: effective upon signing by both parties - the second signature makes it so.
      return state.signatures[otherSide(side)] === undefined ? accept(signed) : accept<MoaEvent>(signed, { type: "MoaTookEffect", at: now });
    }
    case "GiveNotice":
      return decideNotice(state, side, command.notice, now);
    case "SetPointOfContact": {
      const role = command.poc.role;
      const keeper = keeperOf(role);
      if (keeper !== side) {
        return refuse(appendixRule(role), `the ${role} point of contact is kept by ${sideLabel(keeper, state.state)}, not by ${who}`);
      }
      if (command.poc.state !== undefined && command.poc.state !== state.state) {
        return refuse(appendixRule(role), `a ${role} contact for the MOA for ${state.state} must name ${state.state}, not ${command.poc.state}`);
      }
      return accept({ type: "PointOfContactSet", at: now, poc: command.poc, side });
    }
    case "ProposeModification": {
      const status = moaStatusAt(state, now);
      if (!isInEffect(status)) {
        return refuse(status.status === "unsigned" ? "MOA VI" : "MOA VIII", `the MOA for ${state.state} is ${status.status}: only an MOA in effect can be modified`);
      }
      if (ownEntry(state.modifications, command.modificationId) !== undefined) {
        return refuse("MOA VIII", `modification ${command.modificationId} is already proposed`);
      }
      return accept({ type: "ModificationProposed", at: now, modificationId: command.modificationId, side, text: command.text });
    }
    case "ConsentToModification": {
      const modification = ownEntry(state.modifications, command.modificationId);
      if (modification === undefined) return refuse("MOA VIII", `no modification ${command.modificationId} has been proposed`);
      if (modification.status !== "proposed") {
        return refuse("MOA VIII", `modification ${command.modificationId} is already ${modification.status === "in-effect" ? "in effect" : "declined"}`);
      }
      if (command.form !== "written") {
        return refuse("MOA VIII", `the MOA is modified only by mutual written consent: ${who}'s oral consent to ${command.modificationId} does not count`);
      }
      if (modification.consents[side] !== undefined) {
        return refuse("MOA VIII", `${who} already consented in writing to ${command.modificationId}`);
      }
      if (!isInEffect(moaStatusAt(state, now))) {
        return refuse("MOA VIII", `the MOA for ${state.state} is no longer in effect: modification ${command.modificationId} cannot take effect`);
      }
      // Decision: the proposer's written proposal is its consent, so the other side's written consent completes it.
      const consented: MoaEvent = { type: "ModificationConsented", at: now, modificationId: command.modificationId, side };
      const everyoneElse = modification.consents[otherSide(side)] !== undefined;
      return everyoneElse ? accept<MoaEvent>(consented, { type: "ModificationTookEffect", at: now, modificationId: command.modificationId }) : accept(consented);
    }
    case "DeclineModification": {
      const modification = ownEntry(state.modifications, command.modificationId);
      if (modification === undefined) return refuse("MOA VIII", `no modification ${command.modificationId} has been proposed`);
      if (modification.status !== "proposed") {
        return refuse("MOA VIII", `modification ${command.modificationId} is already ${modification.status === "in-effect" ? "in effect" : "declined"}`);
      }
      if (modification.consents[side] !== undefined) {
        return refuse("MOA VIII", `${who} already consented in writing to ${command.modificationId}; a written consent is not withdrawn by declining`);
      }
      return accept({ type: "ModificationDeclined", at: now, modificationId: command.modificationId, side, reason: command.reason });
    }
    case "SubmitDispute": {
      if (!bothSigned(state)) {
        return refuse("MOA VII", `disagreements arise "as a result of this MOA", and the MOA for ${state.state} is not signed by both parties`);
      }
      if (ownEntry(state.disputes, command.disputeId) !== undefined) return refuse("MOA VII", `dispute ${command.disputeId} is already submitted`);
      return accept({ type: "DisputeSubmitted", at: now, disputeId: command.disputeId, side, areasOfDisagreement: command.areasOfDisagreement });
    }
    case "ResolveDisputeAtProgramOffice": {
      const dispute = ownEntry(state.disputes, command.disputeId);
      if (dispute === undefined) return refuse("MOA VII", `no dispute ${command.disputeId} was submitted to the program office POC`);
      if (dispute.status !== "submitted-to-program-office") {
        return refuse("MOA VII", `dispute ${command.disputeId} is ${dispute.status.replaceAll("-", " ")}: it can no longer be resolved at program office level`);
      }
      return recordResolution(dispute, "program-office", now, side, command.resolution);
    }
    case "RaiseDisputeToAgencyLevel": {
      const dispute = ownEntry(state.disputes, command.disputeId);
      if (dispute === undefined) {
        return refuse("MOA VII", `the first attempt at resolution shall occur at the program office level: dispute ${command.disputeId} was never submitted in writing to the program office POC`);
      }
      if (dispute.status !== "submitted-to-program-office") {
        return refuse("MOA VII", `only a dispute not resolved at program office level is raised to agency level; dispute ${command.disputeId} is ${dispute.status.replaceAll("-", " ")}`);
      }
      return accept({ type: "DisputeRaisedToAgencyLevel", at: now, disputeId: command.disputeId, side, reason: command.reason });
    }
    case "ResolveDisputeAtAgencyLevel": {
      const dispute = ownEntry(state.disputes, command.disputeId);
      if (dispute === undefined) return refuse("MOA VII", `no dispute ${command.disputeId} was submitted`);
      if (dispute.status !== "raised-to-agency-level") {
        return refuse("MOA VII", `dispute ${command.disputeId} is ${dispute.status.replaceAll("-", " ")}, not raised to agency level`);
      }
      return recordResolution(dispute, "agency", now, side, command.resolution);
    }
    case "AgreeToDisputeResolution": {
      const dispute = ownEntry(state.disputes, command.disputeId);
      if (dispute === undefined) return refuse("MOA VII", `no dispute ${command.disputeId} was submitted`);
      const pending = dispute.pendingResolution;
      if (pending === undefined) return refuse("DOMAIN D11", `no written resolution of dispute ${command.disputeId} awaits agreement`);
      if (pending.side === side) {
        return refuse("DOMAIN D11", `neither party resolves a dispute alone: ${who} wrote the resolution of ${command.disputeId}, so ${sideLabel(otherSide(side), state.state)} must agree to it`);
      }
      const agreed: MoaEvent = { type: "DisputeResolutionAgreed", at: now, disputeId: command.disputeId, level: pending.level, side };
      const resolved: MoaEvent =
        pending.level === "program-office"
          ? { type: "DisputeResolvedAtProgramOffice", at: now, disputeId: command.disputeId, side: pending.side, resolution: pending.text }
          : { type: "DisputeResolvedAtAgencyLevel", at: now, disputeId: command.disputeId, side: pending.side, resolution: pending.text };
      return accept<MoaEvent>(agreed, resolved);
    }
    case "CommunicateMoaToLawEnforcementOrganisation": {
      // MOA X: "SIB may, at its discretion, communicate the substance of this MOA to law enforcement professional organizations".
      if (side !== "SIB") return refuse("MOA X", `communicating the MOA's substance to law-enforcement professional organisations is the SIB's discretion, not ${who}'s`);
      return accept({ type: "MoaCommunicatedToLawEnforcementOrganisation", at: now, releaseId: command.releaseId, organisation: command.organisation });
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/**
 * DOMAIN D11: one party's written resolution is recorded and waits for the other
 * party's written agreement; the same party recording a second one is refused,
 * the other party's own resolution replaces it (a counter-proposal).
 */
function recordResolution(dispute: Dispute, level: DisputeLevel, now: Instant, side: MoaSide, resolution: string): Decision<MoaEvent> {
  if (dispute.pendingResolution?.side === side) {
    return refuse("DOMAIN D11", `a resolution of dispute ${dispute.id} written by this party already awaits the other party's written agreement`);
  }
  return accept({ type: "DisputeResolutionRecorded", at: now, disputeId: dispute.id, level, side, resolution });
}

function signedByText(state: MoaState): string {
  const sides = (["ICE", "SIB"] as const satisfies readonly MoaSide[]).filter((s) => state.signatures[s] !== undefined);
  return sides.length === 0 ? "neither party" : `${sides.map((s) => sideLabel(s, state.state)).join(" and ")} only`;
}
