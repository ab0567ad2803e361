import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMillis, toMillis } from "./time";

describe("fromMillis", () => {
  it("writes exactly what toISOString writes, in and out of the four-digit years", () => {
    fc.assert(
      fc.property(fc.integer({ min: -70_000_000_000_000, max: 260_000_000_000_000 }), (ms) => {
        expect(fromMillis(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const ms of [0, -1, 951_782_400_000, 1_709_164_800_000, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 1.5]) {
      expect(fromMillis(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

describe("toMillis", () => {
  it("gives Date's answer for every canonical instant, with and without the fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        const iso = fromMillis(ms);
        expect(toMillis(iso)).toBe(ms);
        const whole = `${iso.slice(0, 19)}Z`;
        expect(toMillis(whole)).toBe(new Date(whole).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves odd shapes and out-of-range fields to Date, which rolls or refuses them", () => {
    for (const s of ["2026-02-30T00:00:00.000Z", "2026-04-31T00:00:00Z", "2026-01-32T00:00:00.000Z", "2026-01-01T24:00:00.000Z", "2026-01-01T23:60:00.000Z", "2024-02-29T00:00:00Z", "2026-03-01T10:00:00.5Z", "2026-03-01T10:00Z"]) {
      expect(Object.is(toMillis(s), new Date(s).getTime())).toBe(true);
    }
  });
});
