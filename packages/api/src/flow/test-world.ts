// Test support for the flow routers: the demo world (test/world.ts) plus the
// flow's seed (subjects, signed MOAs, a short history), and helpers to read
// what was stored.
import { FlowEvent, messagesOf, type StateCode } from "@sc/core";
import { events } from "@sc/db";
import type { TestBackend } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { openWorld, type World } from "../test/world";
import { appendMoaCommand } from "./program-gate";
import { seedFlow } from "./seed-flow";
import { bookingStreamId } from "./streams";

export async function openFlowWorld(backend: TestBackend): Promise<World> {
  const world = await openWorld(backend);
  await world.database.db.transaction((tx) => seedFlow(tx, world.clock.now()));
  return world;
}

/** "OK", or the tRPC code and message of the refusal. */
export async function outcomeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : `NOT A TRPC ERROR: ${String(e)}`),
  );
}

export async function storedEventTypes(world: World, bookingId: string): Promise<string[]> {
  const rows = await world.database.db.select().from(events).where(eq(events.streamId, bookingStreamId(bookingId))).orderBy(asc(events.version));
  return rows.map((r) => r.type);
}

/** The types of the messages the booking's events carry, in stream order. */
export async function storedMessageTypes(world: World, bookingId: string): Promise<string[]> {
  const rows = await world.database.db.select().from(events).where(eq(events.streamId, bookingStreamId(bookingId))).orderBy(asc(events.version));
  return messagesOf(rows.map((r) => FlowEvent.parse(r.payload))).map((m) => m.type);
}

/** MOA VIII: the SIB suspends its MOA by notice to ICE's DRO point of contact (Appendix C), effective on receipt. */
export async function suspendMoa(world: World, state: StateCode): Promise<void> {
  const now = world.clock.now();
  const at = now.toISOString();
  await world.database.db.transaction(async (tx) => {
    await appendMoaCommand(tx, state, { type: "SetPointOfContact", now: at, by: { kind: "ICE-SC-PROGRAM-OFFICE" }, poc: { role: "ICE-DRO", name: "Demo DRO contact" } }, now);
    await appendMoaCommand(
      tx,
      state,
      {
        type: "GiveNotice",
        now: at,
        by: { kind: "SIB", state },
        notice: { kind: "suspension", id: `susp-${state}`, to: "ICE-DRO", delivery: "email", sentAt: at, receivedAt: at, ground: "resource-constraints" },
      },
      now,
    );
  });
}
