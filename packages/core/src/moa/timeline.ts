// One MOA's history in the MOA's own words (MOA VI to X), and what held on a
// chosen instant: the timeline a state's MOA page shows, and its "status on a
// day". Pure functions of the recorded state (and the state's LEA standings),
// so every UI reads the same sentences and none works out a status itself.
import type { StateCode } from "../reference/parties";
import type { Instant } from "../shared/time";
import { compareInstants } from "../shared/time";
import type { RuleRef } from "./decision";
import { terminationDaysLeft } from "./days-left";
import { formatInstant } from "./format";
import type { LeaStanding, LeaSuspensionPeriod } from "./lea-suspension";
import { leaSuspensionAt } from "./lea-suspension";
import type { MoaSide } from "./moa-party";
import { otherSide, sideLabel } from "./moa-party";
import { DELIVERY_LABELS, GROUND_LABELS, TERMINATION_NOTICE_DAYS } from "./notice";
import { describeContactRole } from "./points-of-contact";
import type { DisputeStatus, Modification, MoaState } from "./state";
import type { MoaStatusAt } from "./status";
import { moaStatusAt, suspensionsAt } from "./status";

export type TimelineKind =
  | "signature"
  | "took-effect"
  | "notice"
  | "termination"
  | "modification"
  | "dispute"
  | "release"
  | "lea-suspension"
  | "lea-reinstatement";

export interface TimelineEntry {
  readonly at: Instant;
  readonly kind: TimelineKind;
  readonly rule: RuleRef;
  readonly text: string;
}

const DISPUTE_STEP: Readonly<Record<DisputeStatus, string>> = {
  "submitted-to-program-office": "submitted a dispute in writing to the program office POC; areas of disagreement",
  "resolved-at-program-office": "wrote the resolution at program office level, agreed to by the other party in writing",
  "raised-to-agency-level": "raised the dispute to agency level, since the program office level did not resolve it",
  "resolved-at-agency-level": "wrote the resolution at agency level, agreed to by the other party in writing",
};

function modificationEntries(state: StateCode, m: Modification): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { at: m.proposedAt, kind: "modification", rule: "MOA VIII", text: `${sideLabel(m.proposedBy, state)} proposed modification ${m.id} in writing (its written consent): "${m.text}"` },
  ];
  const other = otherSide(m.proposedBy);
  const consent = m.consents[other];
  if (consent !== undefined) entries.push({ at: consent, kind: "modification", rule: "MOA VIII", text: `${sideLabel(other, state)} consented in writing to modification ${m.id}` });
  if (m.effectiveAt !== undefined) entries.push({ at: m.effectiveAt, kind: "modification", rule: "MOA VIII", text: `Modification ${m.id} took effect: both parties consented in writing` });
  if (m.declined !== undefined) {
    entries.push({ at: m.declined.at, kind: "modification", rule: "MOA VIII", text: `${sideLabel(m.declined.side, state)} declined modification ${m.id}: "${m.declined.reason}"; it never takes effect` });
  }
  return entries;
}

function leaEntries(ori: string, p: LeaSuspensionPeriod): TimelineEntry[] {
  const suspended: TimelineEntry = { at: p.suspendedAt, kind: "lea-suspension", rule: "MOA VIII", text: `ICE suspended LEA ${ori} (use for racial or ethnic profiling is not permitted): "${p.reason}"` };
  return p.reinstatedAt === undefined
    ? [suspended]
    : [suspended, { at: p.reinstatedAt, kind: "lea-reinstatement", rule: "MOA VIII", text: `ICE reinstated LEA ${ori}: "${p.reinstatementNote ?? ""}"` }];
}

/** Everything recorded about the MOA, oldest first; a termination's date is an entry too, even while still ahead. */
export function moaTimeline(moa: MoaState, standings: readonly LeaStanding[] = []): TimelineEntry[] {
  const state = moa.state;
  const entries: TimelineEntry[] = [];
  for (const side of ["ICE", "SIB"] as const satisfies readonly MoaSide[]) {
    const s = moa.signatures[side];
    if (s !== undefined) entries.push({ at: s.signedAt, kind: "signature", rule: "MOA VI", text: `${sideLabel(side, state)} signed the MOA: ${s.signatory}, ${s.title}` });
  }
  if (moa.status !== "unsigned") entries.push({ at: moa.effectiveAt, kind: "took-effect", rule: "MOA VI", text: "The MOA took effect upon signing by both parties" });
  for (const n of moa.notices) {
    const how = `to ${n.recipientName} (${describeContactRole(n.to)}) by ${DELIVERY_LABELS[n.delivery]}, sent ${formatInstant(n.sentAt)}, received ${formatInstant(n.receivedAt)}`;
    const what =
      n.kind === "termination"
        ? `gave notice of termination ${n.id} ${how}; it takes effect ${TERMINATION_NOTICE_DAYS} days after receipt`
        : n.kind === "suspension"
          ? `gave notice of temporary suspension ${n.id} (${GROUND_LABELS[n.ground]}${n.details === undefined ? "" : `: ${n.details}`}) ${how}; effective immediately on receipt`
          : `gave notice of resumption ${n.id} ${how}`;
    entries.push({ at: n.receivedAt, kind: "notice", rule: "MOA VIII", text: `${sideLabel(n.from, state)} ${what}` });
  }
  if (moa.termination !== undefined) {
    entries.push({ at: moa.termination.effectiveAt, kind: "termination", rule: "MOA VIII", text: `The MOA terminates, ${TERMINATION_NOTICE_DAYS} days after receipt of notice ${moa.termination.noticeId} by ${sideLabel(moa.termination.by, state)}` });
  }
  for (const m of Object.values(moa.modifications)) entries.push(...modificationEntries(state, m));
  for (const d of Object.values(moa.disputes)) {
    for (const step of d.history) entries.push({ at: step.at, kind: "dispute", rule: "MOA VII", text: `${sideLabel(step.side, state)} ${DISPUTE_STEP[step.step]} (dispute ${d.id}): "${step.text}"` });
    const p = d.pendingResolution;
    if (p !== undefined) {
      entries.push({ at: p.at, kind: "dispute", rule: "DOMAIN D11", text: `${sideLabel(p.side, state)} wrote a resolution of dispute ${d.id} at ${p.level === "agency" ? "agency" : "program office"} level: "${p.text}"; it counts once ${sideLabel(otherSide(p.side), state)} agrees in writing` });
    }
  }
  for (const r of moa.releases) {
    entries.push({
      at: r.at,
      kind: "release",
      rule: "MOA X",
      text: r.kind === "copy-to-media" ? `${r.byLabel} gave a copy of the signed MOA to the media (${r.recipient})` : `${r.byLabel} communicated the substance of the MOA to a law-enforcement organisation (${r.recipient})`,
    });
  }
  for (const standing of standings) for (const p of standing.periods) entries.push(...leaEntries(standing.ori, p));
  return entries.map((e, i) => ({ e, i })).sort((a, b) => compareInstants(a.e.at, b.e.at) || a.i - b.i).map(({ e }) => e);
}

/** The status in one sentence, as a banner says it (MOA VI, VIII; DOMAIN D7). */
export function describeMoaStatus(state: StateCode, status: MoaStatusAt, daysLeft: number | null): string {
  switch (status.status) {
    case "in-effect":
      return `The MOA with ${state} is in effect (since ${formatInstant(status.since)}).`;
    case "suspended":
      return `The MOA with ${state} is suspended since ${formatInstant(status.since)}: no IDENT search runs for its bookings (MOA VIII, DOMAIN D7).${status.termination === undefined ? "" : ` A termination takes effect on ${formatInstant(status.termination.effectiveAt)}.`}`;
    case "termination-pending":
      return `A termination notice was received on ${formatInstant(status.termination.receivedAt)}: the MOA with ${state} stays in effect until ${formatInstant(status.termination.effectiveAt)}, ${daysLeft ?? "?"} day${daysLeft === 1 ? "" : "s"} left (MOA VIII, ${TERMINATION_NOTICE_DAYS} days from receipt).`;
    case "terminated":
      return `The MOA with ${state} was terminated on ${formatInstant(status.since)}: no IDENT search runs for its bookings (MOA VIII, DOMAIN D7).`;
    case "unsigned":
      return `The MOA with ${state} is not in effect: it is effective only upon signing by both parties (MOA VI)${status.signedBy.length === 0 ? "" : `; signed by ${status.signedBy.map((s) => sideLabel(s, state)).join(" and ")} only`}.`;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

/** What held for the MOA at `at`: its status, the suspensions in force, the modifications in effect, the LEAs suspended. */
export function moaAt(moa: MoaState, standings: readonly LeaStanding[], at: Instant) {
  const status = moaStatusAt(moa, at);
  const daysLeft = terminationDaysLeft(moa, at);
  return {
    at,
    status,
    statusText: describeMoaStatus(moa.state, status, daysLeft),
    terminationDaysLeft: daysLeft,
    suspensionsInForce: suspensionsAt(moa, at),
    modificationsInEffect: Object.values(moa.modifications).filter((m) => m.effectiveAt !== undefined && compareInstants(m.effectiveAt, at) <= 0),
    leasSuspended: standings.flatMap((s) => {
      const period = leaSuspensionAt(s, at);
      return period === undefined ? [] : [{ ori: s.ori, ...period }];
    }),
  };
}
export type MoaAt = ReturnType<typeof moaAt>;
