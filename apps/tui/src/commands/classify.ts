// `sc classify`: NCIC codes on the command line (a table or JSON), or a CSV file streamed through
// Appendix A. Parses arguments and renders; every rule lives in @sc/core.
import { unlink } from "node:fs/promises";
import { Command, Option } from "commander";
import { classifyInput, parseSentence, type Classification } from "@sc/core/classification";
import { CliError } from "../errors";
import { classifyCsv, CsvInputError, emptyStats } from "@sc/classify-csv";
import { openCsvEnds, STDIO } from "../csv/openStreams";
import { startProgress } from "../csv/progress";

export interface ClassifyOptions {
  readonly sentence?: string;
  readonly json?: boolean;
  readonly csv?: string;
  readonly out: string;
  readonly codeColumn: string;
  readonly sentenceColumn?: string;
  readonly quiet?: boolean;
  /** Hidden `--no-classify`: pass rows through unchanged (the benchmark's baseline). */
  readonly classify: boolean;
}

const EXAMPLES = `
Examples:
  sc classify 0901 3562 --sentence 18m     a table; --sentence applies to every code given
  sc classify 3562 --json                  JSON: an array of classifications
  sc classify --csv in.csv --out out.csv --code-column ncic --sentence-column sentence_days
  cat in.csv | sc classify --csv - --code-column ncic > out.csv

CSV: every input row and column is kept unchanged and in order; four columns are added:
  sc_level (empty when there is none), sc_category, sc_status, sc_note (notes joined with "; ").
  A bad code or sentence marks its row "invalid" and the run goes on. Sentence cells hold days
  (400) or a length (400d, 18m, 2y); an empty cell means the sentence is unknown.
  Progress and a summary go to stderr.

Exit codes: 0 done; 2 bad usage or input (unknown column, missing file, an invalid code given on
the command line); 1 anything unexpected.`;

export function classifyCommand(): Command {
  return new Command("classify")
    .description("Classify NCIC offense codes by MOA Appendix A (Level 1, 2 or 3), explaining which rule decided.")
    .argument("[codes...]", "NCIC offense codes, 4 digits each (e.g. 0901 3562)")
    .option("-s, --sentence <length>", "sentence length for every code given: days (400) or 400d, 18m, 2y")
    .option("--json", "print JSON (an array of classifications) instead of a table")
    .option("--csv <file>", 'classify the rows of a CSV file ("-" = stdin) instead of codes')
    .option("--out <file>", 'where the classified CSV goes ("-" = stdout)', STDIO)
    .option("--code-column <name>", "the CSV column holding the NCIC code", "ncic")
    .option("--sentence-column <name>", "the CSV column holding the sentence length (optional)")
    .option("-q, --quiet", "with --csv: no progress or summary on stderr")
    .addOption(new Option("--no-classify", "with --csv: pass rows through unclassified (benchmark baseline)").hideHelp())
    .addHelpText("after", EXAMPLES)
    .action(async (codes: string[], options: ClassifyOptions) => {
      if (options.csv !== undefined) {
        if (codes.length > 0) throw new CliError("give either codes or --csv FILE, not both");
        if (options.sentence !== undefined) throw new CliError("--sentence is for codes on the command line; with --csv use --sentence-column");
        if (options.json === true) throw new CliError("--json is for codes on the command line; --csv writes CSV");
        await classifyCsvFile(options.csv, options);
        return;
      }
      if (codes.length === 0) throw new CliError("give one or more NCIC codes, or --csv FILE (see sc classify --help)");
      await classifyCodes(codes, options);
    });
}

async function classifyCodes(codes: readonly string[], options: ClassifyOptions): Promise<void> {
  // A bad --sentence is one mistake about the whole command, not one per code: say it once.
  if (options.sentence !== undefined) {
    const parsed = parseSentence(options.sentence);
    if (!parsed.ok) throw new CliError(`--sentence: ${parsed.error}`);
  }
  const classifications = codes.map((code) => classifyInput(code, options.sentence ?? null));
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify(classifications.map(toJson), null, 2)}\n`);
  } else {
    const { printClassifications } = await import("../ui/output");
    printClassifications(classifications, process.stdout);
  }
  // D4: an invalid code is an error that says what was wrong; the answer is still printed.
  if (classifications.some((c) => c.status === "invalid")) process.exitCode = 2;
}

/** JSON shape (README): the Classification with `rule` shortened to its id. */
export type ClassificationJson = Omit<Classification, "rule"> & { readonly rule: string | null };

export function toJson(classification: Classification): ClassificationJson {
  return { ...classification, rule: classification.rule?.id ?? null };
}

async function classifyCsvFile(inPath: string, options: ClassifyOptions): Promise<void> {
  const ends = await openCsvEnds(inPath, options.out);
  const stats = emptyStats();
  const quiet = options.quiet === true;
  const stopProgress = quiet ? () => undefined : startProgress(stats, process.stderr);
  const started = performance.now();
  try {
    await classifyCsv({
      input: ends.input,
      output: ends.output,
      inputName: ends.inputName,
      codeColumn: options.codeColumn,
      ...(options.sentenceColumn === undefined ? {} : { sentenceColumn: options.sentenceColumn }),
      classify: options.classify,
      stats,
    });
  } catch (error) {
    // Leave no half-written file that looks like a result.
    if (ends.outputPath !== undefined) await unlink(ends.outputPath).catch(() => undefined);
    // The input's fault is bad input (exit 2), said as the package words it.
    throw error instanceof CsvInputError ? new CliError(error.message) : error;
  } finally {
    stopProgress();
  }
  if (!quiet) {
    const seconds = (performance.now() - started) / 1000;
    const { printCsvSummary } = await import("../ui/output");
    printCsvSummary({ stats, seconds, classified: options.classify }, process.stderr);
  }
}
