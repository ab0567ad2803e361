// Crash safety and load shedding against the real server process: stream
// creating commands, SIGKILL the server mid-stream, restart it on the same
// database, retry what was in flight with the same idempotency keys, and find
// every acknowledged write exactly once. Then overload it and check that it
// sheds with 503 while everything it acknowledged is kept.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Database } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../clock";
import { seedDemoWorld } from "../seed/demo";
import { dataOf, mutate, query, type HttpAnswer } from "../test/http";
import { spawnServer, type SpawnedServer } from "../test/spawn";
import { demoPassword } from "../test/world";

interface Target {
  /** Environment that points a spawned server at the database. */
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** Seeds in this process (cheap test password hashing), then hands the database to the server. */
async function prepare(name: "pglite" | "postgres"): Promise<Target> {
  if (name === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "sc-crash-"));
    const database = await createDb({ kind: "pglite", dataDir: dir });
    await seedDemoWorld(database.db, systemClock);
    await database.close(); // PGlite allows one process per data directory
    return { env: { SC_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const backend = testBackends().find((b) => b.name === "postgres");
  if (!backend) throw new Error("no postgres backend");
  const database: Database & { url?: string } = await backend.open();
  await seedDemoWorld(database.db, systemClock);
  if (!database.url) throw new Error("postgres test database without url");
  return { env: { DATABASE_URL: database.url }, cleanup: () => database.close() };
}

const contact = (key: string) => ({ idempotencyKey: key, contact: { role: "SIB", state: "VA", name: key } });

async function tryMutate(url: string, key: string, token: string): Promise<HttpAnswer | null> {
  try {
    return await mutate(url, "directory.recordContact", contact(key), { token });
  } catch {
    return null; // connection reset by the kill: outcome unknown to the client
  }
}

describe.each(testBackends())("the server process on $name", (backend) => {
  let target: Target;
  let server: SpawnedServer | undefined;
  let token: string;
  const acknowledged = new Map<string, string>(); // key -> id
  const unknown = new Set<string>();

  beforeAll(async () => {
    target = await prepare(backend.name);
  });
  afterAll(async () => {
    await server?.stop();
    await target.cleanup();
  });

  it("keeps every acknowledged write exactly once across a SIGKILL mid-stream", async () => {
    const first = await spawnServer({ ...target.env, SC_MAX_IN_FLIGHT: "1000" });
    server = first;
    const signIn = await mutate(first.url, "auth.signIn", { username: "sib.va", password: demoPassword("sib.va") });
    token = dataOf<{ token: string }>(signIn.body).token;

    // Four writers stream creating commands; the server is killed after 30 acknowledgements.
    let next = 0;
    let killed = false;
    const writer = async (): Promise<void> => {
      while (!killed) {
        const key = `crash-${backend.name}-${String(next++).padStart(5, "0")}`;
        const answer = await tryMutate(first.url, key, token);
        if (answer?.status === 200) acknowledged.set(key, dataOf<{ id: string }>(answer.body).id);
        else unknown.add(key);
        if (acknowledged.size >= 30 && !killed) {
          killed = true;
          await first.kill();
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(30);

    server = await spawnServer({ ...target.env, SC_MAX_IN_FLIGHT: "1000" });
    // The session is stored, so it survives the restart.
    expect((await query(server.url, "auth.me", undefined, token)).status).toBe(200);
    // Retrying what was in flight with the same keys creates each at most once.
    for (const key of unknown) {
      const answer = await mutate(server.url, "directory.recordContact", contact(key), { token });
      expect(answer.status).toBe(200);
      acknowledged.set(key, dataOf<{ id: string }>(answer.body).id);
    }
    // And retrying an acknowledged one returns the first answer.
    const [firstKey, firstId] = [...acknowledged][0] ?? ["", ""];
    expect(dataOf<{ id: string }>((await mutate(server.url, "directory.recordContact", contact(firstKey), { token })).body).id).toBe(firstId);

    const directory = dataOf<{ contacts: { id: string; name: string }[] }>((await query(server.url, "directory.get", undefined, token)).body);
    const crashRows = directory.contacts.filter((c) => c.name.startsWith("crash-"));
    expect(crashRows.length).toBe(acknowledged.size);
    for (const [key, id] of acknowledged) {
      expect(crashRows.filter((c) => c.name === key).map((c) => c.id)).toEqual([id]);
    }
    await server.stop();
    server = undefined;
  });

  it("sheds load past SC_MAX_IN_FLIGHT with 503 and loses nothing it acknowledged", async () => {
    const busy = await spawnServer({ ...target.env, SC_MAX_IN_FLIGHT: "4" });
    server = busy;
    const keys = Array.from({ length: 80 }, (_, i) => `shed-${backend.name}-${String(i).padStart(4, "0")}`);
    const answers = await Promise.all(keys.map((key) => mutate(busy.url, "directory.recordContact", contact(key), { token })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(answers.find((a) => a.status === 503)?.headers.get("retry-after")).toBe("1");
    const ok = keys.filter((_, i) => statuses[i] === 200);
    const directory = dataOf<{ contacts: { name: string }[] }>((await query(busy.url, "directory.get", undefined, token)).body);
    const shed = directory.contacts.filter((c) => c.name.startsWith("shed-")).map((c) => c.name);
    // Exactly the acknowledged ones: none lost, none refused-yet-written, none twice.
    expect(shed.sort()).toEqual(ok.sort());
  });
});
