// What every one-shot command that calls the API shares: the global --url and
// --embedded, --json, connecting (with progress on stderr for slow starts),
// the stored session's token, and one line + exit code for every failure
// (api/errors.ts). A command only says what it calls and how it prints.
import type { Command } from "commander";
import type { ApiClient } from "@sc/client";
import { connect, targetOf, type Connection } from "../api/connect";
import { describeFailure, UserError } from "../api/errors";
import { EXIT } from "../api/exit-codes";

export interface ApiRun {
  readonly api: ApiClient;
  readonly connection: Connection;
  readonly json: boolean;
  /** Prints for people (ignored with --json). */
  readonly out: NodeJS.WriteStream;
}

export interface ApiCommandOptions {
  /** false for commands that need no session (login). */
  readonly signedIn?: boolean;
}

/**
 * Runs `work` against the API and prints its result: JSON on stdout with --json,
 * else what `print` writes. Failures: one line `sc: ...` on stderr (and, with
 * --json, `{"error": {...}}` on stdout), and the exit code of api/exit-codes.ts.
 */
export async function runApi<T>(command: Command, work: (run: ApiRun) => Promise<T>, print: (value: T, run: ApiRun) => unknown, options: ApiCommandOptions = {}): Promise<void> {
  const globals = command.optsWithGlobals<{ url?: string; embedded?: boolean; json?: boolean }>();
  const json = globals.json === true;
  const target = targetOf(globals);
  let connection: Connection | null = null;
  try {
    connection = await connect(target, (message) => {
      if (process.stderr.isTTY || process.env.SC_PROGRESS === "1") process.stderr.write(`sc: ${message}…\n`);
    });
    if (options.signedIn !== false && connection.token === null) {
      throw new UserError(`not signed in to ${target.server}: run \`sc login\` first (or set SC_TOKEN)`, "not-signed-in");
    }
    const run: ApiRun = { api: connection.withToken(connection.token), connection, json, out: process.stdout };
    const value = await work(run);
    if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else await print(value, run);
    process.exitCode = EXIT.ok;
  } catch (error) {
    const failure = describeFailure(error, connection?.url ?? target.url ?? undefined);
    process.stderr.write(`sc: ${failure.message}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ error: { kind: failure.kind, code: failure.code, rule: failure.rule, message: failure.message, exitCode: failure.exitCode } }, null, 2)}\n`);
    process.exitCode = failure.exitCode;
  } finally {
    await connection?.close();
  }
}
