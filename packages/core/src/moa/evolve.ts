// evolve(state, event) -> state: folds one recorded fact into the MOA. It
// never refuses (decide already did); it only applies what happened.
import { ownEntry } from "../shared/own";
import type { Instant } from "../shared/time";
import type { MoaEvent } from "./events";
import type { Dispute, DisputeStatus, Modification, MoaRecord, MoaState } from "./state";
import { openSuspensions } from "./state";

/** The recorded lifecycle: a pending termination outranks a suspension, which outranks plain "in effect". */
function withStatus(record: MoaRecord, effectiveAt: Instant | undefined): MoaState {
  if (effectiveAt === undefined) return { ...record, status: "unsigned" };
  if (record.termination !== undefined) {
    return { ...record, status: "termination-pending", effectiveAt, termination: record.termination };
  }
  if (openSuspensions(record).length > 0) return { ...record, status: "suspended", effectiveAt };
  return { ...record, status: "in-effect", effectiveAt };
}

function recordOf(state: MoaState): MoaRecord {
  const { moaId, state: code, signatures, pointsOfContact, notices, suspensions, termination, modifications, disputes, releases } = state;
  return { moaId, state: code, signatures, pointsOfContact, notices, suspensions, termination, modifications, disputes, releases };
}

function effectiveAtOf(state: MoaState): Instant | undefined {
  return state.status === "unsigned" ? undefined : state.effectiveAt;
}

function updateModification(record: MoaRecord, id: string, change: (m: Modification) => Modification): MoaRecord {
  const current = ownEntry(record.modifications, id);
  if (current === undefined) return record;
  return { ...record, modifications: { ...record.modifications, [id]: change(current) } };
}

function advanceDispute(record: MoaRecord, id: string, step: DisputeStatus, at: Instant, side: Dispute["submittedBy"], text: string): MoaRecord {
  const current = ownEntry(record.disputes, id);
  if (current === undefined) return record;
  // A step to another level or a resolution that counted ends any resolution awaiting agreement (D11).
  const { pendingResolution: _pending, ...rest } = current;
  const next: Dispute = { ...rest, status: step, history: [...current.history, { step, at, side, text }] };
  return { ...record, disputes: { ...record.disputes, [id]: next } };
}

export function evolveMoa(state: MoaState, event: MoaEvent): MoaState {
  const record = recordOf(state);
  const effectiveAt = effectiveAtOf(state);
  switch (event.type) {
    case "MoaSigned":
      return withStatus(
        { ...record, signatures: { ...record.signatures, [event.side]: { signatory: event.signatory, title: event.title, signedAt: event.at } } },
        effectiveAt,
      );
    case "MoaTookEffect":
      return withStatus(record, event.at);
    case "ModificationProposed":
      return withStatus(
        {
          ...record,
          modifications: {
            ...record.modifications,
            [event.modificationId]: {
              id: event.modificationId,
              text: event.text,
              proposedBy: event.side,
              proposedAt: event.at,
              consents: { [event.side]: event.at },
              status: "proposed",
            },
          },
        },
        effectiveAt,
      );
    case "ModificationConsented":
      return withStatus(
        updateModification(record, event.modificationId, (m) => ({ ...m, consents: { ...m.consents, [event.side]: event.at } })),
        effectiveAt,
      );
    case "ModificationTookEffect":
      return withStatus(
        updateModification(record, event.modificationId, (m) => ({ ...m, status: "in-effect", effectiveAt: event.at })),
        effectiveAt,
      );
    case "ModificationDeclined":
      return withStatus(
        updateModification(record, event.modificationId, (m) => ({
          ...m,
          status: "declined",
          declined: { side: event.side, reason: event.reason, at: event.at },
        })),
        effectiveAt,
      );
    case "TerminationNoticeReceived":
      return withStatus(
        {
          ...record,
          notices: [...record.notices, event.notice],
          termination: {
            noticeId: event.notice.id,
            by: event.notice.from,
            delivery: event.notice.delivery,
            receivedAt: event.notice.receivedAt,
            effectiveAt: event.effectiveAt,
          },
        },
        effectiveAt,
      );
    case "SuspensionNoticeReceived": {
      const notice = event.notice;
      if (notice.kind !== "suspension") return state;
      return withStatus(
        {
          ...record,
          notices: [...record.notices, notice],
          suspensions: [
            ...record.suspensions,
            {
              noticeId: notice.id,
              by: notice.from,
              ground: notice.ground,
              ...(notice.details === undefined ? {} : { details: notice.details }),
              since: notice.receivedAt,
            },
          ],
        },
        effectiveAt,
      );
    }
    case "ResumptionNoticeReceived":
      return withStatus(
        {
          ...record,
          notices: [...record.notices, event.notice],
          suspensions: record.suspensions.map((s) =>
            s.noticeId === event.suspensionNoticeId
              ? { ...s, resumedAt: event.notice.receivedAt, resumptionNoticeId: event.notice.id }
              : s,
          ),
        },
        effectiveAt,
      );
    case "PointOfContactSet":
      return withStatus({ ...record, pointsOfContact: { ...record.pointsOfContact, [event.poc.role]: event.poc } }, effectiveAt);
    case "DisputeSubmitted":
      return withStatus(
        {
          ...record,
          disputes: {
            ...record.disputes,
            [event.disputeId]: {
              id: event.disputeId,
              submittedBy: event.side,
              areasOfDisagreement: event.areasOfDisagreement,
              status: "submitted-to-program-office",
              history: [{ step: "submitted-to-program-office", at: event.at, side: event.side, text: event.areasOfDisagreement }],
            },
          },
        },
        effectiveAt,
      );
    case "DisputeResolvedAtProgramOffice":
      return withStatus(advanceDispute(record, event.disputeId, "resolved-at-program-office", event.at, event.side, event.resolution), effectiveAt);
    case "DisputeRaisedToAgencyLevel":
      return withStatus(advanceDispute(record, event.disputeId, "raised-to-agency-level", event.at, event.side, event.reason), effectiveAt);
    case "DisputeResolvedAtAgencyLevel":
      return withStatus(advanceDispute(record, event.disputeId, "resolved-at-agency-level", event.at, event.side, event.resolution), effectiveAt);
    case "DisputeResolutionRecorded": {
      const current = ownEntry(record.disputes, event.disputeId);
      if (current === undefined) return withStatus(record, effectiveAt);
      const pendingResolution = { level: event.level, side: event.side, at: event.at, text: event.resolution };
      return withStatus({ ...record, disputes: { ...record.disputes, [event.disputeId]: { ...current, pendingResolution } } }, effectiveAt);
    }
    case "DisputeResolutionAgreed":
      // The resolution itself is applied by the DisputeResolvedAt... event that follows.
      return withStatus(record, effectiveAt);
    case "MoaCopyProvidedToMedia":
      return withStatus(
        { ...record, releases: [...record.releases, { id: event.releaseId, kind: "copy-to-media", recipient: event.outlet, byLabel: event.byLabel, at: event.at }] },
        effectiveAt,
      );
    case "MoaCommunicatedToLawEnforcementOrganisation":
      return withStatus(
        {
          ...record,
          releases: [
            ...record.releases,
            { id: event.releaseId, kind: "substance-to-law-enforcement-organisation", recipient: event.organisation, byLabel: `SIB ${record.state}`, at: event.at },
          ],
        },
        effectiveAt,
      );
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** Rebuilds a state from its events: the only way state is made. */
export function replayMoa(initial: MoaState, events: readonly MoaEvent[]): MoaState {
  return events.reduce(evolveMoa, initial);
}
