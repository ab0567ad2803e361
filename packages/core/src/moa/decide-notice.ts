// MOA VIII notices: who may give them, to whom, in what form, and what each
// does. Every check is made at the instant of receipt, since that is when a
// notice takes effect.
import type { Instant } from "../shared/time";
import { addDays, compareInstants } from "../shared/time";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import type { MoaEvent } from "./events";
import { formatInstant } from "./format";
import type { MoaSide } from "./moa-party";
import { sideLabel } from "./moa-party";
import type { NoticeInput, RecordedNotice } from "./notice";
import { DELIVERY_LABELS, TERMINATION_DELIVERY, TERMINATION_NOTICE_DAYS } from "./notice";
import { appendixRule, describeContactRole, noticeRecipientsFor } from "./points-of-contact";
import type { MoaState } from "./state";
import { moaStatusAt, suspensionsAt } from "./status";

function describeRecipients(from: MoaSide): string {
  return from === "ICE" ? "the SIB POC (Appendix C)" : "the ICE POC (Appendix C: ICE DRO or ICE OI)";
}

export function decideNotice(state: MoaState, side: MoaSide, notice: NoticeInput, now: Instant): Decision<MoaEvent> {
  const who = sideLabel(side, state.state);
  if (compareInstants(notice.sentAt, notice.receivedAt) > 0) {
    return refuse("MOA VIII", `notice ${notice.id} is received (${notice.receivedAt}) before it was sent (${notice.sentAt})`);
  }
  if (compareInstants(notice.receivedAt, now) > 0) {
    return refuse("MOA VIII", `notice ${notice.id} takes effect on receipt, and its receipt (${notice.receivedAt}) is later than now (${now}): record it once received`);
  }
  if (state.notices.some((n) => n.id === notice.id)) {
    return refuse("MOA VIII", `notice ${notice.id} is already recorded`);
  }
  // Notices are recorded in the order they were received, so the effective
  // dates they set can be read from the record in order.
  const last = state.notices.at(-1);
  if (last !== undefined && compareInstants(notice.receivedAt, last.receivedAt) < 0) {
    return refuse("MOA VIII", `notice ${notice.id} was received (${notice.receivedAt}) before notice ${last.id} already recorded (${last.receivedAt}): record notices in the order received`);
  }

  const status = moaStatusAt(state, notice.receivedAt);
  if (status.status === "unsigned") {
    return refuse("MOA VI", `the MOA for ${state.state} is not in effect (it is effective only upon signing by both parties), so there is nothing to ${notice.kind === "termination" ? "terminate" : notice.kind === "suspension" ? "suspend" : "resume"}`);
  }
  if (status.status === "terminated") {
    return refuse("MOA VIII", `the MOA for ${state.state} was terminated on ${formatInstant(status.since)}: no notice applies to it any more`);
  }

  const allowed = noticeRecipientsFor(side);
  if (!allowed.includes(notice.to)) {
    return refuse("MOA VIII", `a ${notice.kind} notice by ${who} must be given to ${describeRecipients(side)}, not to ${describeContactRole(notice.to)}`);
  }
  const recipient = state.pointsOfContact[notice.to];
  if (recipient === undefined) {
    return refuse(appendixRule(notice.to), `no ${notice.to} point of contact is on file for the MOA for ${state.state}: record one before giving notice`);
  }
  const recorded: RecordedNotice = { ...notice, from: side, recipientName: recipient.name, recordedAt: now };

  switch (notice.kind) {
    case "termination": {
      if (!TERMINATION_DELIVERY.includes(notice.delivery)) {
        return refuse("MOA VIII", `a termination notice shall be written and delivered personally or by certified or registered mail; ${DELIVERY_LABELS[notice.delivery]} does not terminate the MOA`);
      }
      // Decision: the first termination notice fixes the date; a later one (either side) changes nothing.
      // A termination while suspended is accepted: the suspension runs on until resumed or terminated.
      if (state.termination !== undefined) {
        return refuse("MOA VIII", `a termination is already pending (notice ${state.termination.noticeId} by ${sideLabel(state.termination.by, state.state)}, effective ${formatInstant(state.termination.effectiveAt)}); a second notice changes nothing`);
      }
      return accept({ type: "TerminationNoticeReceived", at: now, notice: recorded, effectiveAt: addDays(notice.receivedAt, TERMINATION_NOTICE_DAYS) });
    }
    case "suspension": {
      // Decision: one suspension in force per side; when both sides suspend, both must resume.
      // Accepted while a termination is pending: the MOA is in effect until then (MOA VIII).
      const mine = suspensionsAt(state, notice.receivedAt).find((s) => s.by === side);
      if (mine !== undefined) {
        return refuse("MOA VIII", `${who} already suspended activities under the MOA for ${state.state} (notice ${mine.noticeId}, since ${formatInstant(mine.since)}); it lasts until ${who} resumes`);
      }
      return accept({ type: "SuspensionNoticeReceived", at: now, notice: recorded });
    }
    case "resumption": {
      // MOA VIII: "until the suspending party resumes"; the resumption, like the suspension, may be oral.
      const active = suspensionsAt(state, notice.receivedAt);
      const mine = active.find((s) => s.by === side);
      if (mine === undefined) {
        const theirs = active[0];
        return theirs === undefined
          ? refuse("MOA VIII", `activities under the MOA for ${state.state} are not suspended: there is nothing to resume`)
          : refuse("MOA VIII", `a suspension lasts until the suspending party resumes: ${sideLabel(theirs.by, state.state)} suspended (notice ${theirs.noticeId}), so ${who} cannot resume it`);
      }
      return accept({ type: "ResumptionNoticeReceived", at: now, notice: recorded, suspensionNoticeId: mine.noticeId });
    }
    default: {
      const exhaustive: never = notice;
      return exhaustive;
    }
  }
}

