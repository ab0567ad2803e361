import { events } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes } from "../flow/test-world";
import { bookingStreamId } from "../flow/streams";
import type { World } from "../test/world";

describe.each(testBackends())("a standard match through LESC on $name", (backend) => {
  let world: World;
  let bookingId = "";
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  const versionOf = async (id: string): Promise<number> => {
    const [row] = await world.database.db.select({ n: count() }).from(events).where(eq(events.streamId, bookingStreamId(id)));
    return row?.n ?? 0;
  };

  it("given a booking whose prints IDENT matches, the IAQ waits in LESC's queue and no one else sees ICE-only fields", async () => {
    const lea = await world.as("lea.va");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-match-0001", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    bookingId = booking.bookingId;
    expect(booking.status).toBe("awaiting-response");
    expect(booking).not.toHaveProperty("determination");
    expect(booking).not.toHaveProperty("priority");
    expect(booking).not.toHaveProperty("messagesSent"); // it would count the IDENT search and the IAQ the LEA may not see
    expect(booking.ice).toEqual({ adjudication: null, localCustodyEnded: null });
    const queue = await (await world.as("lesc")).lesc.queue();
    const item = queue.find((q) => q.bookingId === bookingId);
    expect(item?.iaq?.payload).toEqual({ templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, encounterIds: ["ENC-DEMO-0001"], ori: "VA0010000", charges: ["1313"] });
    // DOMAIN D12: the auditor reads LESC's queue in full, IAQ included.
    const auditorItem = (await (await world.as("auditor")).lesc.queue()).find((q) => q.bookingId === bookingId);
    expect(auditorItem?.iaq?.payload).toEqual(item?.iaq?.payload);
    const sibView = await (await world.as("sib.va")).bookings.get({ bookingId });
    expect(sibView.status).toBe("at-cjis");
    expect(sibView).not.toHaveProperty("messagesSent");
    expect(sibView.trace.flatMap((e) => (e.kind === "message" ? [e.message.type] : []))).toEqual(["CAR", "CAR", "SRE"]);
  });

  it("only LESC records a status determination: SIB, LEA, CJIS, ICE and auditors are refused and nothing is recorded", async () => {
    const before = await versionOf(bookingId);
    for (const username of ["sib.va", "lea.va", "cjis", "dro.was", "program", "auditor"]) {
      const caller = await world.as(username);
      expect(`${username}: ${await outcomeOf(caller.lesc.determine({ bookingId, outcome: "removable" }))}`).toMatch(new RegExp(`^${username.replace(".", "\\.")}: FORBIDDEN`));
    }
    expect(await versionOf(bookingId)).toBe(before);
  });

  it("when LESC determines, the IDR/IAR goes to the SIB and is relayed to the LEA, who then sees the determination", async () => {
    world.clock.advanceMinutes(30);
    const lesc = await world.as("lesc");
    const { booking } = await lesc.lesc.determine({ bookingId, outcome: "removable" });
    expect(booking.status).toBe("relayed");
    expect(await storedMessageTypes(world, bookingId)).toEqual(["CAR", "CAR", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "IAQ", "IAR", "IDR_IAR", "RELAY"]);
    expect((await lesc.lesc.queue()).map((q) => q.bookingId)).not.toContain(bookingId);

    const lea = await (await world.as("lea.va")).bookings.get({ bookingId });
    expect(lea.status).toBe("relayed");
    expect(lea.determination?.outcome).toBe("removable");
    expect(lea.priority?.category).toBe("level-1-priority");
    expect(lea.trace.flatMap((e) => (e.kind === "message" ? [e.message.type] : []))).toEqual(["CAR", "RELAY"]);
    expect(lea.responseTimes).toEqual({ toSibMs: 30 * 60_000, toLeaMs: 30 * 60_000 });
    // Times in the trace never go backwards (DOMAIN 3.8).
    const times = lea.trace.map((e) => (e.kind === "message" ? e.message.sentAt : e.note.at));
    expect([...times].sort()).toEqual(times);
  });

  it("refuses a second determination for the same booking (core: it is no longer waiting for one)", async () => {
    const lesc = await world.as("lesc");
    expect(await outcomeOf(lesc.lesc.determine({ bookingId, outcome: "lawful-status" }))).toMatch(/^CONFLICT: MOA V\.B: cannot record a status determination/);
  });

  it("lets one of two simultaneous determinations win; the other is refused and nothing is recorded twice", async () => {
    const lea = await world.as("lea.va");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-match-0002", templateId: DEMO_SUBJECTS.priorLevel2Match.templateId, charges: ["2399"] });
    const [one, two] = [await world.as("lesc"), await world.as("lesc")];
    const outcomes = await Promise.all([
      outcomeOf(one.lesc.determine({ bookingId: booking.bookingId, outcome: "removable" })),
      outcomeOf(two.lesc.determine({ bookingId: booking.bookingId, outcome: "lawful-status" })),
    ]);
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith("CONFLICT"))).toHaveLength(1);
    expect((await storedMessageTypes(world, booking.bookingId)).filter((t) => t === "IAR")).toHaveLength(1);
  });

  it("puts the removable Level 1 case at the head of the Washington field office's queue", async () => {
    const queue = await (await world.as("dro.was")).ice.queue();
    expect(queue[0]?.category).toBe("level-1-priority");
    expect(queue.map((c) => c.bookingId)).toContain(bookingId);
    expect(queue.every((c) => c.fieldOffice === "WAS")).toBe(true);
  });
});
