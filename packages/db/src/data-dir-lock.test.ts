import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, LOCK_FILE, lockDataDir } from "./data-dir-lock";

describe("lockDataDir: one process per embedded data directory", () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-lock-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("given a free directory, then it writes this pid, and the release removes the file", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8")).toMatch(new RegExp(`^${process.pid} `));
    release();
    expect(() => readFileSync(join(dir, LOCK_FILE))).toThrow();
  });

  it("given a live other process holds it, then it refuses naming that process", () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), "1 2026-01-01T00:00:00.000Z\n"); // pid 1 is always alive
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(/in use by process 1 \(since 2026-01-01/);
  });

  it("given the holder died, then the lock is taken over", () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), "999999999 2026-01-01T00:00:00.000Z\n");
    lockDataDir(dir)();
  });
});
