// classify / classifyInput: the decisions of DOMAIN.md section 2, one named
// test each, and spot checks of known codes (expectations written by hand).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, classifyInput } from "./classify";
import { parseSentence } from "./sentence";
import { APPENDIX_A_RULES } from "./table";
import type { Classification, Level, Sentence } from "./types";

function sentence(text: string): Sentence {
  const parsed = parseSentence(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.sentence;
}

const OTHER = "Other offenses (not listed in Appendix A)";

describe("spot checks of known NCIC codes", () => {
  it.each<[string, Level, string, string | undefined]>([
    ["0901", 1, "Homicide", undefined],
    ["1602", 1, "National Security", "Terrorist Threats"],
    ["5204", 1, "National Security", "Weapons, Arson/Incendiary Devices and Bombing"],
    ["0101", 1, "National Security", "Sabotage, Sedition, Espionage and Treason"],
    ["2101", 1, "Extortion - Threat to Injure Person", undefined],
    ["2102", 3, "Extortion", undefined],
    ["2904", 2, "Damage Property w/Explosive", undefined],
    ["2901", 3, "Damage Property", undefined],
    ["6300", 2, "Money Laundering", undefined],
    ["7199", 2, "Property Crimes", undefined],
    ["7399", 3, "Public Order Crimes", undefined],
    ["5699", 3, "Civil Rights", undefined],
    ["5999", 3, "Elections Laws", undefined],
    ["0299", 3, "Military", undefined],
    ["2099", 2, "Arson", undefined],
    ["2411", 2, "Stolen Vehicles", undefined],
    ["2412", 3, OTHER, undefined],
    ["2499", 2, "Stolen Vehicles", undefined],
    ["3801", 3, "Family Offenses", undefined],
    ["3802", 1, "Cruelty Toward Child, Wife", undefined],
    ["4801", 1, "Resisting an Officer", undefined],
    ["4802", 3, "Obstructing the Police", undefined],
    ["5401", 1, "Hit and Run", undefined],
    ["5402", 2, "Traffic Offenses", undefined],
  ])("%s is Level %i, %s", (code, level, category, subKind) => {
    const answer = classify(code);
    expect(answer).toMatchObject({
      code,
      status: "classified",
      level,
      candidates: [level],
      category,
    });
    expect(answer.rule?.subKind).toBe(subKind);
  });

  it("shows the NCIC literal of a known code", () => {
    expect(classify("0901").ncicLiteral).toBe("HOMICIDE - WILLFUL KILL-FAMILY-GUN");
    expect(classify("2101").ncicLiteral).toBe("EXTORT - THREAT INJURE PERSON");
  });
});

describe("DOMAIN decisions", () => {
  it("D1: 2099 is Arson, Level 2, and 0299 is Military, Level 3; both answers name the conflict", () => {
    const arson = classify("2099");
    expect(arson).toMatchObject({ level: 2, category: "Arson", ncicLiteral: "ARSON" });
    expect(arson.rule?.id).toBe("L2-arson");
    expect(arson.notes.join(" ")).toMatch(/D1.*2099 twice.*Military/);
    expect(arson.rule?.explanation).toMatch(/D1.*Military \(0201, 2099\)/);

    const military = classify("0299");
    expect(military).toMatchObject({ level: 3, category: "Military", ncicLiteral: "MILITARY" });
    expect(military.notes.join(" ")).toMatch(/D1.*0299/);
    expect(military.rule?.asWritten).toBe("Military (0201, 2099)");
    expect(classify("0201")).toMatchObject({ level: 3, category: "Military", notes: [] });
  });

  describe("D2: drugs 3501-3599 by sentence", () => {
    it.each([
      ["366d", 1],
      ["13m", 1],
      ["2y", 1],
      ["1.5y", 1],
      ["364", 2],
      ["11m", 2],
      ["6m", 2],
      ["0", 2],
    ] as const)("3562 with a sentence of %s is Level %i, no boundary note", (text, level) => {
      const answer = classify("3562", sentence(text));
      expect(answer).toMatchObject({
        status: "classified",
        level,
        category: "Drugs",
        candidates: [level],
        notes: [],
      });
      expect(answer.rule?.id).toBe(`L${String(level)}-drugs`);
    });

    it.each(["365d", "365", "12m", "1y", "1 year", "12 months"])(
      'exactly one year (%s) is not "> 1 year": Level 2 with a boundary note',
      (text) => {
        const answer = classify("3501", sentence(text));
        expect(answer).toMatchObject({ status: "classified", level: 2, rule: { id: "L2-drugs" } });
        expect(answer.notes).toHaveLength(1);
        expect(answer.notes[0]).toMatch(/D2: the sentence is exactly one year/);
      },
    );

    it.each([undefined, null])(
      "with no sentence (%s) it is pending, candidates 1 and 2, never one level",
      (s) => {
        const answer = classify("3599", s);
        expect(answer).toMatchObject({
          status: "pending-sentence",
          level: null,
          candidates: [1, 2],
          category: "Drugs",
        });
        expect(answer.rule?.id).toBe("D2-drugs-pending-sentence");
        expect(answer.notes.join(" ")).toMatch(/D2.*pending/);
      },
    );

    it("classifyInput treats an empty sentence as unknown (pending), not as zero", () => {
      expect(classifyInput("3530", "").status).toBe("pending-sentence");
      expect(classifyInput("3530", "  ").status).toBe("pending-sentence");
      expect(classifyInput("3530", "400d").level).toBe(1);
    });

    it("a sentence does not change a non-drug code's level", () => {
      expect(classify("0901", sentence("30d")).level).toBe(1);
      expect(classify("2301", sentence("10y")).level).toBe(2);
    });
  });

  it.each(["1401", "3701", "4901", "5001", "6101"])(
    "D3: %s, which no Appendix A entry lists, is Level 3 other offenses",
    (code) => {
      const answer = classify(code);
      expect(answer).toMatchObject({
        status: "classified",
        level: 3,
        category: OTHER,
        rule: { id: "D3-other-offenses" },
      });
      expect(answer.ncicLiteral).not.toBeNull();
      expect(answer.notes.join(" ")).toMatch(/D3/);
    },
  );

  describe("D4: malformed input is an error that says what was wrong", () => {
    it.each([
      ["901", /"901" has 3 digits; expected exactly 4/],
      ["09011", /"09011" has 5 digits; expected exactly 4/],
      ["ab12", /"ab12" has characters that are not digits \("a", "b"\)/],
      ["", /the offense code is empty/],
      ["   ", /the offense code is empty/],
      ["09 1", /not digits \(" "\)/],
      ["-901", /not digits \("-"\)/],
      ["１２３４", /not digits/],
    ])("code %j is invalid", (code, message) => {
      const answer = classify(code);
      expect(answer).toMatchObject({
        status: "invalid",
        level: null,
        candidates: [],
        category: null,
        rule: null,
      });
      expect(answer.notes.join(" ")).toMatch(message);
    });

    it("trims the code before checking it", () => {
      expect(classify(" 0901\t")).toMatchObject({ code: "0901", level: 1 });
    });

    it.each([
      ["-5", /negative/],
      ["abc", /"abc" is not a number/],
      ["18w", /unknown unit "w"/],
      ["1e3", /"1e3" is not a number/],
    ])(
      "classifyInput with sentence %j is invalid and says the sentence was wrong",
      (text, message) => {
        const answer = classifyInput("3562", text);
        expect(answer).toMatchObject({ status: "invalid", code: "3562", level: null, rule: null });
        expect(answer.notes.join(" ")).toMatch(/the sentence/);
        expect(answer.notes.join(" ")).toMatch(message);
      },
    );

    it("reports both a bad code and a bad sentence", () => {
      const answer = classifyInput("35x2", "-1");
      expect(answer.status).toBe("invalid");
      expect(answer.notes).toHaveLength(2);
    });

    it("a hand-built Sentence with a negative or NaN length is invalid, never classified", () => {
      expect(classify("3562", { days: -1, text: "-1" }).status).toBe("invalid");
      expect(classify("3562", { days: Number.NaN, text: "?" }).notes.join(" ")).toMatch(
        /sentence "\?" is not usable/,
      );
    });

    it("a well-formed code not in the NCIC list still classifies by range, with a warning", () => {
      const unknown = classify("0998");
      expect(unknown).toMatchObject({
        status: "classified",
        level: 1,
        category: "Homicide",
        ncicLiteral: null,
      });
      expect(unknown.notes).toContain(
        "D4: 0998 is not in the NCIC offense code list; classified by its range only.",
      );
      expect(classify("2412").notes.join(" ")).toMatch(/D4: 2412 is not in the NCIC/);
      expect(classify("0901").notes).toEqual([]);
    });
  });

  it.each(["9998", "9999"])(
    "D8: %s names no offense: unclassifiable, no level, never Level 3",
    (code) => {
      const answer = classify(code);
      expect(answer).toMatchObject({
        status: "unclassifiable",
        level: null,
        candidates: [],
        rule: { id: "D8-unclassifiable" },
      });
      expect(answer.ncicLiteral).toBe(code === "9998" ? "NONE" : "UNKNOWN");
      expect(answer.notes.join(" ")).toMatch(/D8/);
    },
  );
});

describe("classify, over every code", () => {
  /** A plain scan of the table, to check the precomputed lookup against. */
  function scan(
    n: number,
    days: number | null,
  ): Pick<Classification, "level" | "status"> & { ruleId: string } {
    const hits = APPENDIX_A_RULES.filter((rule) =>
      rule.ranges.some((x) => n >= x.from && n <= x.to),
    );
    if (n >= 3501 && n <= 3599) {
      if (days === null)
        return { level: null, status: "pending-sentence", ruleId: "D2-drugs-pending-sentence" };
      return days > 365
        ? { level: 1, status: "classified", ruleId: "L1-drugs" }
        : { level: 2, status: "classified", ruleId: "L2-drugs" };
    }
    const [hit] = hits;
    if (hits.length !== 1 || !hit)
      return { level: 3, status: "classified", ruleId: "D3-other-offenses" };
    return {
      level: hit.level,
      status: hit.level === null ? "unclassifiable" : "classified",
      ruleId: hit.id,
    };
  }

  it.each([null, "400d", "365d", "30d"])(
    "matches a plain scan of the table for 0000-9999 (sentence %s)",
    (text) => {
      const s = text === null ? null : sentence(text);
      for (let n = 0; n < 10_000; n++) {
        const code = String(n).padStart(4, "0");
        const answer = classify(code, s);
        expect({ level: answer.level, status: answer.status, ruleId: answer.rule?.id }).toEqual(
          scan(n, s?.days ?? null),
        );
      }
    },
  );

  it("returns the same frozen object for the same input (precomputed, no allocation)", () => {
    const a = classify("0901");
    expect(classify("0901")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.notes)).toBe(true);
    expect(classify("3501", sentence("2y"))).toBe(classify("3501", sentence("3y")));
  });

  it("never throws, and is invalid exactly when the trimmed code is not 4 ASCII digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (code) => {
        const answer = classify(code);
        expect(answer.status === "invalid").toBe(!/^\d{4}$/.test(code.trim()));
      }),
    );
  });
});
