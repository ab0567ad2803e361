// Issue 16: several API server processes serve one PostgreSQL at once. Two
// real server processes take the same bookings (each idempotency key sent to
// both at the same moment) and then LESC's determination of every one of
// them through both at once: every booking is stored exactly once, every
// determination recorded once (the loser is told why), and no booking's read
// model is behind its events. PostgreSQL only: PGlite is one process per
// data directory (scripts/test.sh always provides a server).
import { boundArray, queryRows, type Database } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../clock";
import { seedFlow } from "../flow/seed-flow";
import { seedDemoWorld } from "../seed/demo";
import { dataOf, mutate } from "../test/http";
import { spawnServer, type SpawnedServer } from "../test/spawn";
import { demoPassword } from "../test/world";

const postgres = testBackends().find((b) => b.name === "postgres");
const BOOKINGS = 40;

describe.runIf(postgres !== undefined)("two API server processes on one PostgreSQL", () => {
  let database: Database & { url?: string };
  const servers: SpawnedServer[] = [];

  beforeAll(async () => {
    if (postgres === undefined) return;
    database = await postgres.open();
    await seedDemoWorld(database.db, systemClock, [seedFlow]);
    if (database.url === undefined) throw new Error("postgres test database without url");
    for (let i = 0; i < 2; i++) servers.push(await spawnServer({ DATABASE_URL: database.url, SC_MAX_IN_FLIGHT: "1000", SC_MAX_WAIT_MS: "30000" }));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await database?.close();
  });

  const signIn = async (server: SpawnedServer, username: string) =>
    dataOf<{ token: string }>((await mutate(server.url, "auth.signIn", { username, password: demoPassword(username) })).body).token;

  it("given the same bookings and then the same determinations sent to both at once, then each booking and each determination is stored exactly once, no read model behind its events", async () => {
    const [a, b] = servers;
    if (a === undefined || b === undefined) throw new Error("two servers");
    const lea = await signIn(a, "lea.va"); // a session is stored: valid on either server
    const lesc = await signIn(b, "lesc");
    // No IAFIS record, an IDENT match: each booking waits for LESC's determination.
    const book = (server: SpawnedServer, i: number) => mutate(server.url, "bookings.book", { idempotencyKey: `two-servers-${i}`, templateId: "T-DEMO-0005", charges: ["2399"] }, { token: lea });
    const booked = await Promise.all(Array.from({ length: BOOKINGS }, (_, i) => Promise.all([book(a, i), book(b, i)])));
    const ids = booked.map(([x, y]) => {
      expect([x.status, y.status]).toEqual([200, 200]);
      const first = dataOf<{ booking: { bookingId: string } }>(x.body).booking.bookingId;
      expect(dataOf<{ booking: { bookingId: string } }>(y.body).booking.bookingId).toBe(first); // the same key: the same booking
      return first;
    });
    expect(new Set(ids).size).toBe(BOOKINGS);

    const determine = (server: SpawnedServer, bookingId: string) => mutate(server.url, "lesc.determine", { bookingId, outcome: "removable" }, { token: lesc });
    const answers = await Promise.all(ids.map((id) => Promise.all([determine(a, id), determine(b, id)])));
    for (const pair of answers) {
      const statuses = pair.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200); // one of the two recorded it
      expect(statuses.filter((s) => s === 200).length).toBe(1); // the other was refused: already determined
    }

    const idList = boundArray(ids);
    const streamList = boundArray(ids.map((id) => `booking-${id}`));
    const [row] = await queryRows<{ bookings: string; behind: string; determinations: string; streams: string }>(
      database.db,
      sql`select (select count(*) from bookings where id::text = any(${idList})) as bookings,
        (select count(*) from bookings b where b.id::text = any(${idList}) and b.version <> (select count(*) from events e where e.stream_id = 'booking-' || b.id)) as behind,
        (select count(*) from events where type = 'StatusDeterminationRecorded' and stream_id = any(${streamList})) as determinations,
        (select count(distinct stream_id) from events where stream_id = any(${streamList})) as streams`,
    );
    expect(row).toEqual({ bookings: String(BOOKINGS), behind: "0", determinations: String(BOOKINGS), streams: String(BOOKINGS) });
  });
});
