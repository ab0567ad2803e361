// `sc`: the Secure Communities terminal program. With no command on a terminal it
// starts the interactive desks (ui/app); each one-shot command lives in its own
// file under commands/ and is registered here with one line.
import { Command } from "commander";
import { bookCommand, bookingsCommand, traceCommand } from "./commands/bookings";
import { classifyCommand } from "./commands/classify";
import { codesCommand } from "./commands/codes";
import { casesCommand, custodyCommand, detainerCommand, determineCommand, relayCommand, removalCommand } from "./commands/desks";
import { moaCommand, noticeCommand } from "./commands/moa";
import { oversightCommand } from "./commands/oversight";
import { auditCommand, statsCommand } from "./commands/reports";
import { scenarioCommand } from "./commands/scenario";
import { simulateCommand } from "./commands/simulate";
import { loginCommand, logoutCommand, whoamiCommand } from "./commands/session";
import { runProgram } from "./run";

// NO_COLOR (no-color.org): Ink's colours come from chalk, which reads FORCE_COLOR when it loads.
if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") process.env.FORCE_COLOR = "0";

const program = new Command("sc")
  .description("Secure Communities (IDENT/IAFIS interoperability) in the terminal: every party's desk (run `sc` alone), one-shot commands for scripts, and the Appendix A classification.")
  .option("--url <url>", "the API server (default: SC_API_URL, else http://127.0.0.1:4000)")
  .option("--embedded", "run the API in this process on the embedded database in SC_DATA_DIR (when no server runs)")
  .addHelpText(
    "after",
    "\nRun `sc` alone on a terminal for the interactive desks. Run `sc <command> --help` for a command's options and examples.\nExit codes: 0 ok, 1 unexpected, 2 bad input, 3 refused by a rule, 4 not signed in or not allowed, 5 server unreachable.",
  )
  .action(async (_options: unknown, command: Command) => {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      command.outputHelp({ error: true });
      process.exitCode = 2;
      return;
    }
    if (process.env.SC_DEBUG === "1") process.stderr.write("interactive\n");
    const { runInteractive } = await import("./ui/app/run");
    process.exitCode = await runInteractive(command.opts());
  });

program.addCommand(loginCommand());
program.addCommand(logoutCommand());
program.addCommand(whoamiCommand());
program.addCommand(bookCommand());
program.addCommand(bookingsCommand());
program.addCommand(traceCommand());
program.addCommand(relayCommand());
program.addCommand(determineCommand());
program.addCommand(casesCommand());
program.addCommand(detainerCommand());
program.addCommand(custodyCommand());
program.addCommand(removalCommand());
program.addCommand(moaCommand());
program.addCommand(noticeCommand());
program.addCommand(statsCommand());
program.addCommand(oversightCommand());
program.addCommand(auditCommand());
program.addCommand(classifyCommand());
program.addCommand(codesCommand());
program.addCommand(scenarioCommand());
program.addCommand(simulateCommand());

await runProgram(program, process.argv);
