// `sc login`, `sc logout`, `sc whoami`: the one-shot commands' session, kept per
// server in the user's config folder (api/session-store.ts, mode 0600).
import { Command } from "commander";
import { describeTarget } from "../api/connect";
import { UserError } from "../api/errors";
import { forgetSession, saveSession, sessionFilePath } from "../api/session-store";
import { runApi } from "./api-command";
import { passwordFromStdin, promptHidden } from "./password";

export function loginCommand(): Command {
  return new Command("login")
    .description("Sign in and keep the session for the other commands (in your config folder, readable by you only).")
    .argument("[username]", "the account's name (asked for when left out on a terminal)")
    .option("--password-stdin", "read the password from the first line of stdin (scripts); else SC_PASSWORD, else a hidden prompt")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  sc login lea.va\n  printf '%s\\n' \"$PASSWORD\" | sc login lea.va --password-stdin --json")
    .action(async (username: string | undefined, options: { passwordStdin?: boolean }, command: Command) => {
      await runApi(
        command,
        async ({ connection }) => {
          const name = username ?? (process.stdin.isTTY ? await promptLine("username: ") : undefined);
          if (name === undefined || name === "") throw new UserError("login: give the username (sc login USERNAME)");
          const password = options.passwordStdin === true ? await passwordFromStdin() : (process.env.SC_PASSWORD ?? (await promptHidden("password: ")));
          const signedIn = await connection.anonymous.auth.signIn.mutate({ username: name, password, channel: "bearer" });
          if (signedIn.token === null) throw new UserError("the server gave no token");
          const me = await connection.withToken(signedIn.token).auth.me.query();
          saveSession(connection.target.server, { token: signedIn.token, username: me.username, partyLabel: me.partyLabel, savedAt: new Date().toISOString() });
          return { username: me.username, displayName: me.displayName, party: me.party, partyLabel: me.partyLabel, server: connection.target.server, where: describeTarget(connection.target), sessionFile: sessionFilePath(), idleLockMinutes: signedIn.idleLockMinutes };
        },
        (me, { out }) => {
          out.write(`signed in as ${me.username} (${me.partyLabel}) to ${me.where}\n`);
          out.write(`session kept in ${me.sessionFile}; it ends after ${me.idleLockMinutes} idle minutes\n`);
        },
        { signedIn: false },
      );
    });
}

async function promptLine(prompt: string): Promise<string> {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(prompt)).trim();
  } finally {
    rl.close();
  }
}

export function logoutCommand(): Command {
  return new Command("logout")
    .description("End the session on the server and forget it here.")
    .option("--json", "print JSON")
    .action(async (_options: unknown, command: Command) => {
      await runApi(
        command,
        async ({ api, connection }) => {
          const server = connection.target.server;
          // A session the server already ended (idle lock) is still forgotten here.
          const endedOnServer = await api.auth.signOut.mutate().then(
            () => true,
            () => false,
          );
          return { signedOut: forgetSession(server), endedOnServer, server };
        },
        (r, { out }) => out.write(r.signedOut ? `signed out of ${r.server}\n` : `no session for ${r.server}\n`),
      );
    });
}

export function whoamiCommand(): Command {
  return new Command("whoami")
    .description("Who this session is signed in as, and what core lets the account do.")
    .option("--json", "print JSON")
    .action(async (_options: unknown, command: Command) => {
      await runApi(
        command,
        async ({ api, connection }) => {
          const session = await api.auth.session.query();
          if (session.me === null) throw new UserError(`not signed in to ${connection.target.server} (${session.reason ?? "no session"}): run \`sc login\``, "not-signed-in");
          return session.me;
        },
        async (me, { out }) => {
          const { printFields } = await import("../ui/oneshot");
          printFields(
            [
              ["username", me.username],
              ["name", me.displayName],
              ["party", `${me.partyLabel}${me.isAdmin ? " (administrator)" : ""}`],
              ["may call", me.may.join(", ")],
            ],
            out,
          );
        },
      );
    });
}
