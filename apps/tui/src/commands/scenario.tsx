// `sc scenario FILE.json`: run a scenario (a world and a timeline) through the
// pure runner in @sc/core and print each booking's trace as an arrow list, the
// MOA states and the statistics; --json prints them as JSON. A malformed
// scenario is listed problem by problem, by path, with exit code 2.
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { CliError, EXIT_USAGE, describeError } from "../errors";

interface ScenarioOptions {
  readonly json?: boolean;
  readonly events?: boolean;
  readonly check?: boolean;
  readonly state?: string;
  readonly ori?: string;
  readonly from?: string;
  readonly to?: string;
}

const HELP = `
Examples:
  sc scenario packages/core/scenarios/01-standard-match.json
  sc scenario my-world.json --json | jq '.statistics'
  sc scenario packages/core/scenarios/05-suspended-moa.json --check
  sc scenario my-world.json --state VA --from 2026-03-01T00:00:00Z --to 2026-04-01T00:00:00Z

Statistics filters (DOMAIN section 5: counts over any period, state and agency)
select the bookings the printed statistics count; traces are printed in full.

The format is described in packages/core/README.md, "Scenarios (src/scenario): the format".
Exit codes: 0 done; 2 the file is missing, not JSON, or not a valid scenario
(the first 50 problems are listed by path, then a count of the rest); 1 with
--check, when an expectation is not met. With --check, a scenario whose
expect.invalid names its problems exits 0 when it is invalid as expected.`;

export function scenarioCommand(): Command {
  return new Command("scenario")
    .description("Run a scenario (world + timeline) through the IDENT/IAFIS flow: traces per booking, MOA states and statistics.")
    .argument("<file>", 'scenario JSON file ("-" = stdin)')
    .option("--json", "print the result as JSON")
    .option("--events", "with --json: include each booking's events")
    .option("--check", "check the scenario's `expect` block; exit 1 if it is not met")
    .option("--state <code>", "statistics of the bookings in this state only")
    .option("--ori <ori>", "statistics of this agency's bookings only")
    .option("--from <instant>", "statistics of bookings booked at or after this UTC instant")
    .option("--to <instant>", "statistics of bookings booked before this UTC instant")
    .addHelpText("after", HELP)
    .action(async (file: string, options: ScenarioOptions) => {
      // The whole domain loads only when a scenario runs, so `sc classify` starts fast.
      const {
        checkExpectations,
        checkExpectedProblems,
        computeStatistics,
        expectedProblemsOf,
        formatProblemList,
        formatScenarioResult,
        parseScenarioText,
        periodEndsBeforeItStarts,
        ProgramStatisticsFilter,
        runValidScenario,
        scenarioResultJson,
        validateScenario,
      } = await import("@sc/core");
      const wanted = { state: options.state, ori: options.ori, from: options.from, to: options.to };
      const filter = ProgramStatisticsFilter.safeParse(Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined)));
      if (!filter.success) {
        const issue = filter.error.issues[0];
        throw new CliError(`--${String(issue?.path[0] ?? "filter")}: ${issue?.message ?? "invalid"}`);
      }
      if (periodEndsBeforeItStarts(filter.data)) throw new CliError(`--to: ${filter.data.to ?? ""} is before --from ${filter.data.from ?? ""}`);
      let text: string;
      try {
        text = file === "-" ? await readStdin() : await readFile(file, "utf8");
      } catch (error) {
        // A missing or unreadable file is bad input (exit 2), said in one line.
        throw new CliError(`cannot read ${file}: ${describeError(error)}`);
      }
      // core reads the text: a byte-order mark is skipped, a syntax error named by line and column.
      const json = parseScenarioText(text);
      if (!json.ok) throw new CliError(`${file} is ${json.problems.map((p) => p.message).join("; ")}`);
      const raw = json.value;
      const validation = validateScenario(raw);
      if (!validation.ok) {
        process.stderr.write(`sc: ${file} is not a valid scenario (${validation.problems.length} problem${validation.problems.length === 1 ? "" : "s"}):\n`);
        process.stderr.write(`${indent(formatProblemList(validation.problems))}\n`);
        // A scenario expected to be invalid (expect.invalid) meets its expectation by failing as it says.
        const expected = options.check === true ? expectedProblemsOf(raw) : null;
        if (expected === null) {
          process.exitCode = EXIT_USAGE;
          return;
        }
        const missing = checkExpectedProblems(validation.problems, expected);
        const out = options.json === true ? process.stderr : process.stdout;
        out.write(missing.length === 0 ? "\nExpectations: all met (the scenario is invalid, as expected).\n" : `\nExpectations NOT met:\n${indent(missing.join("\n"))}\n`);
        process.exitCode = missing.length === 0 ? 0 : 1;
        return;
      }
      const run = runValidScenario(validation.scenario);
      const filtered = Object.keys(filter.data).length > 0;
      // The expectations speak of the whole run; the filter narrows only what is printed.
      const result = filtered ? { ...run, statistics: computeStatistics(run.bookings.map((b) => b.booking), filter.data) } : run;
      const expectation = validation.scenario.expect;
      const unmet = options.check === true && expectation !== undefined ? checkExpectations(run, expectation) : [];
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify(scenarioResultJson(result, { events: options.events === true }), null, 2)}\n`);
        // stdout stays pure JSON; what --check found goes to stderr.
        if (unmet.length > 0) process.stderr.write(`Expectations NOT met:\n${indent(unmet.join("\n"))}\n`);
      } else {
        process.stdout.write(`${formatScenarioResult(result)}\n`);
        if (options.check === true) {
          process.stdout.write(
            expectation === undefined
              ? "\nExpectations: none stated in the scenario.\n"
              : unmet.length === 0
                ? "\nExpectations: all met.\n"
                : `\nExpectations NOT met:\n${indent(unmet.join("\n"))}\n`,
          );
        }
      }
      if (unmet.length > 0) process.exitCode = 1;
    });
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
