// The generated module must equal data/ncic-offense-codes.csv (tests may read
// files; core itself may not). Regenerate with `npx tsx scripts/generate-ncic.ts`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NCIC_OFFENSE_CODES } from "./ncic-codes";

const csv = readFileSync(new URL("../../data/ncic-offense-codes.csv", import.meta.url), "utf8");

/** A second, independent reading of the CSV: split on the first comma, strip the quotes. */
function readCsv(text: string): [string, string][] {
  const [header, ...lines] = text.trimEnd().split("\n");
  expect(header).toBe("code,literal");
  return lines.map((line) => {
    const comma = line.indexOf(",");
    const literal = line.slice(comma + 1);
    expect(literal.startsWith('"') && literal.endsWith('"'), line).toBe(true);
    return [line.slice(0, comma), literal.slice(1, -1).replaceAll('""', '"')];
  });
}

describe("NCIC_OFFENSE_CODES", () => {
  it("equals data/ncic-offense-codes.csv, row for row and in order", () => {
    expect([...NCIC_OFFENSE_CODES]).toEqual(readCsv(csv));
  });

  it("holds the 460 codes of the demo list, each exactly 4 digits", () => {
    expect(NCIC_OFFENSE_CODES.size).toBe(460);
    for (const code of NCIC_OFFENSE_CODES.keys()) expect(code).toMatch(/^\d{4}$/);
  });

  it.each([
    ["0901", "HOMICIDE - WILLFUL KILL-FAMILY-GUN"],
    ["2609", "FRAUD AND ABUSE, COMPUTER"],
    ["9998", "NONE"],
    ["9999", "UNKNOWN"],
  ])("%s is %s", (code, literal) => {
    expect(NCIC_OFFENSE_CODES.get(code)).toBe(literal);
  });
});
