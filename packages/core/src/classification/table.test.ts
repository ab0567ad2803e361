// Every range of the Appendix A table: its first code, its last code and the
// code one past its end. The expectations are written out by hand from the MOA
// (Appendix A) and DOMAIN.md section 2, NOT derived from table.ts, so a wrong
// range or level in the table fails here.
import { describe, expect, it } from "vitest";
import { classify } from "./classify";
import { parseSentence } from "./sentence";
import { APPENDIX_A_RULES, formatRange, formatRanges, ruleById } from "./table";
import type { Classification, Sentence } from "./types";

const OTHER = "3 Other offenses (not listed in Appendix A)";

function sentence(text: string): Sentence {
  const parsed = parseSentence(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.sentence;
}

/** "1 Homicide", "pending Drugs", "unclassifiable", "invalid". */
function summary(c: Classification): string {
  switch (c.status) {
    case "classified":
      return `${String(c.level)} ${c.category ?? ""}`;
    case "pending-sentence":
      return `pending ${c.category ?? ""}`;
    case "unclassifiable":
    case "invalid":
      return c.status;
  }
}

// [rule id, range, sentence given, expected for the range, one past the end, expected for it]
const RANGES: [string, string, string | null, string, string, string][] = [
  [
    "L1-national-security-sabotage-sedition-espionage-treason",
    "0101-0199",
    null,
    "1 National Security",
    "0200",
    OTHER,
  ],
  ["L1-national-security-terrorist-threats", "1602", null, "1 National Security", "1603", OTHER],
  [
    "L1-national-security-weapons-arson-bombing",
    "5204-5299",
    null,
    "1 National Security",
    "5300",
    OTHER,
  ],
  ["L1-homicide", "0901-0999", null, "1 Homicide", "1000", OTHER],
  ["L1-kidnapping", "1001-1099", null, "1 Kidnapping", "1100", OTHER],
  ["L1-sexual-assault", "1101-1199", null, "1 Sexual Assault", "1200", OTHER],
  ["L1-robbery", "1201-1299", null, "1 Robbery", "1300", OTHER],
  ["L1-aggravated-assault", "1301-1399", null, "1 Aggravated Assault", "1400", OTHER],
  ["L1-threats", "1601", null, "1 Threats", "1602", "1 National Security"],
  [
    "L1-extortion-threat-to-injure-person",
    "2101",
    null,
    "1 Extortion - Threat to Injure Person",
    "2102",
    "3 Extortion",
  ],
  ["L1-sex-offenses", "3601-3699", null, "1 Sex Offenses", "3700", OTHER],
  [
    "L1-cruelty-toward-child-wife",
    "3802",
    null,
    "1 Cruelty Toward Child, Wife",
    "3803",
    "1 Cruelty Toward Child, Wife",
  ],
  [
    "L1-cruelty-toward-child-wife",
    "3803",
    null,
    "1 Cruelty Toward Child, Wife",
    "3804",
    "3 Family Offenses",
  ],
  [
    "L1-resisting-an-officer",
    "4801",
    null,
    "1 Resisting an Officer",
    "4802",
    "3 Obstructing the Police",
  ],
  ["L1-weapon", "5201-5203", null, "1 Weapon", "5204", "1 National Security"],
  ["L1-hit-and-run", "5401", null, "1 Hit and Run", "5402", "2 Traffic Offenses"],
  ["L1-drugs", "3501-3599", "2y", "1 Drugs", "3600", OTHER],
  ["L2-arson", "2001-2099", null, "2 Arson", "2100", OTHER],
  ["L2-burglary", "2201-2299", null, "2 Burglary", "2300", OTHER],
  ["L2-larceny", "2301-2399", null, "2 Larceny", "2400", OTHER],
  ["L2-stolen-vehicles", "2401-2411", null, "2 Stolen Vehicles", "2412", OTHER],
  ["L2-stolen-vehicles", "2499", null, "2 Stolen Vehicles", "2500", OTHER],
  ["L2-forgery", "2501-2599", null, "2 Forgery", "2600", OTHER],
  ["L2-fraud", "2601-2699", null, "2 Fraud", "2700", OTHER],
  ["L2-embezzlement", "2701-2799", null, "2 Embezzlement", "2800", OTHER],
  ["L2-stolen-property", "2801-2899", null, "2 Stolen Property", "2900", OTHER],
  [
    "L2-damage-property-w-explosive",
    "2904-2906",
    null,
    "2 Damage Property w/Explosive",
    "2907",
    OTHER,
  ],
  ["L2-traffic-offenses", "5402-5499", null, "2 Traffic Offenses", "5500", OTHER],
  ["L2-smuggling", "5801-5899", null, "2 Smuggling", "5900", OTHER],
  ["L2-money-laundering", "6300", null, "2 Money Laundering", "6301", OTHER],
  ["L2-property-crimes", "7199", null, "2 Property Crimes", "7200", OTHER],
  ["L2-drugs", "3501-3599", "6m", "2 Drugs", "3600", OTHER],
  ["L3-military", "0201", null, "3 Military", "0202", OTHER],
  ["L3-military", "0299", null, "3 Military", "0300", OTHER],
  ["L3-immigration", "0301-0399", null, "3 Immigration", "0400", OTHER],
  ["L3-extortion", "2102-2199", null, "3 Extortion", "2200", OTHER],
  [
    "L3-damage-property",
    "2901-2903",
    null,
    "3 Damage Property",
    "2904",
    "2 Damage Property w/Explosive",
  ],
  ["L3-family-offenses", "3801", null, "3 Family Offenses", "3802", "1 Cruelty Toward Child, Wife"],
  ["L3-family-offenses", "3804-3899", null, "3 Family Offenses", "3900", OTHER],
  ["L3-gambling", "3901-3999", null, "3 Gambling", "4000", OTHER],
  [
    "L3-commercialized-sex-offenses",
    "4001-4099",
    null,
    "3 Commercialized Sex Offenses",
    "4100",
    OTHER,
  ],
  ["L3-liquor", "4101-4199", null, "3 Liquor", "4200", OTHER],
  ["L3-obstructing-the-police", "4802-4899", null, "3 Obstructing the Police", "4900", OTHER],
  ["L3-bribery", "5101-5199", null, "3 Bribery", "5200", OTHER],
  ["L3-health-and-safety", "5501-5599", null, "3 Health and Safety", "5600", OTHER],
  ["L3-civil-rights", "5699", null, "3 Civil Rights", "5700", OTHER],
  ["L3-invasion-of-privacy", "5701-5799", null, "3 Invasion of Privacy", "5800", OTHER],
  ["L3-elections-laws", "5999", null, "3 Elections Laws", "6000", OTHER],
  ["L3-conservation", "6201-6299", null, "3 Conservation", "6300", "2 Money Laundering"],
  ["L3-public-order-crimes", "7399", null, "3 Public Order Crimes", "7400", OTHER],
  ["D2-drugs-pending-sentence", "3501-3599", null, "pending Drugs", "3600", OTHER],
  ["D8-unclassifiable", "9998", null, "unclassifiable", "9999", "unclassifiable"],
  ["D8-unclassifiable", "9999", null, "unclassifiable", "10000", "invalid"],
];

describe("Appendix A table, range by range", () => {
  it("holds exactly the ranges written out above (no range missing, none extra)", () => {
    const inTable = APPENDIX_A_RULES.flatMap((rule) =>
      rule.ranges.map((range) => `${rule.id} ${formatRange(range)}`),
    );
    const expected = RANGES.map(([id, range]) => `${id} ${range}`);
    expect(inTable.sort()).toEqual(expected.sort());
  });

  it.each(RANGES)(
    "%s %s (sentence %s): first and last are %s; one past is %s -> %s",
    (id, range, given, expected, past, expectedPast) => {
      const [first, last = first] = range.split("-") as [string, string?];
      const s = given === null ? null : sentence(given);
      for (const code of [first, last]) {
        const answer = classify(code, s);
        expect(summary(answer), code).toBe(expected);
        expect(answer.rule?.id, code).toBe(id);
      }
      expect(summary(classify(past, s)), past).toBe(expectedPast);
    },
  );

  it("has the D3 default rule with no ranges of its own, Level 3", () => {
    const other = ruleById("D3-other-offenses");
    expect(other?.level).toBe(3);
    expect(other?.category).toBe("Other offenses (not listed in Appendix A)");
    expect(formatRanges(other?.ranges ?? [{ from: 0, to: 0 }])).toBe("(default)");
  });

  it("gives every rule a source and unique id, and cites the MOA for every Appendix A entry", () => {
    const ids = APPENDIX_A_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of APPENDIX_A_RULES) {
      if (rule.id.startsWith("L"))
        expect(rule.source).toMatch(new RegExp(`^MOA Appendix A, Level ${String(rule.level)}`));
      else expect(rule.source).toMatch(/DOMAIN\.md D\d/);
    }
  });

  it("names the National Security sub-kinds of the Appendix A footnote", () => {
    const subKinds = APPENDIX_A_RULES.filter((rule) => rule.category === "National Security").map(
      (rule) => [formatRanges(rule.ranges), rule.subKind],
    );
    expect(subKinds).toEqual([
      ["0101-0199", "Sabotage, Sedition, Espionage and Treason"],
      ["1602", "Terrorist Threats"],
      ["5204-5299", "Weapons, Arson/Incendiary Devices and Bombing"],
    ]);
  });

  it("is frozen, so no caller can change the table", () => {
    expect(Object.isFrozen(APPENDIX_A_RULES)).toBe(true);
    for (const rule of APPENDIX_A_RULES) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.ranges)).toBe(true);
    }
  });

  it.each([
    [{ from: 901, to: 999 }, "0901-0999"],
    [{ from: 6300, to: 6300 }, "6300"],
    [{ from: 101, to: 199 }, "0101-0199"],
  ])("formatRange(%o) is %s", (range, text) => {
    expect(formatRange(range)).toBe(text);
  });
});
