// `sc classify CODE...`, `sc codes` and the help: the real CLI.
import { ncicCodesByDefault } from "@sc/core/classification";
import { describe, expect, it } from "vitest";
import { runSc, STACK_LINE } from "./runSc";

describe.concurrent("sc classify CODE...", () => {
  it("prints JSON with the right levels, --sentence applying to every code", async () => {
    const run = await runSc(["classify", "0901", "2301", "0299", "3562", "9999", "--json"]);
    expect(run.code).toBe(0);
    const answers = JSON.parse(run.stdout) as { code: string; level: number | null; status: string; rule: string | null }[];
    expect(answers.map((a) => [a.code, a.level, a.status])).toEqual([
      ["0901", 1, "classified"],
      ["2301", 2, "classified"],
      ["0299", 3, "classified"],
      ["3562", null, "pending-sentence"],
      ["9999", null, "unclassifiable"],
    ]);
    expect(answers[0]?.rule).toBe("L1-homicide");

    const sentenced = await runSc(["classify", "3562", "3530", "--sentence", "18m", "--json"]);
    expect((JSON.parse(sentenced.stdout) as { level: number }[]).map((a) => a.level)).toEqual([1, 1]);
  });

  it("prints a table, and exits 2 when a code is invalid", async () => {
    const run = await runSc(["classify", "0901", "12a4"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/code\s+NCIC literal\s+level\s+category\s+status\s+rule\s+notes/);
    expect(run.stdout).toMatch(/0901\s+HOMICIDE - WILLFUL KILL-FAMILY-GUN\s+1\s+Homicide\s+classified\s+L1-homicide/);
    expect(run.stdout).toMatch(/12a4\s+-\s+-\s+-\s+invalid/);
  });

  it("refuses a bad --sentence once, clearly", async () => {
    const run = await runSc(["classify", "3562", "--sentence", "life"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sc: --sentence: .*life/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("asks for codes or --csv when given neither", async () => {
    const run = await runSc(["classify"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("give one or more NCIC codes, or --csv FILE");
  });
});

describe.concurrent("sc codes and help", () => {
  interface CodesJson {
    rules: { id: string; level: number | null; category: string }[];
    coverage: { code: string; level: number | null; byDefault: boolean }[];
  }

  it("--json lists the rules and every D9 default code", async () => {
    const run = await runSc(["codes", "--json"]);
    expect(run.code).toBe(0);
    const { rules, coverage } = JSON.parse(run.stdout) as CodesJson;
    expect(coverage.length).toBeGreaterThan(400);
    expect(rules.some((r) => r.id === "L1-homicide" && r.level === 1)).toBe(true);
    const defaults = coverage.filter((row) => row.byDefault).map((row) => row.code);
    expect(defaults).toContain("6401");
    expect(defaults).toEqual(ncicCodesByDefault().map((row) => row.code));
    expect(coverage.find((row) => row.code === "0901")?.byDefault).toBe(false);
  });

  it("documents the commands and the CSV columns in --help", async () => {
    const [top, classify] = await Promise.all([runSc(["--help"]), runSc(["classify", "--help"])]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/classify/);
    expect(top.stdout).toMatch(/codes/);
    expect(classify.stdout).toContain("--sentence-column <name>");
    expect(classify.stdout).toContain("sc_level");
    expect(classify.stdout).not.toContain("--no-classify");
  });

  it("rejects an unknown option with exit code 2", async () => {
    const run = await runSc(["classify", "--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });
});
