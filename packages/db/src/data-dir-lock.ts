// One process per embedded data directory: PGlite keeps no lock of its own, and
// two processes writing one directory corrupt it. createDb takes this lock file
// (the holder's pid and when it opened the directory) and close() removes it; a
// file left by a process that died is taken over, so a crash does not lock the
// directory for good.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "sc-process.lock";

/** Thrown when another live process holds the directory: the message says which. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly since: string | null,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}${since === null ? "" : ` (since ${since})`}: stop that process (an API server or another sc --embedded), or use its server with --url`);
    this.name = "DataDirInUseError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(path: string): { pid: number; since: string | null } | null {
  try {
    const [pid, since] = readFileSync(path, "utf8").trim().split(/\s+/);
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, since: since ?? null } : null;
  } catch {
    return null;
  }
}

/** Takes the directory for this process; returns the release. Re-entrant within one process (tests open a directory twice). */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid} ${new Date().toISOString()}\n`, { flag: "wx", mode: 0o600 });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(path);
      if (holder !== null && holder.pid === process.pid) return () => undefined;
      if (holder !== null && alive(holder.pid)) throw new DataDirInUseError(dataDir, holder.pid, holder.since);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
