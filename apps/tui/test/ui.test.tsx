// The renderers, driven through ink-testing-library.
import { APPENDIX_A_RULES, classifyInput, ncicCoverage } from "@sc/core/classification";
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { ClassificationTable, levelText } from "../src/ui/ClassificationTable";
import { CodesView } from "../src/ui/CodesView";
import { CsvSummary } from "../src/ui/CsvSummary";
import { emptyStats } from "@sc/classify-csv";

describe("ClassificationTable", () => {
  it("shows code, NCIC literal, level, category, status, rule and notes", () => {
    const { lastFrame } = render(<ClassificationTable classifications={[classifyInput("0901"), classifyInput("3562"), classifyInput("12a4")]} width={100} />);
    const frame = lastFrame() ?? "";
    expect(frame).toMatch(/code\s+NCIC literal\s+level\s+category\s+status\s+rule\s+notes/);
    const line = (code: string) => frame.split("\n").find((l) => l.startsWith(code)) ?? "";
    // At 100 columns the literal wraps inside its column; the first line holds the other cells.
    expect(line("0901")).toMatch(/^0901\s+HOMICIDE -\s+1\s+Homicide\s+classified\s+L1-homicide/);
    // Cells break between words or after a hyphen, never inside a word.
    expect(frame).toMatch(/KILL-FAMILY-GUN|KILL-\s*\n\s*FAMILY-GUN/);
    // D2: no sentence, both levels still possible.
    expect(line("3562")).toMatch(/^3562\s+MARIJUANA -\s+1 or 2\s+Drugs\s+pending-sentence/);
    expect(line("12a4")).toMatch(/^12a4\s+-\s+-\s+-\s+invalid\s+-\s+the offense code/);
    expect(frame).toContain("12a4\"");
  });

  it("wraps long notes inside their column on a narrow terminal", () => {
    const { lastFrame } = render(<ClassificationTable classifications={[classifyInput("2099")]} width={100} />);
    const lines = (lastFrame() ?? "").split("\n");
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
  });

  it("writes the level as candidates while pending and '-' when there is none", () => {
    expect(levelText(classifyInput("3562"))).toBe("1 or 2");
    expect(levelText(classifyInput("3562", "2y"))).toBe("1");
    expect(levelText(classifyInput("9998"))).toBe("-");
  });
});

describe("CodesView", () => {
  it("prints every Appendix A rule and marks the D9 defaults", () => {
    // ink-testing-library's terminal is 100 columns wide.
    const { lastFrame } = render(<CodesView rules={APPENDIX_A_RULES} coverage={ncicCoverage()} width={100} />);
    const frame = lastFrame() ?? "";
    expect(frame.split("\n").every((line) => line.length <= 100)).toBe(true);
    expect(frame).toMatch(/1\s+Homicide\s+0901-0999\s+MOA Appendix A, Level 1/);
    expect(frame).toMatch(/6401\s+3\s+D9\s+Other offenses/);
    expect(frame).toMatch(/0901\s+1\s+Homicide/);
    // Long rule ids wrap inside their column; every rule's row starts with its level and category.
    for (const rule of APPENDIX_A_RULES) expect(frame).toContain(rule.id.slice(0, 12));
  });
});

describe("CsvSummary", () => {
  it("counts rows by level and by status", () => {
    const stats = emptyStats();
    stats.rows = 5;
    stats.byLevel["1"] = 3;
    stats.byLevel.none = 2;
    stats.byStatus.classified = 3;
    stats.byStatus.invalid = 2;
    const { lastFrame } = render(<CsvSummary stats={stats} seconds={2} classified />);
    const frame = lastFrame() ?? "";
    expect(frame).toContain("5 rows in 2.0 s (3 rows/s)");
    expect(frame).toMatch(/Level 1\s+3/);
    expect(frame).toMatch(/invalid\s+2/);
  });
});

describe("Table at 80 columns", () => {
  it("breaks cells between words and after hyphens, never inside a word (was classifie/d)", () => {
    const { lastFrame } = render(<ClassificationTable classifications={[classifyInput("0901"), classifyInput("3562"), classifyInput("2399")]} width={80} />);
    const frame = lastFrame() ?? "";
    expect(frame.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect(frame).toMatch(/\bclassified\b/);
    expect(frame).not.toMatch(/classifie\s*$/m);
    expect(frame).toMatch(/pending-\s+D2-/); // "pending-sentence" breaks at its hyphen
    const words = frame.split(/[\s│─]+/).filter(Boolean);
    expect(words).toContain("Homicide");
    expect(words).toContain("LARCENY");
  });
});
