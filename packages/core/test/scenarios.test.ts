// Every example in scenarios/ runs, and shows what it says it shows (its
// `expect` block, checked by checkExpectations), or, when it says it is
// invalid (expect.invalid), is refused with the problems it names. Reads
// files, so it lives in test/, outside the pure src/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkExpectations, checkExpectedProblems, expectedProblemsOf, parseScenarioText, runValidScenario, validateScenario } from "../src/scenario";

const dir = join(import.meta.dirname, "..", "scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const raw = (file: string): unknown => {
  const text = parseScenarioText(readFileSync(join(dir, file), "utf8"));
  if (!text.ok) throw new Error(text.problems.map((p) => p.message).join("\n"));
  return text.value;
};

describe("example scenarios", () => {
  it("ships twelve examples, as the READMEs say", () => {
    expect(files).toHaveLength(12);
  });

  it.each(files)("%s runs and shows its expected outcomes", (file) => {
    const scenario = raw(file);
    const v = validateScenario(scenario);
    if (!v.ok) {
      const expected = expectedProblemsOf(scenario);
      if (expected === null) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
      expect(checkExpectedProblems(v.problems, expected)).toEqual([]);
      return;
    }
    const expectation = v.scenario.expect;
    if (expectation === undefined) throw new Error(`${file} states no expected outcomes`);
    expect(checkExpectations(runValidScenario(v.scenario), expectation)).toEqual([]);
  });

  // Issue 15: each expectation kind it adds is shown by at least one example.
  const kinds: [string, (e: Record<string, unknown>) => boolean][] = [
    ["invalid", (e) => e["invalid"] !== undefined],
    ["refusalsInclude with citing", (e) => JSON.stringify(e["refusalsInclude"] ?? []).includes('"citing"')],
    ["moasAt", (e) => e["moasAt"] !== undefined],
    ["moas with modifications, disputes and releases", (e) => /"modifications".*"disputes".*"releases"/.test(JSON.stringify(e["moas"] ?? {}))],
    ["leas", (e) => e["leas"] !== undefined],
    ["leasAt", (e) => e["leasAt"] !== undefined],
    ["bookings.withheld (step and instant)", (e) => /"withheld":\{"step":"[A-Z_]+","at"/.test(JSON.stringify(e["bookings"] ?? {}))],
    ["bookings.priorityHistory", (e) => JSON.stringify(e["bookings"] ?? {}).includes('"priorityHistory"')],
    ["bookings.responseTimes", (e) => JSON.stringify(e["bookings"] ?? {}).includes('"responseTimes"')],
    ["statistics.subjectsByLevel pending-sentence", (e) => JSON.stringify(e["statistics"] ?? {}).includes('"pending-sentence":1')],
  ];
  it.each(kinds)("some example uses %s", (_kind, uses) => {
    const users = files.filter((f) => {
      const scenario = raw(f) as { expect?: Record<string, unknown> };
      return scenario.expect !== undefined && uses(scenario.expect);
    });
    expect(users.length).toBeGreaterThan(0);
  });
});
