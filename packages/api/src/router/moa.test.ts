import { auditLog, events } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes } from "../flow/test-world";
import { errorOf, mutate, startServer } from "../test/http";
import { openWorld, type World } from "../test/world";

const DAY_MS = 86_400_000;

describe.each(testBackends())("the MOA for VA on $name (MOA VI, VIII)", (backend) => {
  let world: World;
  const iso = (offsetMs = 0) => new Date(world.clock.now().getTime() + offsetMs).toISOString();
  beforeAll(async () => {
    // The demo world without the flow's seed: no MOA is signed yet.
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("is unsigned until both parties sign, then in effect from the second signature (MOA VI)", async () => {
    const program = await world.as("program");
    const sib = await world.as("sib.va");
    expect((await sib.moa.get({ state: "VA" })).status).toEqual({ status: "unsigned", signedBy: [] });
    const first = await program.moa.sign({ state: "VA", signatory: "A. Director", title: "Director, Secure Communities" });
    expect(first.moa.status).toEqual({ status: "unsigned", signedBy: ["ICE"] });
    world.clock.advanceMinutes(5);
    const second = await sib.moa.sign({ state: "VA", signatory: "B. Chief", title: "Chief, Virginia SIB" });
    expect(second.moa.status).toEqual({ status: "in-effect", since: iso() });
    expect(await outcomeOf(sib.moa.sign({ state: "VA", signatory: "B. Chief", title: "Chief" }))).toMatch(/^PRECONDITION_FAILED: MOA VI: SIB VA already signed/);
  });

  it("lets each side record its own points of contact, and refuses the other side's (Appendix C)", async () => {
    const program = await world.as("program");
    const sib = await world.as("sib.va");
    await program.moa.setPointOfContact({ state: "VA", poc: { role: "ICE-DRO", name: "D. Removal" } });
    await sib.moa.setPointOfContact({ state: "VA", poc: { role: "SIB", state: "VA", name: "S. Bureau" } });
    expect(await outcomeOf(sib.moa.setPointOfContact({ state: "VA", poc: { role: "ICE-OI", name: "Not theirs" } }))).toMatch(/^PRECONDITION_FAILED: Appendix C: the ICE-OI point of contact is kept by ICE/);
    const moa = await (await world.as("lea.va")).moa.get({ state: "VA" });
    expect(moa.pointsOfContact).toMatchObject({ "ICE-DRO": { name: "D. Removal" }, SIB: { name: "S. Bureau" } });
  });

  it("refuses an oral termination, naming MOA VIII, and records nothing", async () => {
    const sib = await world.as("sib.va");
    const oral = sib.moa.giveNotice({
      idempotencyKey: "notice-va-oral-1",
      state: "VA",
      notice: { kind: "termination", to: "ICE-DRO", delivery: "oral", sentAt: iso(), receivedAt: iso() },
    });
    expect(await outcomeOf(oral)).toMatch(/^PRECONDITION_FAILED: MOA VIII: a termination notice shall be written and delivered personally or by certified or registered mail; oral notice/);
    expect((await sib.moa.get({ state: "VA" })).notices).toEqual([]);
  });

  it("answers refusals over HTTP as 4xx naming the MOA rule or the field, with no stack, and audits them", async () => {
    const server = await startServer(world.database, { clock: world.clock });
    try {
      const sibToken = await world.signIn("sib.va");
      const oral = await mutate(server.url, "moa.giveNotice", {
        idempotencyKey: "notice-va-oral-http",
        state: "VA",
        notice: { kind: "termination", to: "ICE-DRO", delivery: "oral", sentAt: iso(), receivedAt: iso() },
      }, { token: sibToken });
      expect(oral.status).toBe(412);
      expect(errorOf(oral.body)).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(/^MOA VIII: a termination notice shall be written/) });
      const noReason = await mutate(server.url, "moa.suspendLea", { idempotencyKey: "susp-http-0001", ori: "VA0010000", reason: "" }, { token: await world.signIn("program") });
      expect(noReason.status).toBe(400);
      expect(errorOf(noReason.body).fieldErrors).toEqual([{ path: "reason", message: "the reason for suspending an LEA must be given in writing (it is empty)" }]);
      for (const answer of [oral, noReason]) expect(answer.text).not.toMatch(/"stack"|\.ts:\d+/);
      const audited = await world.database.db.select().from(auditLog).where(eq(auditLog.action, "moa.giveNotice"));
      expect(audited.map((a) => `${a.outcome} ${a.detail ?? ""}`)).toContainEqual(expect.stringMatching(/^failure MOA VIII: a termination notice/));
    } finally {
      await server.close();
    }
  });

  it("refuses a notice to the wrong point of contact (MOA VIII: ICE's notices go to the SIB POC)", async () => {
    const program = await world.as("program");
    const wrong = program.moa.giveNotice({
      idempotencyKey: "notice-va-wrong-1",
      state: "VA",
      notice: { kind: "suspension", to: "ICE-DRO", delivery: "email", sentAt: iso(), receivedAt: iso(), ground: "competing-priorities" },
    });
    expect(await outcomeOf(wrong)).toMatch(/^PRECONDITION_FAILED: MOA VIII: a suspension notice by ICE must be given to the SIB POC \(Appendix C\), not to the ICE DRO POC/);
  });

  it("does not let an LEA give MOA notices, nor an auditor write, though both read the MOA", async () => {
    const notice = { kind: "suspension", to: "ICE-DRO", delivery: "email", sentAt: iso(), receivedAt: iso(), ground: "resource-constraints" } as const;
    const lea = await world.as("lea.va");
    const auditor = await world.as("auditor");
    expect(await outcomeOf(lea.moa.giveNotice({ idempotencyKey: "notice-lea-0001", state: "VA", notice }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf(auditor.moa.giveNotice({ idempotencyKey: "notice-aud-0001", state: "VA", notice }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf(auditor.moa.sign({ state: "NC", signatory: "X", title: "Y" }))).toMatch(/^FORBIDDEN/);
    expect((await auditor.moa.get({ state: "VA" })).status.status).toBe("in-effect");
    expect((await auditor.moa.list()).map((m) => m.state)).toEqual(["VA", "NC", "TX", "MD", "AZ"]);
  });

  it("keeps a SIB to its own state's MOA: it reads and lists VA only, and cannot sign NC's", async () => {
    const sib = await world.as("sib.va");
    expect((await sib.moa.list()).map((m) => `${m.state} ${m.status}`)).toEqual(["VA in-effect"]);
    expect(await outcomeOf(sib.moa.get({ state: "NC" }))).toMatch(/^FORBIDDEN: state: this account may not read the MOA for NC/);
    expect(await outcomeOf(sib.moa.sign({ state: "NC", signatory: "X", title: "Y" }))).toMatch(/^FORBIDDEN: SignMoa: SIB VA acts within VA only, not in NC/);
  });

  it("suspends on receipt of a suspension notice and resumes on the suspending side's resumption; a retry with the same key records it once", async () => {
    world.clock.advanceMinutes(60);
    const sib = await world.as("sib.va");
    const notice = { kind: "suspension", to: "ICE-DRO", delivery: "email", sentAt: iso(-30 * 60_000), receivedAt: iso(), ground: "resource-constraints", details: "budget" } as const;
    const first = await sib.moa.giveNotice({ idempotencyKey: "notice-va-susp-1", state: "VA", notice });
    expect(first.moa.status).toMatchObject({ status: "suspended", since: iso() });
    expect(first.moa.notices.at(-1)).toMatchObject({ id: first.id, from: "SIB", recipientName: "D. Removal" });
    const retry = await sib.moa.giveNotice({ idempotencyKey: "notice-va-susp-1", state: "VA", notice });
    expect(retry).toEqual(first);
    expect((await sib.moa.get({ state: "VA" })).notices).toHaveLength(1);
    expect(await outcomeOf(sib.moa.giveNotice({ idempotencyKey: "notice-va-susp-1", state: "VA", notice: { ...notice, details: "other" } }))).toMatch(/^CONFLICT: idempotencyKey/);
    // MOA VIII: only the suspending party resumes.
    const program = await world.as("program");
    const theirs = program.moa.giveNotice({ idempotencyKey: "notice-va-res-ice", state: "VA", notice: { kind: "resumption", to: "SIB", delivery: "email", sentAt: iso(), receivedAt: iso() } });
    expect(await outcomeOf(theirs)).toMatch(/^PRECONDITION_FAILED: MOA VIII: a suspension lasts until the suspending party resumes/);
    world.clock.advanceMinutes(60);
    const resumed = await (await world.as("sib.va")).moa.giveNotice({ idempotencyKey: "notice-va-res-1", state: "VA", notice: { kind: "resumption", to: "ICE-DRO", delivery: "oral", sentAt: iso(), receivedAt: iso() } });
    expect(resumed.moa.status).toMatchObject({ status: "in-effect" });
  });

  it("is modified by mutual written consent only (MOA VIII)", async () => {
    const sib = await world.as("sib.va");
    const program = await world.as("program");
    const proposed = await sib.moa.proposeModification({ idempotencyKey: "mod-va-0001", state: "VA", text: "Add a second SIB POC." });
    const modificationId = proposed.id ?? "";
    expect(await outcomeOf(program.moa.consentToModification({ state: "VA", modificationId, form: "oral" }))).toMatch(/^PRECONDITION_FAILED: MOA VIII: the MOA is modified only by mutual written consent/);
    const consented = await program.moa.consentToModification({ state: "VA", modificationId, form: "written" });
    expect(consented.moa.modifications).toEqual([expect.objectContaining({ id: modificationId, status: "in-effect", effectiveAt: iso() })]);
  });

  it("terminates 30 days after receipt of a written notice by certified mail, pending until then (MOA VIII)", async () => {
    world.clock.advanceMs(2 * DAY_MS);
    const program = await world.as("program");
    const receivedAt = iso();
    const answer = await program.moa.giveNotice({
      idempotencyKey: "notice-va-term-1",
      state: "VA",
      notice: { kind: "termination", to: "SIB", delivery: "certified-mail", sentAt: iso(-DAY_MS), receivedAt },
    });
    const effective = new Date(new Date(receivedAt).getTime() + 30 * DAY_MS).toISOString();
    expect(answer.moa.status).toMatchObject({ status: "termination-pending", since: receivedAt });
    expect(answer.moa.pendingTerminationAt).toBe(effective);
    // Sessions lock after 30 idle minutes, so each read after a jump signs in again.
    world.clock.advanceMs(30 * DAY_MS - 1);
    expect((await (await world.as("program")).moa.get({ state: "VA" })).status.status).toBe("termination-pending");
    world.clock.advanceMs(1);
    const after = await (await world.as("sib.va")).moa.get({ state: "VA" });
    expect(after.status).toMatchObject({ status: "terminated", since: effective });
    // Nothing was recorded at the termination date: the status is read from the notice and the clock.
    expect(after.notices.map((n) => n.kind)).toEqual(["suspension", "resumption", "termination"]);
  });
});

describe.each(testBackends())("LEA suspension for profiling (MOA VIII) and concurrent signatures on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("is the SC Program Office's alone, needs a written reason, and is reinstated with a note", async () => {
    expect(await outcomeOf((await world.as("sib.va")).moa.suspendLea({ idempotencyKey: "susp-lea-sib-1", ori: "VA0010000", reason: "profiling" }))).toMatch(/^FORBIDDEN/);
    const program = await world.as("program");
    expect(await outcomeOf(program.moa.suspendLea({ idempotencyKey: "susp-lea-0001", ori: "VA0010000", reason: "  " }))).toMatch(/^BAD_REQUEST: [\s\S]*"reason"[\s\S]*the reason for suspending an LEA must be given in writing/);
    expect(await outcomeOf(program.moa.suspendLea({ idempotencyKey: "susp-lea-0002", ori: "VA9990000", reason: "profiling" }))).toMatch(/^NOT_FOUND: ori: no agency VA9990000/);
    const suspended = await program.moa.suspendLea({ idempotencyKey: "susp-lea-0003", ori: "VA0010000", reason: "IDENT/IAFIS used for ethnic profiling (case 12)" });
    expect(suspended).toMatchObject({ status: "suspended", reason: "IDENT/IAFIS used for ethnic profiling (case 12)" });
    const lea = await world.as("lea.va");
    expect((await lea.moa.get({ state: "VA" })).leaStandings).toEqual([expect.objectContaining({ ori: "VA0010000", status: "suspended" })]);
    world.clock.advanceMinutes(10);
    expect(await program.moa.reinstateLea({ ori: "VA0010000", note: "remedial training completed" })).toMatchObject({ status: "in-program" });
    expect(await outcomeOf(program.moa.reinstateLea({ ori: "VA0010000", note: "again" }))).toMatch(/^PRECONDITION_FAILED: MOA VIII: LEA VA0010000 is not suspended/);
  });

  it("takes both signatures given at the same moment: one command re-reads the stream after the other's append, and the MOA takes effect once", async () => {
    const [program, sib] = await Promise.all([world.as("program"), world.as("sib.va")]);
    const answers = await Promise.all([
      program.moa.sign({ state: "VA", signatory: "A. Director", title: "Director" }),
      sib.moa.sign({ state: "VA", signatory: "B. Chief", title: "Chief" }),
    ]);
    expect(answers.map((a) => a.moa.status.status).sort()).toEqual(["in-effect", "unsigned"]);
    const rows = await world.database.db.select().from(events).where(eq(events.streamId, "moa-VA")).orderBy(asc(events.version));
    expect(rows.map((r) => r.type).sort()).toEqual(["MoaSigned", "MoaSigned", "MoaTookEffect"]);
  });
});

describe.each(testBackends())("the booking flow's D7 gate sees the MOA router's changes on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("a VA MOA suspended through moa.giveNotice stops the IDENT search of a VA booking, and the trace says why", async () => {
    const at = world.clock.now().toISOString();
    await (await world.as("program")).moa.setPointOfContact({ state: "VA", poc: { role: "ICE-DRO", name: "D. Removal" } });
    await (await world.as("sib.va")).moa.giveNotice({
      idempotencyKey: "notice-va-d7-0001",
      state: "VA",
      notice: { kind: "suspension", to: "ICE-DRO", delivery: "personal-delivery", sentAt: at, receivedAt: at, ground: "competing-priorities" },
    });
    world.clock.advanceMinutes(1);
    const { booking } = await (await world.as("lea.va")).bookings.book({ idempotencyKey: "book-va-d7-0001", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    expect(booking.status).toBe("withheld");
    expect(await storedMessageTypes(world, booking.bookingId)).toEqual(["CAR", "CAR", "SRE"]);
    const note = booking.trace.at(-1);
    expect(note?.kind === "note" ? note.note.text : "").toMatch(/MOA for VA is suspended since .* by SIB VA \(competing priorities\): no IDENT search, IAQ, IAR or IDR \(DOMAIN D7\)/);
  });

  it("an LEA suspended through moa.suspendLea has its booking withheld; another LEA's is searched", async () => {
    await (await world.as("program")).moa.suspendLea({ idempotencyKey: "susp-nc-d7-0001", ori: "NC0010000", reason: "profiling found by audit" });
    world.clock.advanceMinutes(1);
    const nc = await (await world.as("lea.nc")).bookings.book({ idempotencyKey: "book-nc-d7-0001", templateId: DEMO_SUBJECTS.priorLevel2Match.templateId, charges: ["2399"] });
    expect(nc.booking.status).toBe("withheld");
    const note = nc.booking.trace.at(-1);
    expect(note?.kind === "note" ? note.note.text : "").toMatch(/NC0010000.*suspended.*profiling found by audit/);
    const tx = await (await world.as("lea.tx")).bookings.book({ idempotencyKey: "book-tx-d7-0001", templateId: DEMO_SUBJECTS.priorLevel2Match.templateId, charges: ["2399"] });
    expect(await storedMessageTypes(world, tx.booking.bookingId)).toContain("IDENT_SEARCH");
  });
});
