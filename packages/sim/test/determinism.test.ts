// Issue 16: the same seed and profile give byte-identical --json statistics
// whatever the batch size or number of workers; a run killed with SIGKILL and
// run again ends where a straight run ends, with no booking lost or doubled,
// and no read model behind its events.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type DbConfig } from "@sc/db";
import { beforeAll, describe, expect, it } from "vitest";
import { simulate, type RunResult } from "../src/simulate";
import { backends, parameters, postgres, profile, storedBookings, WHAT_IF, withDatabase } from "./helpers";

const json = (r: RunResult) => JSON.stringify(r, null, 2);
const packageDir = fileURLToPath(new URL("../", import.meta.url));

/** Runs the simulation in a child process and kills it (SIGKILL) once `batches` batches have committed. */
function runAndKill(database: DbConfig, batchSize: number, batches: number): Promise<{ signal: NodeJS.Signals | null; lastDone: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/run-in-child.ts"], { cwd: packageDir, stdio: ["pipe", "pipe", "pipe"] });
    let seen = 0;
    let lastDone = 0;
    let errors = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter((l) => l !== "")) {
        lastDone = Number(line);
        if (lastDone > 0) seen++;
        if (seen === batches) child.kill("SIGKILL");
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => (signal === null && code !== 0 ? reject(new Error(`the run failed: ${errors}`)) : resolve({ signal, lastDone })));
    child.stdin.end(JSON.stringify({ profile: WHAT_IF, parameters, batchSize, database }));
  });
}

describe.each(backends)("the simulator on $name", (backend) => {
  let straight: RunResult;

  beforeAll(async () => {
    straight = await withDatabase(backend, async (db) => {
      const result = await simulate({ profile, parameters, database: { opened: db, ...(db.url === undefined ? {} : { url: db.url }) }, batchSize: 500 });
      expect(await storedBookings(db)).toEqual({ bookings: parameters.bookings, streams: parameters.bookings, behind: 0 });
      return result;
    });
  });

  it("given the what-if profile, then its timeline shows in the statistics (D7 withheld, MOA IV.B held at the SIB)", () => {
    const s = straight.statistics;
    expect(s.bookings).toBe(parameters.bookings);
    expect(s.withheld).toBeGreaterThan(0);
    expect(s.heldAtSib).toBeGreaterThan(0);
    expect(s.cpis).toBeGreaterThan(0); // NC and MD are NFF states
    expect(s.identMatches).toBeGreaterThan(0);
  });

  it("given the same seed again in batches of 37, then the statistics are byte-identical; another seed differs", async () => {
    const again = await withDatabase(backend, (db) => simulate({ profile, parameters, database: { opened: db }, batchSize: 37 }));
    expect(json(again)).toBe(json(straight));
    const other = await withDatabase(backend, (db) => simulate({ profile, parameters: { ...parameters, seed: 43 }, database: { opened: db }, batchSize: 500 }));
    expect(json(other)).not.toBe(json(straight));
  });

  it("given a run killed with SIGKILL mid-way, when the same run is started again on the same data, then it ends as the straight run did, every booking once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-sim-kill-"));
    try {
      const fresh = backend.name === "postgres" ? await backend.open() : undefined;
      const config: DbConfig = fresh?.url !== undefined ? { kind: "postgres", url: fresh.url } : { kind: "pglite", dataDir: join(dir, "data") };
      try {
        const killed = await runAndKill(config, 40, 4);
        expect(killed.signal).toBe("SIGKILL");
        expect(killed.lastDone).toBeGreaterThan(0);
        expect(killed.lastDone).toBeLessThan(parameters.bookings);
        const database = await createDb(config);
        try {
          const resumed = await simulate({ profile, parameters, database: { opened: database }, batchSize: 40 });
          expect(json(resumed)).toBe(json(straight));
          expect(await storedBookings(database)).toEqual({ bookings: parameters.bookings, streams: parameters.bookings, behind: 0 });
        } finally {
          await database.close();
        }
      } finally {
        await fresh?.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // PGlite is one process per data directory: workers are PostgreSQL's alone.
  if (backend.name !== "postgres") return;
  it("given 2 workers on one PostgreSQL, then the statistics are those of 1", async () => {
    const split = await withDatabase(postgres ?? backend, async (db) => {
      const result = await simulate({ profile, parameters, database: { opened: db, ...(db.url === undefined ? {} : { url: db.url }) }, workers: 2, batchSize: 64 });
      expect(await storedBookings(db)).toEqual({ bookings: parameters.bookings, streams: parameters.bookings, behind: 0 });
      return result;
    });
    expect(json(split)).toBe(json(straight));
  });
});
