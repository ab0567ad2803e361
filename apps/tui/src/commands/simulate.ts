// `sc simulate`: a synthetic national workload through the API's deciders and
// durable storage (@sc/sim), on the embedded database in SC_DATA_DIR or on
// PostgreSQL at DATABASE_URL. Parses arguments, shows progress on stderr and
// the statistics (the API's statistics.summary) on stdout; every rule lives
// in core, every write goes through the API's flow.
import { writeFile } from "node:fs/promises";
import { Command, InvalidArgumentError } from "commander";
import { DataDirInUseError, type DbConfig } from "@sc/db";
import { embeddedDataDir } from "../api/data-dir";
import { startCountProgress } from "../csv/progress";
import { CliError } from "../errors";
import { statisticsCharts, statisticsLines } from "./reports";

interface SimulateOptions {
  readonly bookings: number;
  readonly days: number;
  readonly seed: number;
  readonly profile?: string;
  readonly states?: string[];
  readonly compare?: string;
  readonly workers: number;
  readonly batch: number;
  readonly json?: boolean;
  readonly report?: string;
  readonly quiet?: boolean;
}

const EXAMPLES = `
Examples:
  sc simulate --bookings 100000 --days 365 --seed 7                 the default profile, all states
  sc simulate --bookings 20000 --seed 7 --states VA NC TX --json    three states; JSON statistics on stdout
  sc simulate --bookings 20000 --seed 7 --compare packages/sim/profiles/what-if.json
  DATABASE_URL=postgres://... sc simulate --bookings 1000000 --workers 2 --report year.html

The same command again on the same data continues an interrupted run where the database
says it stopped (a kill -9 loses nothing committed and doubles nothing). A database holds
one run: use an empty SC_DATA_DIR (or DATABASE_URL) for another. --compare runs both
profiles in throw-away in-memory databases. Progress goes to stderr.

Exit codes: 0 done; 2 bad usage or input (a bad profile names the field); 1 anything unexpected.`;

function positiveInteger(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`${name} is a whole number from 1 to ${max.toLocaleString("en-US")}`);
    return n;
  };
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError("the seed is a whole number");
  return n;
}

function databaseConfig(): DbConfig {
  const url = process.env.DATABASE_URL;
  return url !== undefined && url !== "" ? { kind: "postgres", url } : { kind: "pglite", dataDir: embeddedDataDir() };
}

export function simulateCommand(): Command {
  return new Command("simulate")
    .description("Simulate bookings across the country under a profile (volumes, NFF states, match rate, levels, answer times, what-if timeline), through the same deciders and storage as the API.")
    .requiredOption("--bookings <N>", "how many bookings", positiveInteger("--bookings", 50_000_000))
    .option("--days <D>", "over how many days", positiveInteger("--days", 36_500), 365)
    .option("--seed <S>", "the seed: the same seed and profile give the same statistics", integer, 1)
    .option("--profile <file>", "a profile JSON file (default: packages/sim/profiles/default.json)")
    .option("--states <XX...>", "only these states (two-letter codes)")
    .option("--compare <file>", "also run this profile on the same seed and show both side by side")
    .option("--workers <K>", "split the states over K processes (PostgreSQL only)", positiveInteger("--workers", 64), 1)
    .option("--batch <N>", "bookings per committed batch", positiveInteger("--batch", 10_000), 500)
    .option("--json", "print JSON: the run and the API's statistics (with --compare: both and the differences)")
    .option("--report <file>", "also write a self-contained HTML report with charts")
    .option("-q, --quiet", "no progress on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (options: SimulateOptions) => {
      const sim = await import("@sc/sim");
      const out = process.stdout;
      // Progress starts with the first batch's report, so the rate leaves out opening and preparing the database.
      let stop = (): void => undefined;
      const count = { done: 0, total: 0, before: 0 };
      if (options.quiet !== true) process.stderr.write("preparing the simulated world...\n");
      const onProgress = (done: number, total: number) => {
        if (options.quiet !== true && count.total === 0) {
          count.before = done;
          stop = startCountProgress(() => count, "bookings", process.stderr);
        }
        count.done = done;
        count.total = total;
      };
      const states = options.states?.map((s) => s.toUpperCase());
      const parameters = { bookings: options.bookings, days: options.days, seed: options.seed, ...(states === undefined ? {} : { states }) };
      try {
        const profile = sim.loadProfile(options.profile ?? sim.DEFAULT_PROFILE);
        if (options.compare !== undefined) {
          const comparison = await sim.compareRuns({ base: profile, other: sim.loadProfile(options.compare), parameters, batchSize: options.batch, onProgress });
          stop();
          if (options.report !== undefined) await writeFile(options.report, sim.comparisonReport(comparison));
          if (options.json === true) out.write(`${JSON.stringify(comparison, null, 2)}\n`);
          else {
            const { printTable } = await import("../ui/oneshot");
            const cell = (v: number | null) => (v === null ? "-" : v.toLocaleString("en-US", { maximumFractionDigits: 4 }));
            out.write(`${comparison.base.profile}  vs  ${comparison.other.profile}  (seed ${options.seed}, ${options.bookings.toLocaleString("en-US")} bookings each)\n`);
            printTable(
              [{ header: "figure" }, { header: "base" }, { header: "other" }, { header: "difference" }],
              comparison.figures.map((f) => [f.figure, cell(f.base), cell(f.other), f.difference === null ? "-" : `${f.difference > 0 ? "+" : ""}${cell(f.difference)}`]),
              out,
            );
          }
          return;
        }
        const result = await sim.simulate({ profile, parameters, database: databaseConfig(), workers: options.workers, batchSize: options.batch, onProgress });
        stop();
        if (options.report !== undefined) await writeFile(options.report, sim.runReport(result));
        if (options.json === true) {
          out.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        const { printBars, printLines } = await import("../ui/oneshot");
        printLines([`${result.profile}: ${result.bookings.toLocaleString("en-US")} bookings over ${result.days} days (seed ${result.seed}), ${result.states.length} states`, ...statisticsLines(result.statistics)], out);
        printBars(statisticsCharts(result.statistics), out);
      } catch (error) {
        stop();
        if (error instanceof sim.SimulationError || error instanceof DataDirInUseError) throw new CliError(error.message);
        throw error;
      }
    });
}
