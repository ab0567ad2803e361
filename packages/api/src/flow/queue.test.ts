// A desk's queue a page at a time (flow/queue.ts): oldest first, `after` the last
// item shown, so a desk's first page reads a page however long the queue is.
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { World } from "../test/world";
import { DEMO_SUBJECTS } from "./seed-flow";
import { openFlowWorld } from "./test-world";

describe.each(testBackends())("LESC's queue by pages on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("gives the oldest IAQs first, a page at a time, and the page after the last item shown", async () => {
    const lea = await world.as("lea.va");
    for (const key of ["queue-page-1", "queue-page-2", "queue-page-3"]) {
      await lea.bookings.book({ idempotencyKey: key, templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    }
    const lesc = await world.as("lesc");
    const all = await lesc.lesc.queue();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const first = await lesc.lesc.queue({ limit: 2 });
    expect(first).toEqual(all.slice(0, 2));
    const last = first.at(-1);
    const second = await lesc.lesc.queue({ limit: 2, after: `${last?.waitingSince}|${last?.bookingId}` });
    expect(second).toEqual(all.slice(2, 4));
  });

  it("refuses a cursor that is not an item's waitingSince|bookingId", async () => {
    const lesc = await world.as("lesc");
    await expect(lesc.lesc.queue({ limit: 2, after: "yesterday" })).rejects.toThrow(/queue cursor/);
  });
});
