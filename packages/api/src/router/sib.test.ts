import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("the SIB's steps on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("in an NFF state sends a CAR for the first booking of a set of prints and a CPI for the next (MOA IV.A)", async () => {
    const lea = await world.as("lea.nc");
    const first = await lea.bookings.book({ idempotencyKey: "book-nc-0001", templateId: "T-TEST-NFF-1", charges: ["2399"] });
    world.clock.advanceMinutes(5);
    const second = await lea.bookings.book({ idempotencyKey: "book-nc-0002", templateId: "T-TEST-NFF-1", charges: ["2299"] });
    const sib = await world.as("sib.nc");
    const firstView = await sib.bookings.get({ bookingId: first.booking.bookingId });
    const secondView = await sib.bookings.get({ bookingId: second.booking.bookingId });
    expect(firstView.submission?.type).toBe("CAR");
    expect(firstView.sre?.result).toBe("non-ident");
    expect(secondView.submission?.type).toBe("CPI");
    // The CPI carries the FBI number IAFIS created at the first booking, and no prints.
    expect(secondView.submission?.fbiNumber).toBe(firstView.sre?.fbiNumber);
    expect(await storedMessageTypes(world, second.booking.bookingId)).toEqual(["CAR", "CPI", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "NO_MATCH_IDR", "RELAY"]);
    expect(secondView.trace.some((e) => e.kind === "note" && e.note.text.startsWith("NFF state, later booking: CPI"))).toBe(true);
  });

  it("sends a CPI for a subject already on the NC SIB's file; CJIS searches IDENT with the prints on file (DOMAIN D6)", async () => {
    const lea = await world.as("lea.nc");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-nc-0003", templateId: DEMO_SUBJECTS.onFileInNc.templateId, charges: ["2399"] });
    const cjisView = await (await world.as("cjis")).bookings.get({ bookingId: booking.bookingId });
    expect(cjisView.submission).toMatchObject({ type: "CPI", fbiNumber: DEMO_SUBJECTS.onFileInNc.iafis.fbiNumber });
    expect(cjisView.identSearch).toMatchObject({ printsFrom: "FILE", templateId: DEMO_SUBJECTS.onFileInNc.templateId });
    expect(cjisView.status).toBe("iaq-sent");
  });

  it("without relay capability the response waits in the SIB's queue, and the SIB's relay holds it there (MOA IV.B)", async () => {
    const lea = await world.as("lea.tx");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-tx-0001", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["5499"] });
    expect(booking.status).toBe("awaiting-response");
    const sib = await world.as("sib.tx");
    const queue = await sib.sib.queue();
    expect(queue.awaitingRelay.map((q) => q.bookingId)).toContain(booking.bookingId);
    world.clock.advanceMinutes(2);
    const { booking: held } = await sib.sib.relay({ bookingId: booking.bookingId });
    expect(held.status).toBe("held-at-sib");
    expect(held.trace.at(-1)).toMatchObject({ kind: "note", note: { rule: "MOA IV.B" } });
    expect(held.heldAtSib?.reason).toMatch(/no technical capability to relay/);
    expect((await sib.sib.queue()).held.map((q) => q.bookingId)).toContain(booking.bookingId);
    // DOMAIN D12: the auditor reads every party's queue, every state's, in full.
    const auditor = await world.as("auditor");
    expect((await auditor.sib.queue()).held.map((q) => q.bookingId)).toContain(booking.bookingId);
    expect(Array.isArray(await auditor.cjis.queue())).toBe(true);
    expect(Array.isArray(await auditor.lesc.queue())).toBe(true);
    const leaView = await lea.bookings.get({ bookingId: booking.bookingId });
    expect(leaView.status).toBe("held-at-sib");
    expect(leaView.relay).toBeNull();
    expect(await storedMessageTypes(world, booking.bookingId)).not.toContain("RELAY");
    // Then the SIB's operator passes the held response on by other means, and records it (MOA IV.B, by hand).
    world.clock.advanceMinutes(5);
    const { booking: byHand } = await sib.sib.relay({ bookingId: booking.bookingId });
    expect(byHand.status).toBe("relayed");
    expect(byHand.trace.some((e) => e.kind === "note" && /relayed by hand/.test(e.note.text))).toBe(true);
    expect(await storedMessageTypes(world, booking.bookingId)).toContain("RELAY");
    expect((await lea.bookings.get({ bookingId: booking.bookingId })).relay).not.toBeNull();
    expect(await outcomeOf(sib.sib.relay({ bookingId: booking.bookingId }))).toMatch(/^CONFLICT: MOA IV\.B/);
  });

  it("lets a SIB act only on its own state's bookings", async () => {
    const lea = await world.as("lea.tx");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-tx-0002", templateId: DEMO_SUBJECTS.unknownEverywhere.templateId, charges: ["2399"] });
    const other = await world.as("sib.va");
    expect(await outcomeOf(other.sib.relay({ bookingId: booking.bookingId }))).toMatch(/^NOT_FOUND/);
    expect((await other.sib.queue()).awaitingRelay.map((q) => q.bookingId)).not.toContain(booking.bookingId);
  });
});
