// `sc classify --csv`: the real CLI over small files.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classifyInput } from "@sc/core/classification";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSc, STACK_LINE } from "./runSc";

// id, ncic, sentence_days, remarks: levels 1-3, D2 pending / boundary, D8, bad code, bad sentence,
// quoted fields with a comma, a quote and a newline. Written the way csv-stringify writes, so the
// pass-through run must give it back byte for byte.
const ROWS: readonly (readonly string[])[] = [
  ["1", "0901", "", "homicide"],
  ["2", "2301", "", "larceny, with a comma"],
  ["3", "0299", "", 'military "quoted"'],
  ["4", "3562", "", "drug, no sentence\nsecond line"],
  ["5", "3562", "18m", "drug, 18 months"],
  ["6", "3562", "365", "drug, exactly a year"],
  ["7", "9999", "", "unknown"],
  ["8", "12a4", "", "bad code"],
  ["9", "3562", "-5", "bad sentence"],
  ["10", "6401", "", "D9 default"],
];
const HEADER = ["id", "ncic", "sentence_days", "remarks"];
const INPUT = stringify([HEADER, ...ROWS]);

/** What core says for a row; the CLI must only copy it into the four cells. */
function cellsFromCore(code: string, sentence: string): string[] {
  const c = classifyInput(code, sentence === "" ? null : sentence);
  return [c.level === null ? "" : String(c.level), c.category ?? "", c.status, c.notes.join("; ")];
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sc-test-"));
  await writeFile(join(dir, "in.csv"), INPUT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent("sc classify --csv", () => {
  it("keeps every row and column and appends sc_level, sc_category, sc_status, sc_note", async () => {
    const out = join(dir, "out.csv");
    const run = await runSc(["classify", "--csv", join(dir, "in.csv"), "--out", out, "--code-column", "ncic", "--sentence-column", "sentence_days"]);
    expect(run.code).toBe(0);
    const expected = stringify([[...HEADER, "sc_level", "sc_category", "sc_status", "sc_note"], ...ROWS.map((row) => [...row, ...cellsFromCore(row[1] ?? "", row[2] ?? "")])]);
    expect(await readFile(out, "utf8")).toBe(expected);
    // Spot checks that do not depend on core's wording.
    expect(expected).toContain('1,0901,,homicide,1,Homicide,classified,\n');
    expect(expected).toContain('2,2301,,"larceny, with a comma",2,Larceny,classified,\n');
    expect(expected).toContain('"drug, no sentence\nsecond line",,Drugs,pending-sentence,');
    expect(expected).toMatch(/\n7,9999,,unknown,,[^,]*,unclassifiable,/);
    expect(expected).toMatch(/\n8,12a4,,bad code,,,invalid,"[^\n]*12a4/);
    expect(expected).toMatch(/\n9,3562,-5,bad sentence,,,invalid,[^\n]*negative/);
    // The summary goes to stderr, by level and by status.
    expect(run.stderr).toMatch(/10 rows in/);
    expect(run.stderr).toMatch(/Level 1\s+2\b/);
    expect(run.stderr).toMatch(/Level 3\s+2\b/);
    expect(run.stderr).toMatch(/invalid\s+2\b/);
  });

  it("reads stdin and writes stdout with -", async () => {
    const run = await runSc(["classify", "--csv", "-", "--out", "-", "--code-column", "ncic", "-q"], INPUT);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("id,ncic,sentence_days,remarks,sc_level,sc_category,sc_status,sc_note");
    expect(lines[1]).toBe("1,0901,,homicide,1,Homicide,classified,");
    // No --sentence-column: every sentence is unknown, so 18m does not count.
    expect(run.stdout).toContain("5,3562,18m,\"drug, 18 months\",,Drugs,pending-sentence,");
  });

  it("passes rows through unchanged with the hidden --no-classify (the benchmark baseline)", async () => {
    const run = await runSc(["classify", "--csv", "-", "--no-classify", "-q"], INPUT);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(INPUT);
  });

  it("keeps a UTF-8 BOM, CRLF input and ragged rows without stopping", async () => {
    const input = "\uFEFFncic,remarks\r\n0901,a\r\n2301\r\n0299,b,extra\r\n1201,\"x\r\ny\"\r\n";
    const run = await runSc(["classify", "--csv", "-", "-q"], input);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFFncic,remarks,sc_level")).toBe(true);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("0901,a,1,Homicide,classified,");
    // Short row: padded to the header's width, marked invalid, the note says why.
    expect(lines[2]).toBe("2301,,,,invalid,record 2 has 1 fields but the header has 2; not classified");
    expect(lines[3]).toBe("0299,b,extra,,,invalid,record 3 has 3 fields but the header has 2; not classified");
    expect(run.stdout).toContain('1201,"x\r\ny",1,Robbery,classified,');
  });

  it("names an unknown column, lists the header's columns and exits 2", async () => {
    const out = join(dir, "never.csv");
    const run = await runSc(["classify", "--csv", join(dir, "in.csv"), "--out", out, "--code-column", "offense"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--code-column "offense" is not a column of the input');
    expect(run.stderr).toContain('"id", "ncic", "sentence_days", "remarks"');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it("says a missing file is missing, without a stack trace", async () => {
    const run = await runSc(["classify", "--csv", join(dir, "missing.csv"), "--out", join(dir, "x.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`sc: cannot read --csv ${join(dir, "missing.csv")}: no such file`);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
  });

  it("reports a broken CSV (an unclosed quote) in one line and exits 2", async () => {
    const run = await runSc(["classify", "--csv", "-", "-q"], 'ncic,remarks\n0901,"never closed\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sc: stdin: .*quote/i);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
