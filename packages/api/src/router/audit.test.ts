import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { listProcedures } from "../test/procedures";
import { openWorld, type World } from "../test/world";

describe.each(testBackends())("audit log on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("is readable by auditors only", async () => {
    for (const username of ["lea.va", "sib.va", "program", "admin", "lesc"]) {
      const caller = await world.as(username);
      const error = await caller.audit.list({}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error instanceof TRPCError && error.code).toBe("FORBIDDEN");
    }
  });

  it("records who, party, what, object, when to the hundredth of a second, from where and the outcome", async () => {
    world.clock.advanceMs(60_127); // stored to the hundredth: .127 becomes .13
    const sib = await world.as("sib.va");
    await sib.directory.recordContact({ idempotencyKey: "audit-poc-01", contact: { role: "SIB", state: "VA", name: "Audit Example" } });
    const auditor = await world.as("auditor");
    const rows = await auditor.audit.list({ action: "directory.recordContact" });
    expect(rows[0]).toMatchObject({ actor: "sib.va", party: "SIB VA", objectType: "point-of-contact", outcome: "success", source: "test" });
    expect(rows[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.130Z$/);
    const denied = await auditor.audit.list({ outcome: "denied", actor: "lea.va" });
    expect(denied.map((r) => r.action)).toContain("audit.list");
  });

  it("offers no procedure that changes or deletes audit rows", () => {
    const auditWrites = listProcedures().filter((p) => p.path.startsWith("audit.") && p.type === "mutation");
    expect(auditWrites).toEqual([]);
  });

  it("pages newest first with `before`", async () => {
    const auditor = await world.as("auditor");
    const first = await auditor.audit.list({ limit: 3 });
    const next = await auditor.audit.list({ limit: 3, before: first[2]?.id });
    expect(first.map((r) => r.id)).toEqual([...first.map((r) => r.id)].sort((a, b) => b - a));
    expect(Math.max(...next.map((r) => r.id))).toBeLessThan(Math.min(...first.map((r) => r.id)));
  });

  it("filters by object, party and period: an LEA's booking, its steps and every read of that person's record", async () => {
    const lea = await world.as("lea.va");
    const { booking } = await lea.bookings.book({ idempotencyKey: "audit-filter-book", templateId: DEMO_SUBJECTS.unknownEverywhere.templateId, charges: ["2399"] });
    await lea.bookings.get({ bookingId: booking.bookingId });
    const sib = await world.as("sib.va");
    await sib.bookings.get({ bookingId: booking.bookingId });
    const auditor = await world.as("auditor");
    const rows = await auditor.audit.list({ objectId: booking.bookingId });
    expect(rows.find((r) => r.action === "bookings.book")).toMatchObject({ actor: "lea.va", party: "LEA VA0010000", objectType: "booking", outcome: "success" });
    const reads = rows.filter((r) => r.action === "bookings.get");
    expect(reads.map((r) => r.actor).sort()).toEqual(["lea.va", "sib.va"]);
    expect((await auditor.audit.list({ objectId: booking.bookingId, party: "SIB VA" })).every((r) => r.actor === "sib.va")).toBe(true);
    const at = rows[0]?.at ?? "";
    expect(await auditor.audit.list({ objectId: booking.bookingId, to: at })).not.toContainEqual(expect.objectContaining({ id: rows[0]?.id }));
    expect(await auditor.audit.list({ objectId: booking.bookingId, from: new Date(Date.parse(at) + 1_000).toISOString() })).toEqual([]);
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const auditor = await world.as("auditor");
    const error = await auditor.audit.list({ from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error instanceof TRPCError && error.code).toBe("BAD_REQUEST");
    expect(String(error instanceof Error ? error.message : "")).toMatch(/to is not after from/);
  });

  it("offers the filters' choices: parties, actions and object types in the log", async () => {
    const facets = await (await world.as("auditor")).audit.facets();
    expect(facets.parties).toContain("LEA VA0010000");
    expect(facets.actions).toEqual(expect.arrayContaining(["auth.signIn", "bookings.book"]));
    expect(facets.objectTypes).toContain("booking");
    expect(facets.parties).toEqual([...facets.parties].sort());
  });
});
