// DOMAIN D5: a person's level is the most severe over their convictions;
// charges are reported apart and never merged in.
import { describe, expect, it } from "vitest";
import { personLevel, PersonLevelInputSchema } from "./person";
import { parseSentence } from "./sentence";
import type { Sentence } from "./types";

function sentence(text: string): Sentence {
  const parsed = parseSentence(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.sentence;
}

describe("D5: personLevel", () => {
  it("given Level 3, 2 and 3 convictions, the person is Level 2, decided by the Level 2 conviction", () => {
    const result = personLevel({
      convictions: [{ code: "5699" }, { code: "2301" }, { code: "7399" }],
      charges: [],
    });
    expect(result.level).toBe(2);
    expect(result.decidedBy).toMatchObject({ index: 1, code: "2301" });
    expect(result.summary[0]).toBe("Level 2: conviction #2 (2301 Larceny) is the most severe");
  });

  it("the first of equally severe convictions decides", () => {
    const result = personLevel({ convictions: [{ code: "0901" }, { code: "1201" }], charges: [] });
    expect(result.decidedBy?.code).toBe("0901");
  });

  it("a Level 1 charge is reported apart and never raises the conviction level", () => {
    const result = personLevel({
      convictions: [{ code: "2301" }],
      charges: [{ code: "0901" }, { code: "5699" }],
    });
    expect(result.level).toBe(2);
    expect(result.charges.level).toBe(1);
    expect(result.charges.decidedBy?.code).toBe("0901");
    expect(result.summary).toContain("charged with a Level 1 offense (charge #1, 0901 Homicide)");
  });

  it("with charges only, the person has no level but the charge is still reported", () => {
    const result = personLevel({ convictions: [], charges: [{ code: "1201" }] });
    expect(result.level).toBeNull();
    expect(result.decidedBy).toBeNull();
    expect(result.charges.level).toBe(1);
    expect(result.summary[0]).toBe("no level: no classified conviction");
  });

  it("a drug conviction with no sentence is reported pending; it may still make the person Level 1", () => {
    const result = personLevel({ convictions: [{ code: "7399" }, { code: "3562" }], charges: [] });
    expect(result.level).toBe(3);
    expect(result.convictions.candidates).toEqual([1, 2]);
    expect(result.convictions.pending.map((x) => x.code)).toEqual(["3562"]);
    expect(result.summary.join("\n")).toMatch(
      /conviction #2 \(3562 Drugs\) is pending sentence.*may become Level 1/,
    );
  });

  it("a pending drug conviction beside a Level 1 conviction leaves the person Level 1", () => {
    const result = personLevel({ convictions: [{ code: "3562" }, { code: "0901" }], charges: [] });
    expect(result.level).toBe(1);
    expect(result.convictions.candidates).toEqual([1]);
  });

  it("a sentenced drug conviction counts by its sentence", () => {
    const result = personLevel({
      convictions: [{ code: "3562", sentence: sentence("2y") }, { code: "2301" }],
      charges: [],
    });
    expect(result.level).toBe(1);
    expect(result.decidedBy?.code).toBe("3562");
    expect(result.convictions.candidates).toEqual([1]);
  });

  it("invalid and unclassifiable convictions are reported and never decide", () => {
    const result = personLevel({
      convictions: [{ code: "09x1" }, { code: "9999" }, { code: "5999" }],
      charges: [],
    });
    expect(result.level).toBe(3);
    expect(result.convictions.invalid.map((x) => x.index)).toEqual([0]);
    expect(result.convictions.unclassifiable.map((x) => x.code)).toEqual(["9999"]);
    expect(result.summary.join("\n")).toMatch(/conviction #1 is invalid: the offense code "09x1"/);
    expect(result.summary.join("\n")).toMatch(/conviction #2 \(9999\) names no offense/);
  });

  it("no offenses at all: no level, no candidates", () => {
    const result = personLevel({ convictions: [], charges: [] });
    expect(result).toMatchObject({ level: null, decidedBy: null });
    expect(result.convictions.candidates).toEqual([]);
  });

  it("PersonLevelInputSchema accepts the input shape and refuses a negative sentence", () => {
    const good = {
      convictions: [{ code: "3562", sentence: { days: 400, text: "400" } }],
      charges: [],
    };
    expect(PersonLevelInputSchema.safeParse(good).success).toBe(true);
    const bad = {
      convictions: [{ code: "3562", sentence: { days: -1, text: "-1" } }],
      charges: [],
    };
    expect(PersonLevelInputSchema.safeParse(bad).success).toBe(false);
  });
});
