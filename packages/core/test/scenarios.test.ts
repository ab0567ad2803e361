// Every example in scenarios/ runs, and shows what it says it shows (its
// `expect` block, checked by checkExpectations). Reads files, so it lives in
// test/, outside the pure src/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkExpectations, runValidScenario, validateScenario } from "../src/scenario";

const dir = join(import.meta.dirname, "..", "scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

describe("example scenarios", () => {
  it("ships at least 8 examples", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)("%s runs and shows its expected outcomes", (file) => {
    const v = validateScenario(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    const expectation = v.scenario.expect;
    if (expectation === undefined) throw new Error(`${file} states no expected outcomes`);
    expect(checkExpectations(runValidScenario(v.scenario), expectation)).toEqual([]);
  });
});
