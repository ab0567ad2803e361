// `sc codes`: print the Appendix A rule table and the coverage of every known NCIC code (D9).
import { Command } from "commander";
import { APPENDIX_A_RULES, ncicCoverage } from "@sc/core/classification";

interface CodesOptions {
  readonly json?: boolean;
  readonly d9?: boolean;
}

export function codesCommand(): Command {
  return new Command("codes")
    .description(
      'Print the Appendix A table (level, category, NCIC ranges, source) and every known NCIC code with its level, marking "D9": codes at Level 3 only because Appendix A does not list them.',
    )
    .option("--json", "print JSON: { rules, coverage }")
    .option("--d9", "list only the codes that reach Level 3 by the other-offenses default")
    .addHelpText("after", "\nExamples:\n  sc codes | less\n  sc codes --d9\n  sc codes --json | jq '.coverage[] | select(.byDefault)'")
    .action(async (options: CodesOptions) => {
      const coverage = options.d9 === true ? ncicCoverage().filter((row) => row.byDefault) : ncicCoverage();
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify({ rules: APPENDIX_A_RULES, coverage }, null, 2)}\n`);
        return;
      }
      const { printCodes } = await import("../ui/output");
      printCodes(APPENDIX_A_RULES, coverage, process.stdout);
    });
}
