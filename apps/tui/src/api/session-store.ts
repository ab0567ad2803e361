// The signed-in session of one-shot commands, kept in the user's config folder
// (env-paths: $XDG_CONFIG_HOME/sc on Linux, ~/Library/Preferences/sc on macOS),
// readable by that user only (file mode 0600, folder 0700). One session per
// server: `sc login --url X` does not sign out of Y.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import envPaths from "env-paths";
import { z } from "zod";

const StoredSession = z.object({
  token: z.string().min(1),
  username: z.string(),
  partyLabel: z.string(),
  savedAt: z.string(),
});
export type StoredSession = z.infer<typeof StoredSession>;

const SessionFile = z.object({ sessions: z.record(z.string(), StoredSession) });

export function configDir(): string {
  return envPaths("sc", { suffix: "" }).config;
}

export function sessionFilePath(): string {
  return join(configDir(), "session.json");
}

function readAll(): Record<string, StoredSession> {
  try {
    const parsed = SessionFile.safeParse(JSON.parse(readFileSync(sessionFilePath(), "utf8")));
    // A file from elsewhere or a newer version: treated as no session, overwritten by the next login.
    return parsed.success ? parsed.data.sessions : {};
  } catch {
    return {};
  }
}

function writeAll(sessions: Record<string, StoredSession>): void {
  const path = sessionFilePath();
  mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify({ sessions }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // a file that existed keeps its old mode through writeFileSync
}

/** `server` is the API's URL, or `embedded:<data dir>` for sc --embedded. */
export function loadSession(server: string): StoredSession | null {
  return readAll()[server] ?? null;
}

export function saveSession(server: string, session: StoredSession): void {
  writeAll({ ...readAll(), [server]: session });
}

export function forgetSession(server: string): boolean {
  const all = readAll();
  if (all[server] === undefined) return false;
  const { [server]: _gone, ...rest } = all;
  if (Object.keys(rest).length === 0) rmSync(sessionFilePath(), { force: true });
  else writeAll(rest);
  return true;
}
