import { describe, expect, it } from "vitest";
import { decideMoa } from "./decide";
import { NoticeInput } from "./notice";
import { moaStatusAt } from "./status";
import { apply, draftMoa, eventsOf, ICE, notice, refusalOf, SIB_VA, signedMoa } from "./testing";

const SENT = "2026-03-01T09:00:00.000Z";
const RECEIVED = "2026-03-02T10:00:00.000Z";

describe("termination notices (MOA VIII)", () => {
  it("MOA VIII: a termination by certified mail to the ICE POC takes effect 30 days after receipt", () => {
    // given a signed MOA, when the SIB's certified-mail notice reaches the ICE DRO POC
    const events = eventsOf(decideMoa(notice(SIB_VA, { kind: "termination", id: "n1", to: "ICE-DRO", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }), signedMoa()));
    // then the termination is effective 30 days after receipt, not after sending
    expect(events).toEqual([expect.objectContaining({ type: "TerminationNoticeReceived", effectiveAt: "2026-04-01T10:00:00.000Z" })]);
  });

  it("MOA VIII: until the termination takes effect the MOA stays in effect (termination pending)", () => {
    const state = apply(signedMoa(), notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "personal-delivery", sentAt: SENT, receivedAt: RECEIVED }));
    expect(state.status).toBe("termination-pending");
    expect(moaStatusAt(state, "2026-04-01T09:59:59.999Z")).toMatchObject({ status: "termination-pending", termination: { effectiveAt: "2026-04-01T10:00:00.000Z" } });
    // and once the date passes it is terminated although nothing was recorded since
    expect(moaStatusAt(state, "2026-04-01T10:00:00.000Z")).toMatchObject({ status: "terminated", since: "2026-04-01T10:00:00.000Z" });
  });

  it("MOA VIII: a termination by registered mail is accepted", () => {
    const events = eventsOf(decideMoa(notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "registered-mail", sentAt: SENT, receivedAt: RECEIVED }), signedMoa()));
    expect(events[0]?.type).toBe("TerminationNoticeReceived");
  });

  it.each(["oral", "email", "other-written"] as const)("MOA VIII: a termination notice by %s is refused", (delivery) => {
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "termination", id: "n1", to: "ICE-DRO", delivery, sentAt: SENT, receivedAt: RECEIVED }), signedMoa()));
    expect(refusal.rule).toBe("MOA VIII");
    expect(refusal.reason).toMatch(/delivered personally or by certified or registered mail/);
  });

  it("MOA VIII: a SIB termination notice to the SIB's own POC is refused (it goes to the ICE POC)", () => {
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }), signedMoa()));
    expect(refusal).toEqual({ rule: "MOA VIII", reason: expect.stringContaining("must be given to the ICE POC") });
  });

  it("MOA VIII: an ICE notice to the ICE Public Affairs POC is refused (it goes to the SIB POC)", () => {
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "suspension", id: "n1", to: "ICE-PUBLIC-AFFAIRS", delivery: "oral", sentAt: SENT, receivedAt: RECEIVED, ground: "competing-priorities" }), signedMoa()));
    expect(refusal.reason).toContain("must be given to the SIB POC");
  });

  it("MOA VIII: a notice to the SIB's public-information POC is not a notice to the ICE POC", () => {
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "suspension", id: "n1", to: "SIB-PUBLIC-INFORMATION", delivery: "other-written", sentAt: SENT, receivedAt: RECEIVED, ground: "resource-constraints" }), signedMoa()));
    expect(refusal.rule).toBe("MOA VIII");
  });

  it("Appendix C: a notice to a POC not on file is refused until one is recorded", () => {
    const withoutPocs = apply(
      apply({ ...draftMoa(), pointsOfContact: {} }, { type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: ICE, signatory: "M", title: "D" }),
      { type: "SignMoa", now: "2026-01-10T00:00:00.000Z", by: SIB_VA, signatory: "S", title: "E" },
    );
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }), withoutPocs));
    expect(refusal.rule).toBe("Appendix C");
  });

  it("MOA VI: a termination notice before both parties signed is refused", () => {
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }), draftMoa()));
    expect(refusal.rule).toBe("MOA VI");
  });

  it("MOA VIII: a second termination notice while one is pending is refused and the first date stands", () => {
    const pending = apply(signedMoa(), notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }));
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "termination", id: "n2", to: "ICE-OI", delivery: "certified-mail", sentAt: RECEIVED, receivedAt: "2026-03-05T00:00:00.000Z" }), pending));
    expect(refusal.reason).toContain("already pending");
    expect(refusal.reason).toContain("2026-04-01");
  });

  it("MOA VIII: no notice applies to a terminated MOA", () => {
    const pending = apply(signedMoa(), notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }));
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "suspension", id: "n2", to: "ICE-DRO", delivery: "oral", sentAt: "2026-05-01T00:00:00.000Z", receivedAt: "2026-05-01T00:00:00.000Z", ground: "resource-constraints" }), pending));
    expect(refusal.reason).toContain("was terminated on 2026-04-01");
  });

  it("MOA VIII: a notice cannot be recorded as received before it was sent, or before it is received", () => {
    expect(refusalOf(decideMoa(notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: RECEIVED, receivedAt: SENT }), signedMoa())).reason).toContain("before it was sent");
    expect(refusalOf(decideMoa(notice(ICE, { kind: "termination", id: "n1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }, SENT), signedMoa())).reason).toContain("record it once received");
  });

  it("MOA VIII: notices are recorded in the order they were received", () => {
    const suspended = apply(signedMoa(), notice(ICE, { kind: "suspension", id: "n1", to: "SIB", delivery: "oral", sentAt: RECEIVED, receivedAt: RECEIVED, ground: "resource-constraints" }));
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "resumption", id: "n2", to: "SIB", delivery: "oral", sentAt: SENT, receivedAt: SENT }, RECEIVED), suspended));
    expect(refusal.reason).toContain("in the order received");
  });
});

describe("suspension notices (MOA VIII)", () => {
  const suspend = notice(SIB_VA, { kind: "suspension", id: "s1", to: "ICE-DRO", delivery: "oral", sentAt: SENT, receivedAt: RECEIVED, ground: "resource-constraints" });

  it("MOA VIII: an oral suspension takes effect immediately on receipt", () => {
    const state = apply(signedMoa(), suspend);
    expect(state.status).toBe("suspended");
    expect(moaStatusAt(state, RECEIVED)).toMatchObject({ status: "suspended", since: RECEIVED });
    expect(moaStatusAt(state, "2026-03-02T09:59:59.999Z").status).toBe("in-effect");
  });

  it("MOA VIII: a suspension lasts until the suspending party resumes", () => {
    const suspended = apply(signedMoa(), suspend);
    expect(moaStatusAt(suspended, "2027-01-01T00:00:00.000Z").status).toBe("suspended");
    const resumed = apply(suspended, notice(SIB_VA, { kind: "resumption", id: "r1", to: "ICE-OI", delivery: "other-written", sentAt: "2026-03-09T00:00:00.000Z", receivedAt: "2026-03-10T00:00:00.000Z" }));
    expect(resumed.status).toBe("in-effect");
    expect(moaStatusAt(resumed, "2026-03-10T00:00:00.000Z").status).toBe("in-effect");
    // and the suspension still shows for instants inside it
    expect(moaStatusAt(resumed, "2026-03-05T00:00:00.000Z").status).toBe("suspended");
  });

  it("MOA VIII: the non-suspending party cannot resume a suspension", () => {
    const suspended = apply(signedMoa(), suspend);
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "resumption", id: "r1", to: "SIB", delivery: "certified-mail", sentAt: "2026-03-10T00:00:00.000Z", receivedAt: "2026-03-10T00:00:00.000Z" }), suspended));
    expect(refusal).toEqual({ rule: "MOA VIII", reason: expect.stringContaining("until the suspending party resumes: SIB VA suspended") });
  });

  it("MOA VIII: resuming when nothing is suspended is refused", () => {
    const refusal = refusalOf(decideMoa(notice(ICE, { kind: "resumption", id: "r1", to: "SIB", delivery: "oral", sentAt: SENT, receivedAt: RECEIVED }), signedMoa()));
    expect(refusal.reason).toContain("not suspended");
  });

  it("MOA VIII: a party that already suspended cannot suspend again", () => {
    const suspended = apply(signedMoa(), suspend);
    const refusal = refusalOf(decideMoa(notice(SIB_VA, { kind: "suspension", id: "s2", to: "ICE-DRO", delivery: "oral", sentAt: "2026-03-03T00:00:00.000Z", receivedAt: "2026-03-03T00:00:00.000Z", ground: "competing-priorities" }), suspended));
    expect(refusal.reason).toContain("already suspended");
  });

  it("MOA VIII: when both parties suspend, activities resume only when both have resumed", () => {
    const both = apply(
      apply(signedMoa(), suspend),
      notice(ICE, { kind: "suspension", id: "s2", to: "SIB", delivery: "oral", sentAt: "2026-03-03T00:00:00.000Z", receivedAt: "2026-03-03T00:00:00.000Z", ground: "competing-priorities" }),
    );
    const sibResumed = apply(both, notice(SIB_VA, { kind: "resumption", id: "r1", to: "ICE-DRO", delivery: "oral", sentAt: "2026-03-04T00:00:00.000Z", receivedAt: "2026-03-04T00:00:00.000Z" }));
    expect(moaStatusAt(sibResumed, "2026-03-05T00:00:00.000Z")).toMatchObject({ status: "suspended", since: "2026-03-03T00:00:00.000Z" });
    const allResumed = apply(sibResumed, notice(ICE, { kind: "resumption", id: "r2", to: "SIB", delivery: "oral", sentAt: "2026-03-06T00:00:00.000Z", receivedAt: "2026-03-06T00:00:00.000Z" }));
    expect(moaStatusAt(allResumed, "2026-03-06T00:00:00.000Z").status).toBe("in-effect");
  });

  it("MOA VIII: a suspension while a termination is pending is accepted and ends, at the latest, with the MOA", () => {
    const pending = apply(signedMoa(), notice(ICE, { kind: "termination", id: "t1", to: "SIB", delivery: "certified-mail", sentAt: SENT, receivedAt: RECEIVED }));
    const suspended = apply(pending, notice(SIB_VA, { kind: "suspension", id: "s1", to: "ICE-DRO", delivery: "oral", sentAt: "2026-03-05T00:00:00.000Z", receivedAt: "2026-03-05T00:00:00.000Z", ground: "competing-priorities" }));
    expect(moaStatusAt(suspended, "2026-03-20T00:00:00.000Z")).toMatchObject({ status: "suspended", termination: { effectiveAt: "2026-04-01T10:00:00.000Z" } });
    expect(moaStatusAt(suspended, "2026-04-02T00:00:00.000Z").status).toBe("terminated");
  });

  it("MOA VIII: a termination while suspended is accepted; the MOA stays suspended until it ends", () => {
    const suspended = apply(signedMoa(), suspend);
    const both = apply(suspended, notice(ICE, { kind: "termination", id: "t1", to: "SIB", delivery: "personal-delivery", sentAt: "2026-03-05T00:00:00.000Z", receivedAt: "2026-03-05T00:00:00.000Z" }));
    expect(both.status).toBe("termination-pending");
    expect(moaStatusAt(both, "2026-03-06T00:00:00.000Z").status).toBe("suspended");
    expect(moaStatusAt(both, "2026-04-04T00:00:00.000Z").status).toBe("terminated");
  });

  it("MOA VIII: a suspension notice without a ground of resource constraints or competing priorities is malformed", () => {
    const parsed = NoticeInput.safeParse({ kind: "suspension", id: "s1", to: "SIB", delivery: "oral", sentAt: SENT, receivedAt: RECEIVED, ground: "politics" });
    expect(parsed.success).toBe(false);
  });
});
