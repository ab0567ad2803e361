// `sc`: the Secure Communities terminal program. Each command lives in its own file under
// commands/ and is registered here with one line.
import { Command } from "commander";
import { classifyCommand } from "./commands/classify";
import { codesCommand } from "./commands/codes";
import { scenarioCommand } from "./commands/scenario";
import { runProgram } from "./run";

const program = new Command("sc")
  .description("Secure Communities (IDENT/IAFIS interoperability) in the terminal: classify offenses by MOA Appendix A.")
  .addHelpText("after", "\nRun `sc <command> --help` for a command's options and examples.");

program.addCommand(classifyCommand());
program.addCommand(codesCommand());
program.addCommand(scenarioCommand());

await runProgram(program, process.argv);
