import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareInstants } from "../shared/time";
import { compareInstantsFast } from "./instant-order";

describe("fast instant order", () => {
  it("orders like parsing does, for mixed shapes (with and without milliseconds)", () => {
    const instant = fc
      .tuple(fc.integer({ min: 1_500_000_000_000, max: 1_900_000_000_000 }), fc.boolean())
      .map(([ms, withMs]) => {
        const iso = new Date(ms).toISOString();
        return withMs ? iso : `${iso.slice(0, 19)}Z`;
      });
    fc.assert(
      fc.property(instant, instant, (a, b) => Math.sign(compareInstantsFast(a, b)) === Math.sign(compareInstants(a, b))),
      { numRuns: 500 },
    );
    expect(compareInstantsFast("2026-03-01T10:00:00Z", "2026-03-01T10:00:00.500Z")).toBeLessThan(0);
  });
});
