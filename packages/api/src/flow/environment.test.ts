import { referenceData } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import type { World } from "../test/world";
import { loadDirectory } from "./environment";
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
