import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("the profiling oversight (MOA VIII) on $name", (backend) => {
  let world: World;
  let from = "";
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    from = world.clock.now().toISOString();
    // Given, in the period, each VA agency books 10 subjects IDENT matches: VA0010000 for
    // traffic offenses (5499, 5404) but one, VA0020000 for burglaries and larcenies but one.
    const matches = [DEMO_SUBJECTS.priorLevel1Match, DEMO_SUBJECTS.priorLevel2Match, DEMO_SUBJECTS.noRecordMatch].map((s) => s.templateId);
    const book = async (username: string, charges: (i: number) => string[]) => {
      const lea = await world.as(username);
      for (let i = 0; i < 10; i++) {
        await lea.bookings.book({ idempotencyKey: `oversight-${username}-${i}`, templateId: matches[i % matches.length] ?? "", charges: charges(i) });
      }
    };
    await book("lea.va", (i) => (i === 0 ? ["2299"] : [i % 2 === 0 ? "5499" : "5404"]));
    await book("lea.va2", (i) => (i === 0 ? ["5499"] : [i % 2 === 0 ? "2299" : "2399"]));
  });
  afterAll(async () => {
    await world.close();
  });

  it("flags the agency whose matches are mostly traffic offenses, and not its neighbour, with core's figures and reason", async () => {
    const result = await (await world.as("program")).oversight.profiling({ from, state: "VA" });
    expect(result.options).toEqual({ marginPoints: 20, minimumMatched: 10 });
    expect(result.agencies.map((a) => [a.ori, a.matched, a.minor, a.flagged])).toEqual([
      ["VA0010000", 10, 9, true],
      ["VA0020000", 10, 1, false],
    ]);
    const [flagged] = result.agencies;
    expect(flagged).toMatchObject({ agency: "Demo City Police Department (VA)", stateMatched: 20, stateMinor: 10, share: 0.9, stateShare: 0.5, pointsAboveState: 40 });
    expect(flagged?.reason).toMatch(/^90\.0% of its matched bookings were for Level 3 or traffic offenses, 40\.0 points above VA's 50\.0%/);
    expect(result.notice).toMatch(/suspends no one/);
  });

  it("takes the margin and the minimum as inputs: a margin above the gap flags no one; a bad margin is refused by name", async () => {
    const auditor = await world.as("auditor");
    expect((await auditor.oversight.profiling({ from, marginPoints: 45 })).agencies.filter((a) => a.flagged)).toEqual([]);
    const refused = await auditor.oversight.profiling({ marginPoints: 101 }).then(
      () => null,
      (error: unknown) => (error instanceof TRPCError ? fieldErrorsOf(error) : null),
    );
    expect(refused).toEqual([{ path: "marginPoints", message: "the margin is 0 to 100 percentage points" }]);
  });

  it("informs only: the flagged agency's next booking still goes through the program", async () => {
    await (await world.as("program")).oversight.profiling({ from });
    const { booking } = await (await world.as("lea.va")).bookings.book({ idempotencyKey: "oversight-after", templateId: DEMO_SUBJECTS.noRecordMatch.templateId, charges: ["5499"] });
    expect(booking.status).toBe("awaiting-response"); // as the LEA sees it: in the flow, not withheld (D7)
  });

  it("is read by the program office and auditors only (core's ReadProfilingOversight)", async () => {
    for (const username of ["lea.va", "sib.va", "dro.was", "publicaffairs"]) {
      expect(await outcomeOf((await world.as(username)).oversight.profiling({}))).toMatch(/^FORBIDDEN/);
    }
  });
});
