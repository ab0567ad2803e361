// Check a result against a scenario's `expect` block: what an example is
// meant to show, stated in the example itself. Returns the mismatches.
import { messagesOf, traceOf } from "../flow/trace";
import type { ScenarioResult } from "./runner";
import type { ScenarioExpectation } from "./schema";

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
    if (e.priority !== undefined) eq(`booking ${id} priority`, b.priority?.category, e.priority);
    if (e.detainer !== undefined) eq(`booking ${id} detainer`, b.ice.detainer !== null, e.detainer);
    if (e.custody !== undefined) eq(`booking ${id} custody`, b.ice.custody !== null, e.custody);
    if (e.removalProceedings !== undefined) eq(`booking ${id} removal proceedings`, b.ice.removalProceedings !== null, e.removalProceedings);
  }
  for (const [state, status] of Object.entries(expect.moas ?? {})) {
    eq(`MOA ${state} status`, result.moas.find((m) => m.state === state)?.statusAtEnd.status, status);
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
  return problems;
}
