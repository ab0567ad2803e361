// MOA Appendix A ("Secure Communities Levels and Offense Categories by NCIC
// Code") as data, plus the DOMAIN.md decisions that act as rules (D1, D2, D3,
// D8). Every range is inclusive and is the source's; category names are
// verbatim. The table is a value so it can be printed, diffed and tested row
// by row; classify.ts turns it into a lookup at module load.
import type { AppendixARule, CodeRange, Level } from "./types";

const L1 = "MOA Appendix A, Level 1";
const L2 = "MOA Appendix A, Level 2";
const L3 = "MOA Appendix A, Level 3";

/** The category D3 gives every well-formed code that no Appendix A entry lists. */
export const OTHER_OFFENSES_CATEGORY = "Other offenses (not listed in Appendix A)";
/** The category D8 gives 9998 (NONE) and 9999 (UNKNOWN). */
export const UNCLASSIFIABLE_CATEGORY = "Unclassifiable (NONE / UNKNOWN name no offense)";

/** The NCIC dangerous-drug codes whose level depends on the sentence (DOMAIN D2). */
export const DRUG_RANGE: CodeRange = { from: 3501, to: 3599 };

const NATIONAL_SECURITY_AS_WRITTEN = "National Security* (0101-0199, 1602, 5204-5299)";

function r(from: number, to: number = from): CodeRange {
  return { from, to };
}

function rule(
  id: string,
  level: Level | null,
  category: string,
  ranges: CodeRange[],
  source: string,
  extra: Partial<Pick<AppendixARule, "subKind" | "explanation" | "asWritten">> = {},
): AppendixARule {
  return { id, level, category, ranges, source, ...extra };
}

const rules: AppendixARule[] = [
  // Level 1 (MOA III.B.ii: major drug offenses, national security crimes, violent crimes).
  rule(
    "L1-national-security-sabotage-sedition-espionage-treason",
    1,
    "National Security",
    [r(101, 199)],
    L1,
    {
      subKind: "Sabotage, Sedition, Espionage and Treason",
      asWritten: NATIONAL_SECURITY_AS_WRITTEN,
    },
  ),
  rule("L1-national-security-terrorist-threats", 1, "National Security", [r(1602)], L1, {
    subKind: "Terrorist Threats",
    asWritten: NATIONAL_SECURITY_AS_WRITTEN,
  }),
  rule("L1-national-security-weapons-arson-bombing", 1, "National Security", [r(5204, 5299)], L1, {
    subKind: "Weapons, Arson/Incendiary Devices and Bombing",
    asWritten: NATIONAL_SECURITY_AS_WRITTEN,
  }),
  rule("L1-homicide", 1, "Homicide", [r(901, 999)], L1),
  rule("L1-kidnapping", 1, "Kidnapping", [r(1001, 1099)], L1),
  rule("L1-sexual-assault", 1, "Sexual Assault", [r(1101, 1199)], L1),
  rule("L1-robbery", 1, "Robbery", [r(1201, 1299)], L1),
  rule("L1-aggravated-assault", 1, "Aggravated Assault", [r(1301, 1399)], L1),
  rule("L1-threats", 1, "Threats", [r(1601)], L1),
  rule(
    "L1-extortion-threat-to-injure-person",
    1,
    "Extortion - Threat to Injure Person",
    [r(2101)],
    L1,
    {
      asWritten: "Extortion –Threat to Injure Person (2101)",
      explanation:
        'The source\'s dash and spacing are normalised to "Extortion - Threat to Injure Person".',
    },
  ),
  rule("L1-sex-offenses", 1, "Sex Offenses", [r(3601, 3699)], L1),
  rule("L1-cruelty-toward-child-wife", 1, "Cruelty Toward Child, Wife", [r(3802), r(3803)], L1),
  rule("L1-resisting-an-officer", 1, "Resisting an Officer", [r(4801)], L1),
  rule("L1-weapon", 1, "Weapon", [r(5201, 5203)], L1),
  rule("L1-hit-and-run", 1, "Hit and Run", [r(5401)], L1),
  rule("L1-drugs", 1, "Drugs", [DRUG_RANGE], `${L1}; DOMAIN.md D2`, {
    asWritten: "Drugs (Sentence >1 year)",
    explanation:
      "D2: Appendix A gives Drugs no codes; they are the NCIC dangerous-drug codes 3501-3599. " +
      "A sentence of more than one year is Level 1.",
  }),

  // Level 2 (MOA III.B.ii: minor drug and property offenses).
  rule("L2-arson", 2, "Arson", [r(2001, 2099)], L2, {
    explanation:
      "D1: Appendix A also lists 2099 under Military (0201, 2099), Level 3. In the NCIC list 2099 is " +
      "ARSON and 0299 is the military catch-all, so 2099 is Arson, Level 2, and Military is read as 0201 and 0299.",
  }),
  rule("L2-burglary", 2, "Burglary", [r(2201, 2299)], L2),
  rule("L2-larceny", 2, "Larceny", [r(2301, 2399)], L2),
  rule("L2-stolen-vehicles", 2, "Stolen Vehicles", [r(2401, 2411), r(2499)], L2),
  rule("L2-forgery", 2, "Forgery", [r(2501, 2599)], L2),
  rule("L2-fraud", 2, "Fraud", [r(2601, 2699)], L2),
  rule("L2-embezzlement", 2, "Embezzlement", [r(2701, 2799)], L2),
  rule("L2-stolen-property", 2, "Stolen Property", [r(2801, 2899)], L2),
  rule("L2-damage-property-w-explosive", 2, "Damage Property w/Explosive", [r(2904, 2906)], L2),
  rule("L2-traffic-offenses", 2, "Traffic Offenses", [r(5402, 5499)], L2),
  rule("L2-smuggling", 2, "Smuggling", [r(5801, 5899)], L2),
  rule("L2-money-laundering", 2, "Money Laundering", [r(6300)], L2),
  rule("L2-property-crimes", 2, "Property Crimes", [r(7199)], L2),
  rule("L2-drugs", 2, "Drugs", [DRUG_RANGE], `${L2}; DOMAIN.md D2`, {
    asWritten: "Drugs (Sentence < 1 year)",
    explanation:
      'D2: a sentence of one year or less is Level 2. The source says "< 1 year", but exactly one year ' +
      'is not "> 1 year", so it is Level 2 and the answer notes the boundary.',
  }),

  // Level 3 (MOA III.B.ii: other offenses).
  rule("L3-military", 3, "Military", [r(201), r(299)], `${L3}; DOMAIN.md D1`, {
    asWritten: "Military (0201, 2099)",
    explanation:
      "D1: Appendix A writes Military (0201, 2099), but 2099 is also inside Arson (2001-2099, Level 2) and " +
      "is ARSON in the NCIC list, while 0299 is the military catch-all: Military is read as 0201 and 0299.",
  }),
  rule("L3-immigration", 3, "Immigration", [r(301, 399)], L3),
  rule("L3-extortion", 3, "Extortion", [r(2102, 2199)], L3),
  rule("L3-damage-property", 3, "Damage Property", [r(2901, 2903)], L3),
  rule("L3-family-offenses", 3, "Family Offenses", [r(3801), r(3804, 3899)], L3),
  rule("L3-gambling", 3, "Gambling", [r(3901, 3999)], L3),
  rule("L3-commercialized-sex-offenses", 3, "Commercialized Sex Offenses", [r(4001, 4099)], L3),
  rule("L3-liquor", 3, "Liquor", [r(4101, 4199)], L3),
  rule("L3-obstructing-the-police", 3, "Obstructing the Police", [r(4802, 4899)], L3),
  rule("L3-bribery", 3, "Bribery", [r(5101, 5199)], L3),
  rule("L3-health-and-safety", 3, "Health and Safety", [r(5501, 5599)], L3),
  rule("L3-civil-rights", 3, "Civil Rights", [r(5699)], L3),
  rule("L3-invasion-of-privacy", 3, "Invasion of Privacy", [r(5701, 5799)], L3),
  rule("L3-elections-laws", 3, "Elections Laws", [r(5999)], L3),
  rule("L3-conservation", 3, "Conservation", [r(6201, 6299)], L3),
  rule("L3-public-order-crimes", 3, "Public Order Crimes", [r(7399)], L3),

  // Decisions that act as rules (DOMAIN.md section 2).
  rule("D2-drugs-pending-sentence", null, "Drugs", [DRUG_RANGE], "DOMAIN.md D2", {
    explanation:
      "D2: a drug offense's level depends on the sentence (more than one year: Level 1; one year or less: " +
      "Level 2). With no sentence known (a charge, or a conviction not yet sentenced) it stays pending, " +
      "candidates Level 1 and Level 2; it never silently picks one.",
  }),
  rule(
    "D3-other-offenses",
    3,
    OTHER_OFFENSES_CATEGORY,
    [],
    "DOMAIN.md D3; MOA III.B.ii (Level 3: other offenses)",
    {
      explanation:
        'D3: a well-formed code that no Appendix A entry lists is Level 3, "other offenses" (MOA III.B.ii). ' +
        "It has no ranges of its own: it is the default for every code the entries above leave out.",
    },
  ),
  rule("D8-unclassifiable", null, UNCLASSIFIABLE_CATEGORY, [r(9998), r(9999)], "DOMAIN.md D8", {
    explanation:
      "D8: 9998 (NONE) and 9999 (UNKNOWN) name no offense: unclassifiable, with no level, never Level 3.",
  }),
];

function deepFreeze(value: AppendixARule): AppendixARule {
  for (const range of value.ranges) Object.freeze(range);
  Object.freeze(value.ranges);
  return Object.freeze(value);
}

/** The Appendix A table and the decision rules, in the source's order (Level 1, 2, 3, then D2, D3, D8). */
export const APPENDIX_A_RULES: readonly AppendixARule[] = Object.freeze(rules.map(deepFreeze));

const byId = new Map(APPENDIX_A_RULES.map((x) => [x.id, x]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): AppendixARule | undefined {
  return byId.get(id);
}

/** A rule the table is known to hold (module-internal ids); throws only on a programming error. */
export function requireRule(id: string): AppendixARule {
  const found = byId.get(id);
  if (!found) throw new Error(`Appendix A table has no rule "${id}"`);
  return found;
}

/** A code as NCIC writes it: 4 digits, zero-padded (201 -> "0201"). */
export function formatCode(code: number): string {
  return String(code).padStart(4, "0");
}

/** "0901-0999", or "1602" for a one-code range. */
export function formatRange(range: CodeRange): string {
  return range.from === range.to
    ? formatCode(range.from)
    : `${formatCode(range.from)}-${formatCode(range.to)}`;
}

/** "2401-2411, 2499"; "(default)" for the D3 rule, which has no ranges of its own. */
export function formatRanges(ranges: readonly CodeRange[]): string {
  return ranges.length === 0 ? "(default)" : ranges.map(formatRange).join(", ");
}

/** True when the code (as a number) is one of the D2 drug codes. */
export function isDrugCode(code: number): boolean {
  return code >= DRUG_RANGE.from && code <= DRUG_RANGE.to;
}
