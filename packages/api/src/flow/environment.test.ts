import { queryRows, referenceData } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import type { World } from "../test/world";
import { storedKeysColumn } from "./book-batch";
import { directoryVersionColumn, environmentQuery, loadDirectory } from "./environment";
import { openFlowWorld } from "./test-world";

describe.each(testBackends())("the directory cache on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("reuses the built directory while its row is unchanged, and sees a change at once", async () => {
    const db = world.database.db;
    const first = await loadDirectory(db, db);
    expect(await loadDirectory(db, db)).toBe(first);
    expect(first.state("VA")?.sib.relayCapable).toBe(true);

    const [row] = await db.select().from(referenceData).where(eq(referenceData.name, DIRECTORY_DOCUMENT));
    const document = row?.document as { states: { code: string; sib: { relayCapable: boolean } }[] };
    for (const s of document.states) if (s.code === "VA") s.sib.relayCapable = false;
    // The same updated_at on purpose: the cache must not depend on the writer's clock.
    await db.update(referenceData).set({ document }).where(eq(referenceData.name, DIRECTORY_DOCUMENT));

    const changed = await loadDirectory(db, db);
    expect(changed).not.toBe(first);
    expect(changed.state("VA")?.sib.relayCapable).toBe(false);
    // Without a cache key every call builds afresh.
    expect(await loadDirectory(db)).not.toBe(changed);
  });
});

/** Every table a plan reads with a full scan. */
function fullScans(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(fullScans);
  if (plan === null || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = node["Node Type"] === "Seq Scan" && typeof node["Relation Name"] === "string" ? [node["Relation Name"]] : [];
  return [...own, ...Object.values(node).flatMap(fullScans)];
}

describe.each(testBackends())("the flow environment's read on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("finds every row through an index, so it stays fast however much is stored", async () => {
    const subjects = [
      { state: "VA", ori: "VA0010000", templateId: "T-1", fbiNumbers: ["F1"] },
      { state: "MD", ori: "MD0010000", templateId: "T-2", fbiNumbers: [] },
    ];
    // Given tables as full as a busy year leaves them (and their statistics taken),
    const db = world.database.db;
    const rows = 20_000;
    await db.execute(sql`insert into events (stream_id, version, type, payload, recorded_at) select 'filler-' || g, 1, 'Filler', '{}'::jsonb, now() from generate_series(1, ${rows}) g`);
    await db.execute(sql`insert into iafis_records (fbi_number, convictions) select 'FILL' || g, '[]'::jsonb from generate_series(1, ${rows}) g`);
    await db.execute(sql`insert into iafis_prints (template_id, fbi_number) select 'T-FILL-' || g, 'FILL' || g from generate_series(1, ${rows}) g`);
    await db.execute(sql`insert into ident_encounters (encounter_id, template_id, encountered_at, kind) select 'E-FILL-' || g, 'T-FILL-' || g, now(), 'visa-application' from generate_series(1, ${rows}) g`);
    await db.execute(sql`insert into sib_files (state, template_id, fbi_number) select 'VA', 'T-FILL-' || g, 'FILL' || g from generate_series(1, ${rows}) g`);
    await db.execute(sql`insert into idempotency_keys (user_id, key, action, request_hash, response, created_at) select gen_random_uuid(), 'FILL-' || g, 'bookings.book', 'x', '{}'::jsonb, now() from generate_series(1, ${rows}) g`);
    await db.execute(sql`analyze`);
    // when the read is planned (with what a booking batch reads beside it: the directory's version, the stored keys),
    const also = { directoryVersion: directoryVersionColumn, stored: storedKeysColumn(["00000000-0000-4000-8000-000000000001"], ["key-1", "key-2"]) };
    const plans = await queryRows<Record<string, unknown>>(db, sql`explain (format json) ${environmentQuery(subjects, also)}`);
    // then no table that grows with use is scanned whole (reference_data holds a few named
    // documents, whatever is booked: a scan of it is the planner's right choice).
    expect(plans.length).toBeGreaterThan(0);
    expect(fullScans(plans).filter((table) => table !== "reference_data")).toEqual([]);
  });
});
