// A scenario expected to be invalid (`expect.invalid`): a trainer's example of
// a mistake, with the problem the validator must find. It does not run.
import type { Problem } from "../reference/problem";
import { scenarioErrorMap } from "./messages";
import { ScenarioExpectation, type ExpectedProblem } from "./schema";

/** The problems an invalid scenario's file expects, if its `expect` block says so and can be read; else null. */
export function expectedProblemsOf(raw: unknown): readonly ExpectedProblem[] | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const parsed = ScenarioExpectation.safeParse((raw as Record<string, unknown>)["expect"], { error: scenarioErrorMap });
  return parsed.success && parsed.data.invalid !== undefined ? parsed.data.invalid : null;
}

function describeExpected(e: ExpectedProblem): string {
  return `${e.path === "" ? "(scenario)" : e.path}${e.contains === undefined ? "" : ` containing "${e.contains}"`}`;
}

/** The expected problems the validator did not find, as text (at least these: more problems are allowed). */
export function checkExpectedProblems(problems: readonly Problem[], expected: readonly ExpectedProblem[]): string[] {
  return expected
    .filter((e) => !problems.some((p) => p.path === e.path && (e.contains === undefined || p.message.includes(e.contains))))
    .map((e) => `expected a problem at ${describeExpected(e)}, found none${problems.some((p) => p.path === e.path) ? ` (at that path: ${problems.filter((p) => p.path === e.path).map((p) => JSON.stringify(p.message)).join(", ")})` : ""}`);
}
