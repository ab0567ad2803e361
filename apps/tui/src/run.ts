// Runs the commander program and turns every failure into one line on stderr and an exit code:
// 0 done, 1 unexpected, 2 bad usage or input. Never a stack trace.
import { CommanderError, type Command } from "commander";
import { CliError, EXIT_UNEXPECTED, EXIT_USAGE, describeError, isErrnoException } from "./errors";

export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  const fail = (error: unknown) => {
    process.stderr.write(`sc: ${error instanceof CliError ? "" : "unexpected error: "}${describeError(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT_UNEXPECTED;
  };
  // `sc codes | head`: the reader went away; that is not our failure, so stop quietly. Other
  // errors reach stdout when a CSV pipeline that writes to it fails: the pipeline reports those.
  process.stdout.on("error", (error) => {
    if (isErrnoException(error) && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  process.on("uncaughtException", (error) => {
    fail(error);
    process.exit();
  });
  process.on("unhandledRejection", (error) => {
    fail(error);
    process.exit();
  });
  configure(program);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message (or the help / version).
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (isErrnoException(error) && error.code === "EPIPE") return;
    fail(error);
  }
}

/** Subcommands added with addCommand() inherit nothing, so each is configured here. */
function configure(command: Command): void {
  command.exitOverride();
  command.showHelpAfterError("(add --help for usage)");
  for (const sub of command.commands) configure(sub);
}
