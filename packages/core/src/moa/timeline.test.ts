import { describe, expect, it } from "vitest";
import { evolveLeaStanding, initialLeaStanding } from "./lea-suspension";
import { describeMoaStatus, moaAt, moaTimeline } from "./timeline";
import { moaStatusAt } from "./status";
import { applyAll, ICE, notice, SIB_VA, signedMoa } from "./testing";

const DAY = "2026-03-01T12:00:00.000Z";

function history() {
  return applyAll(signedMoa(), [
    notice(SIB_VA, { kind: "suspension", id: "S1", to: "ICE-DRO", delivery: "oral", sentAt: "2026-02-01T09:00:00.000Z", receivedAt: "2026-02-01T09:00:00.000Z", ground: "resource-constraints" }),
    notice(SIB_VA, { kind: "resumption", id: "R1", to: "ICE-DRO", delivery: "email", sentAt: "2026-02-03T09:00:00.000Z", receivedAt: "2026-02-03T09:00:00.000Z" }),
    { type: "ProposeModification", now: "2026-02-10T00:00:00.000Z", by: ICE, modificationId: "M1", text: "Add a second relay line" },
    { type: "ConsentToModification", now: "2026-02-12T00:00:00.000Z", by: SIB_VA, modificationId: "M1", form: "written" },
    notice(ICE, { kind: "termination", id: "T1", to: "SIB", delivery: "certified-mail", sentAt: "2026-02-27T12:00:00.000Z", receivedAt: DAY }),
  ]);
}

describe("the MOA's timeline and what held on a day", () => {
  it("lists signatures, notices, modifications and the termination date in order, in the MOA's words", () => {
    const entries = moaTimeline(history());
    expect(entries.map((e) => e.kind)).toEqual(["signature", "signature", "took-effect", "notice", "notice", "modification", "modification", "modification", "notice", "termination"]);
    expect(entries.at(-2)?.text).toMatch(/ICE gave notice of termination T1 to Pat Sib \(the SIB POC \(Appendix C\)\) by certified mail, sent 2026-02-27 12:00 UTC, received 2026-03-01 12:00 UTC/);
    expect(entries.at(-1)).toMatchObject({ at: "2026-03-31T12:00:00.000Z", rule: "MOA VIII", text: expect.stringMatching(/30 days after receipt of notice T1/) });
  });

  it("answers what held on a chosen instant: suspended in the suspension, in effect with the modification later, the days left after receipt", () => {
    const moa = history();
    expect(moaAt(moa, [], "2026-02-02T00:00:00.000Z")).toMatchObject({ status: { status: "suspended" }, modificationsInEffect: [] });
    expect(moaAt(moa, [], "2026-02-20T00:00:00.000Z")).toMatchObject({ status: { status: "in-effect" }, modificationsInEffect: [{ id: "M1" }] });
    const pending = moaAt(moa, [], "2026-03-03T12:00:00.000Z");
    expect(pending.terminationDaysLeft).toBe(28);
    expect(pending.statusText).toMatch(/stays in effect until 2026-03-31 12:00 UTC, 28 days left \(MOA VIII, 30 days from receipt\)/);
    expect(moaAt(moa, [], "2026-04-01T00:00:00.000Z").status.status).toBe("terminated");
  });

  it("shows an LEA's suspension for profiling with its written reason, and its reinstatement, on the day they held", () => {
    const suspended = evolveLeaStanding(initialLeaStanding("VA0010000"), { type: "LeaSuspended", at: "2026-02-15T00:00:00.000Z", ori: "VA0010000", reason: "pattern of pretextual stops" });
    const reinstated = evolveLeaStanding(suspended, { type: "LeaReinstated", at: "2026-02-20T00:00:00.000Z", ori: "VA0010000", note: "remedial training done" });
    expect(moaAt(history(), [reinstated], "2026-02-16T00:00:00.000Z").leasSuspended).toEqual([expect.objectContaining({ ori: "VA0010000", reason: "pattern of pretextual stops" })]);
    expect(moaAt(history(), [reinstated], "2026-02-21T00:00:00.000Z").leasSuspended).toEqual([]);
    expect(moaTimeline(history(), [reinstated]).filter((e) => e.kind.startsWith("lea-")).map((e) => e.text)).toEqual([
      'ICE suspended LEA VA0010000 (use for racial or ethnic profiling is not permitted): "pattern of pretextual stops"',
      'ICE reinstated LEA VA0010000: "remedial training done"',
    ]);
  });

  it("says an unsigned MOA is not in effect and who signed", () => {
    const moa = signedMoa();
    expect(describeMoaStatus("VA", moaStatusAt(moa, "2026-01-06T00:00:00.000Z"), null)).toBe("The MOA with VA is not in effect: it is effective only upon signing by both parties (MOA VI); signed by ICE only.");
  });
});
