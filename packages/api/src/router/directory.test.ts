import { auditLog, events, idempotencyKeys, pointsOfContact } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { openWorld, type World } from "../test/world";

async function codeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
  );
}

describe.each(testBackends())("directory on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("serves the seeded demo directory: an NFF state and a SIB without relay capability among them", async () => {
    const directory = await (await world.as("lea.va")).directory.get();
    expect(directory.states.find((s) => s.code === "NC")?.sib.nff).toBe(true);
    expect(directory.states.find((s) => s.code === "TX")?.sib.relayCapable).toBe(false);
    expect(directory.agencies.map((a) => a.ori)).toContain("VA0010000");
    expect(directory.fieldOffices.find((f) => f.id === "WAS")?.states).toEqual(["VA", "MD"]);
  });

  it("records a contact with its event, read-model row, idempotency record and audit row together", async () => {
    const sib = await world.as("sib.va");
    const recorded = await sib.directory.recordContact({
      idempotencyKey: "poc-va-0001",
      contact: { role: "SIB", state: "VA", name: "Pat Example", email: "pat@example.test" },
    });
    const db = world.database.db;
    expect(await db.select().from(pointsOfContact).where(eq(pointsOfContact.id, recorded.id))).toHaveLength(1);
    const stored = await db.select().from(events).where(eq(events.streamId, `point-of-contact-${recorded.id}`));
    expect(stored.map((e) => [e.type, e.version])).toEqual([["PointOfContactRecorded", 1]]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, recorded.id));
    expect(audit.map((a) => [a.action, a.outcome, a.actor, a.party])).toEqual([["directory.recordContact", "success", "sib.va", "SIB VA"]]);
  });

  it("returns the first answer to a retry with the same key and creates nothing", async () => {
    const sib = await world.as("sib.va");
    const request = { idempotencyKey: "poc-va-0002", contact: { role: "SIB-PUBLIC-INFORMATION" as const, state: "VA", name: "Sam Example" } };
    const first = await sib.directory.recordContact(request);
    const again = await sib.directory.recordContact({ ...request, contact: { name: "Sam Example", state: "VA", role: "SIB-PUBLIC-INFORMATION" } });
    expect(again).toEqual(first);
    const rows = await world.database.db.select().from(pointsOfContact).where(eq(pointsOfContact.name, "Sam Example"));
    expect(rows).toHaveLength(1);
    const replay = await world.database.db.select().from(auditLog).where(eq(auditLog.outcome, "replayed"));
    expect(replay.length).toBeGreaterThan(0);
  });

  it("refuses the same key with a different payload (CONFLICT) and writes nothing", async () => {
    const sib = await world.as("sib.va");
    const code = await codeOf(sib.directory.recordContact({ idempotencyKey: "poc-va-0002", contact: { role: "SIB", state: "VA", name: "Someone Else" } }));
    expect(code).toMatch(/^CONFLICT: idempotencyKey/);
    expect(await world.database.db.select().from(pointsOfContact).where(eq(pointsOfContact.name, "Someone Else"))).toHaveLength(0);
    expect(await world.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, "poc-va-0002"))).toHaveLength(1);
  });

  it("lets each side keep only its own contacts (Appendices C and D)", async () => {
    const sibVa = await world.as("sib.va");
    expect(await codeOf(sibVa.directory.recordContact({ idempotencyKey: "poc-nc-0001", contact: { role: "SIB", state: "NC", name: "Not Yours" } }))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(sibVa.directory.recordContact({ idempotencyKey: "poc-ice-0001", contact: { role: "ICE-DRO", name: "Not Yours" } }))).toMatch(/^FORBIDDEN/);
    const program = await world.as("program");
    expect(await codeOf(program.directory.recordContact({ idempotencyKey: "poc-ice-0002", contact: { role: "ICE-DRO", name: "Dana Example" } }))).toBe("OK");
    const denied = await world.database.db.select().from(auditLog).where(eq(auditLog.action, "directory.recordContact"));
    expect(denied.filter((a) => a.outcome === "denied" && a.actor === "sib.va")).toHaveLength(2);
  });

  it("refuses a contact that breaks core's rule by naming the field", async () => {
    const program = await world.as("program");
    const error = await program.directory.recordContact({ idempotencyKey: "poc-ice-0003", contact: { role: "SIB", name: "No State" } }).then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof TRPCError)) throw new Error("expected a refusal");
    expect(fieldErrorsOf(error)).toEqual([{ path: "contact.state", message: "a SIB contact names its state" }]);
  });
});
