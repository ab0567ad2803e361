import { describe, expect, it } from "vitest";
import type { LeaStanding } from "./lea-suspension";
import { decideLeaSuspension, evolveLeaStanding, initialLeaStanding, LeaSuspensionCommand, leaSuspensionAt } from "./lea-suspension";
import { eventsOf, ICE, refusalOf, SIB_VA } from "./testing";

const ORI = "VA0010000";

function suspendedLea(): LeaStanding {
  const events = eventsOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-01T00:00:00.000Z", by: ICE, ori: ORI, reason: "stops concentrated on one neighbourhood's residents" }, initialLeaStanding(ORI)));
  return events.reduce(evolveLeaStanding, initialLeaStanding(ORI));
}

describe("suspension of a local jurisdiction for profiling (MOA VIII)", () => {
  it("MOA VIII: ICE suspends an LEA with a written reason", () => {
    const standing = suspendedLea();
    expect(standing).toMatchObject({ status: "suspended", since: "2026-02-01T00:00:00.000Z", reason: "stops concentrated on one neighbourhood's residents" });
    expect(leaSuspensionAt(standing, "2026-02-01T00:00:00.000Z")).toBeDefined();
    expect(leaSuspensionAt(standing, "2026-01-31T23:59:59.000Z")).toBeUndefined();
  });

  it("MOA VIII: a suspension of an LEA without a written reason is malformed", () => {
    const parsed = LeaSuspensionCommand.safeParse({ type: "SuspendLea", now: "2026-02-01T00:00:00.000Z", by: ICE, ori: ORI, reason: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("in writing");
  });

  it("MOA VIII: the decider itself refuses a suspension whose reason is blank (a scenario records it as refused)", () => {
    const refusal = refusalOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-01T00:00:00.000Z", by: ICE, ori: ORI, reason: "  " }, initialLeaStanding(ORI)));
    expect(refusal).toEqual({ rule: "MOA VIII", reason: expect.stringContaining("needs a written reason") });
  });

  it("MOA VIII: only ICE may suspend an LEA, not its SIB", () => {
    const refusal = refusalOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-01T00:00:00.000Z", by: SIB_VA, ori: ORI, reason: "r" }, initialLeaStanding(ORI)));
    expect(refusal).toEqual({ rule: "MOA VIII", reason: expect.stringContaining("only ICE") });
  });

  it("MOA VIII: reinstatement is recorded and ends the suspension", () => {
    const suspended = suspendedLea();
    const events = eventsOf(decideLeaSuspension({ type: "ReinstateLea", now: "2026-03-01T00:00:00.000Z", by: ICE, ori: ORI, note: "training completed" }, suspended));
    const reinstated = events.reduce(evolveLeaStanding, suspended);
    expect(reinstated.status).toBe("in-program");
    expect(reinstated.periods).toEqual([
      { suspendedAt: "2026-02-01T00:00:00.000Z", reason: "stops concentrated on one neighbourhood's residents", reinstatedAt: "2026-03-01T00:00:00.000Z", reinstatementNote: "training completed" },
    ]);
    expect(leaSuspensionAt(reinstated, "2026-02-15T00:00:00.000Z")).toBeDefined();
    expect(leaSuspensionAt(reinstated, "2026-03-01T00:00:00.000Z")).toBeUndefined();
  });

  it("MOA VIII: an LEA already suspended is not suspended twice; one in the program is not reinstated", () => {
    expect(refusalOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-02T00:00:00.000Z", by: ICE, ori: ORI, reason: "again" }, suspendedLea())).reason).toContain("already suspended");
    expect(refusalOf(decideLeaSuspension({ type: "ReinstateLea", now: "2026-02-02T00:00:00.000Z", by: ICE, ori: ORI, note: "n" }, initialLeaStanding(ORI))).reason).toContain("not suspended");
  });

  it("MOA VIII: a change cannot be recorded before the last one", () => {
    const refusal = refusalOf(decideLeaSuspension({ type: "ReinstateLea", now: "2026-01-01T00:00:00.000Z", by: ICE, ori: ORI, note: "n" }, suspendedLea()));
    expect(refusal.reason).toContain("cannot be recorded before");
  });
});
