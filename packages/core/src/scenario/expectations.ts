// Check a result against a scenario's `expect` block: what an example is
// meant to show, stated in the example itself. Returns the mismatches.
import { messagesOf, traceOf } from "../flow/trace";
import { leaSuspensionAt } from "../moa/lea-suspension";
import { moaStatusAt } from "../moa/status";
import { compareInstants } from "../shared/time";
import { unmatchedRefusals } from "./refusal-match";
import type { MoaReport, ScenarioResult } from "./runner";
import type { MoaExpectation, ScenarioExpectation } from "./schema";

/**
 * Whether `actual` shows what `expected` states: objects by the keys stated
 * (in any order; keys left out are not checked), arrays element by element
 * and of the same length, anything else exactly.
 */
function shows(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => shows(actual[i], e));
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => shows((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

export function checkExpectations(result: ScenarioResult, expect: ScenarioExpectation): string[] {
  const problems: string[] = [];
  const eq = (what: string, actual: unknown, expected: unknown): void => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  for (const [id, e] of Object.entries(expect.bookings ?? {})) {
    const report = result.bookings.find((b) => b.bookingId === id);
    if (report === undefined || report.booking.status === "not-booked") {
      problems.push(`booking ${id}: not booked`);
      continue;
    }
    const b = report.booking;
    if (e.status !== undefined) eq(`booking ${id} status`, b.status, e.status);
    if (e.messages !== undefined) eq(`booking ${id} messages`, messagesOf(report.events).map((m) => m.type), e.messages);
    if (e.submission !== undefined) eq(`booking ${id} submission`, b.submission?.type, e.submission);
    if (e.withheldBecause !== undefined && !(b.withheld?.reason.includes(e.withheldBecause) ?? false)) {
      problems.push(`booking ${id}: expected withheld because "${e.withheldBecause}", got ${JSON.stringify(b.withheld)}`);
    }
    const trace = e.noteContains === undefined ? [] : traceOf(report.events);
    for (const text of e.noteContains ?? []) {
      if (!trace.some((t) => t.kind === "note" && t.note.text.includes(text))) problems.push(`booking ${id}: no note contains "${text}"`);
    }
    if (e.withheld !== undefined) {
      const w = b.withheld;
      const stepOk = e.withheld.step === undefined || w?.step === e.withheld.step;
      const atOk = e.withheld.at === undefined || (w !== null && compareInstants(w.at, e.withheld.at) === 0);
      if (w === null || !stepOk || !atOk) problems.push(`booking ${id} withheld: expected ${JSON.stringify(e.withheld)}, got ${w === null ? "not withheld" : JSON.stringify({ step: w.step, at: w.at })}`);
    }
    if (e.priority !== undefined) eq(`booking ${id} priority`, b.priority?.category, e.priority);
    if (e.priorityHistory !== undefined) {
      const history = report.events.flatMap((ev) => (ev.type === "IcePriorityAssigned" ? [ev.priority.category] : []));
      eq(`booking ${id} priority history`, history, e.priorityHistory);
    }
    if (e.responseTimes !== undefined && !shows(report.responseTimes, e.responseTimes)) {
      problems.push(`booking ${id} response times: expected ${JSON.stringify(e.responseTimes)}, got ${JSON.stringify(report.responseTimes)}`);
    }
    if (e.detainer !== undefined) eq(`booking ${id} detainer`, b.ice.detainer !== null, e.detainer);
    if (e.custody !== undefined) eq(`booking ${id} custody`, b.ice.custody !== null, e.custody);
    if (e.removalProceedings !== undefined) eq(`booking ${id} removal proceedings`, b.ice.removalProceedings !== null, e.removalProceedings);
  }
  for (const [state, e] of Object.entries(expect.moas ?? {})) problems.push(...moaMismatches(state, result.moas.find((m) => m.state === state), e));
  for (const e of expect.moasAt ?? []) {
    const moa = result.moas.find((m) => m.state === e.state);
    eq(`MOA ${e.state} status at ${e.at}`, moa === undefined ? undefined : moaStatusAt(moa.moa, e.at).status, e.status);
  }
  // An LEA ICE never suspended has no standing recorded: it is in the program.
  const standingOf = (ori: string) => result.leaStandings.find((l) => l.ori === ori);
  for (const [ori, status] of Object.entries(expect.leas ?? {})) eq(`LEA ${ori} standing`, standingOf(ori)?.status ?? "in-program", status);
  for (const e of expect.leasAt ?? []) {
    const standing = standingOf(e.ori);
    eq(`LEA ${e.ori} standing at ${e.at}`, standing !== undefined && leaSuspensionAt(standing, e.at) !== undefined ? "suspended" : "in-program", e.status);
  }
  for (const [requestId, status] of Object.entries(expect.releases ?? {})) {
    eq(`statistics release ${requestId} status`, result.releases.find((r) => r.requestId === requestId)?.release.status, status);
  }
  const stats = result.statistics as unknown as Record<string, unknown>;
  // Statistics may be stated in part: { "determinations": { "removable": 1 } } checks that count alone.
  for (const [key, value] of Object.entries(expect.statistics ?? {})) {
    if (!shows(stats[key], value)) problems.push(`statistics.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(stats[key])}`);
  }
  if (expect.refusals !== undefined) {
    eq(
      "refusals",
      result.refusals.map((r, i) => (expect.refusals?.[i]?.source === undefined ? { rule: r.rule } : { rule: r.rule, source: r.source })),
      expect.refusals,
    );
  }
  for (const m of unmatchedRefusals(result.refusals, expect.refusalsInclude ?? [])) problems.push(`refusals: expected one matching ${JSON.stringify(m)}, found none`);
  if (expect.invalid !== undefined) problems.push(`expected the scenario to be invalid (${expect.invalid.map((p) => p.path).join(", ")}), but it is valid and ran`);
  return problems;
}

function moaMismatches(state: string, moa: MoaReport | undefined, e: MoaExpectation): string[] {
  if (moa === undefined) return [`MOA ${state}: no such MOA`];
  const out: string[] = [];
  const status = typeof e === "string" ? e : e.status;
  if (status !== undefined && moa.statusAtEnd.status !== status) out.push(`MOA ${state} status: expected ${JSON.stringify(status)}, got ${JSON.stringify(moa.statusAtEnd.status)}`);
  if (typeof e === "string") return out;
  for (const [id, expected] of Object.entries(e.modifications ?? {})) {
    const actual = moa.moa.modifications[id]?.status;
    if (actual !== expected) out.push(`MOA ${state} modification ${id}: expected ${JSON.stringify(expected)}, got ${actual === undefined ? "none" : JSON.stringify(actual)}`);
  }
  for (const [id, expected] of Object.entries(e.disputes ?? {})) {
    const actual = moa.moa.disputes[id]?.status;
    if (actual !== expected) out.push(`MOA ${state} dispute ${id}: expected ${JSON.stringify(expected)}, got ${actual === undefined ? "none" : JSON.stringify(actual)}`);
  }
  if (e.releases !== undefined) {
    const ids = moa.moa.releases.map((r) => r.id);
    if (JSON.stringify(ids) !== JSON.stringify(e.releases)) out.push(`MOA ${state} releases: expected ${JSON.stringify(e.releases)}, got ${JSON.stringify(ids)}`);
  }
  return out;
}
