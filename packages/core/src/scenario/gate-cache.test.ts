import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideLeaSuspension, evolveLeaStanding, initialLeaStanding, type LeaStanding } from "../moa/lea-suspension";
import { programActiveFor } from "../moa/program-active";
import type { MoaState } from "../moa/state";
import { apply, eventsOf, ICE, notice, SIB_VA, signedMoa } from "../moa/testing";
import { fromMillis, toMillis } from "../shared/time";
import { GateCache } from "./gate-cache";

const ORI = "VA0010000";
const OTHER = "VA0020000";
const FROM = toMillis("2026-01-01T00:00:00.000Z");
const TO = toMillis("2026-05-01T00:00:00.000Z");

/** An MOA suspended on Mar 1 with termination notice received Mar 2 (effective Apr 1), and ORI suspended Feb 1 - Feb 15. */
function world(): { moa: MoaState; standing: LeaStanding } {
  let moa = apply(signedMoa(), notice(SIB_VA, { kind: "suspension", id: "s1", to: "ICE-DRO", delivery: "oral", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-01T00:00:00.000Z", ground: "resource-constraints" }));
  moa = apply(moa, notice(ICE, { kind: "termination", id: "t1", to: "SIB", delivery: "certified-mail", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-02T00:00:00.000Z" }));
  let standing = initialLeaStanding(ORI);
  standing = eventsOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-01T08:30:00.000Z", by: ICE, ori: ORI, reason: "profiling complaint upheld" }, standing)).reduce(evolveLeaStanding, standing);
  standing = eventsOf(decideLeaSuspension({ type: "ReinstateLea", now: "2026-02-15T00:00:00.000Z", by: ICE, ori: ORI, note: "resolved" }, standing)).reduce(evolveLeaStanding, standing);
  return { moa, standing };
}

describe("gate cache (DOMAIN D7)", () => {
  it("answers what programActiveFor answers, for any sequence of times and LEAs, across recorded changes", () => {
    const { moa, standing } = world();
    fc.assert(
      fc.property(
        fc.array(fc.record({ ms: fc.integer({ min: FROM, max: TO }), ori: fc.constantFrom(ORI, OTHER), change: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        (asks) => {
          let current = signedMoa();
          const standings = new Map<string, LeaStanding>();
          const cache = new GateCache(() => current, standings);
          for (const ask of asks) {
            if (ask.change && standings.size === 0) {
              // the world changes part-way: the MOA's notices and the LEA's suspension are recorded
              current = moa;
              standings.set(ORI, standing);
              cache.changed();
            }
            const now = fromMillis(ask.ms);
            expect(cache.gate("VA", ask.ori, now)).toEqual(programActiveFor(current, standings.values(), ask.ori, now));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers exactly at the recorded instants, where the answer turns", () => {
    const { moa, standing } = world();
    const cache = new GateCache(() => moa, new Map([[ORI, standing]]));
    for (const at of ["2026-02-01T08:29:59.999Z", "2026-02-01T08:30:00.000Z", "2026-02-14T23:59:59.999Z", "2026-02-15T00:00:00.000Z", "2026-02-28T23:59:59.999Z", "2026-03-01T00:00:00.000Z", "2026-03-31T23:59:59.999Z", "2026-04-01T00:00:00.000Z"]) {
      expect(cache.gate("VA", ORI, at)).toEqual(programActiveFor(moa, [standing], ORI, at));
    }
  });
});
