import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMillis, toMillis } from "../shared/time";
import { InstantCache } from "./instant-cache";

describe("instant cache", () => {
  it("answers exactly what formatting and parsing would, whatever the order of requests", () => {
    const cache = new InstantCache();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1_600_000_000_000, max: 1_600_000_100_000 }), { maxLength: 200 }), (list) => {
        for (const ms of list) {
          const iso = cache.instant(ms);
          expect(iso).toBe(fromMillis(ms));
          expect(cache.millis(iso)).toBe(ms);
        }
        expect(cache.millis("2026-03-01T10:00:00Z")).toBe(toMillis("2026-03-01T10:00:00Z"));
      }),
      { numRuns: 50 },
    );
  });
});
