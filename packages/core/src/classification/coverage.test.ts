// DOMAIN D9: every known NCIC code with its answer, and which reach Level 3 only by the D3 default.
import { describe, expect, it } from "vitest";
import { ncicCodesByDefault, ncicCoverage } from "./coverage";
import { NCIC_OFFENSE_CODES } from "./ncic-codes";

describe("D9: ncicCoverage", () => {
  it("lists every known NCIC code once, in code order", () => {
    const codes = ncicCoverage().map((row) => row.code);
    expect(codes).toHaveLength(NCIC_OFFENSE_CODES.size);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("lists 6401-6499 (sexual exploitation of minors) as Level 3 by default", () => {
    const rows = ncicCoverage().filter((row) => row.code >= "6401" && row.code <= "6499");
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(row).toMatchObject({ level: 3, byDefault: true, ruleId: "D3-other-offenses" });
    }
    expect(rows[0]?.literal).toBe("SEXUAL EXPLOITATION OF MINOR-MATERIAL-TRANSPORT");
  });

  it.each([
    ["0901", { level: 1, byDefault: false, category: "Homicide", ruleId: "L1-homicide" }],
    ["7399", { level: 3, byDefault: false, category: "Public Order Crimes" }],
    ["1401", { level: 3, byDefault: true, category: "Other offenses (not listed in Appendix A)" }],
    ["3562", { status: "pending-sentence", level: null, candidates: [1, 2], byDefault: false }],
    ["9999", { status: "unclassifiable", level: null, byDefault: false }],
  ])("%s: %o", (code, expected) => {
    expect(ncicCoverage().find((row) => row.code === code)).toMatchObject(expected);
  });

  it("ncicCodesByDefault holds exactly the byDefault rows, all Level 3", () => {
    const byDefault = ncicCodesByDefault();
    expect(byDefault.length).toBeGreaterThan(11);
    expect(byDefault.every((row) => row.byDefault && row.level === 3)).toBe(true);
    expect(byDefault.map((row) => row.code)).toEqual(
      expect.arrayContaining(["1401", "3701", "4901", "5001", "6101", "6401"]),
    );
  });
});
