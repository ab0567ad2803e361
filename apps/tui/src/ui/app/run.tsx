// `sc` with no command: connect (starting the embedded API when asked, with
// progress), render the app full-screen, and close everything on the way out.
import { render } from "ink";
import { connect, describeTarget, targetOf, type GlobalOptions } from "../../api/connect";
import { describeFailure } from "../../api/errors";
import { EXIT } from "../../api/exit-codes";
import { App } from "./App";

/** Ink's own test (is-in-ci): with CI or CONTINUOUS_INTEGRATION set it draws only the last frame. */
const inCi = (["CI", "CONTINUOUS_INTEGRATION"] as const).some((key) => {
  const value = process.env[key];
  return value !== undefined && value !== "0" && value !== "false";
});

export async function runInteractive(options: GlobalOptions): Promise<number> {
  if (inCi) {
    // Otherwise the screen would stay blank until sc exits, with no word why.
    process.stderr.write("sc: CI is set in this environment, so the interactive screens cannot draw (Ink shows only the final frame in CI). Unset CI (env -u CI sc), or use a command: sc --help\n");
    return EXIT.badInput;
  }
  const target = targetOf(options);
  let connection;
  try {
    connection = await connect(target, (message) => process.stderr.write(`sc: ${message}…\n`));
    // Fail before drawing anything when no server answers.
    await connection.anonymous.auth.banner.query();
  } catch (error) {
    await connection?.close();
    const failure = describeFailure(error, target.url ?? undefined);
    process.stderr.write(`sc: ${failure.message}\n`);
    return failure.exitCode;
  }
  const c = connection;
  const where = target.embeddedDir === null ? describeTarget(target) : "embedded";
  // The alternate screen: the app takes the whole terminal and gives it back on exit.
  process.stdout.write("\u001b[?1049h");
  try {
    const app = render(<App where={where} anonymous={c.anonymous} withToken={(token) => c.withToken(token)} />, { exitOnCtrlC: true });
    await app.waitUntilExit();
  } finally {
    process.stdout.write("\u001b[?1049l");
    await c.close();
  }
  return EXIT.ok;
}
