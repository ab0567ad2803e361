import { describe, expect, it } from "vitest";
import { decideMoa } from "./decide";
import { apply, draftMoa, eventsOf, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

const propose = { type: "ProposeModification", now: "2026-02-01T00:00:00.000Z", by: ICE, modificationId: "mod-1", text: "Add the IDENT response time target" } as const;

describe("modifications (MOA VIII)", () => {
  it("MOA VIII: a proposed modification is not in effect until both parties consented in writing", () => {
    const proposed = apply(signedMoa(), propose);
    expect(proposed.modifications["mod-1"]).toMatchObject({ status: "proposed", consents: { ICE: "2026-02-01T00:00:00.000Z" } });
    const events = eventsOf(decideMoa({ type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", form: "written" }, proposed));
    expect(events.map((e) => e.type)).toEqual(["ModificationConsented", "ModificationTookEffect"]);
    const applied = apply(proposed, { type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", form: "written" });
    expect(applied.modifications["mod-1"]).toMatchObject({ status: "in-effect", effectiveAt: "2026-02-03T00:00:00.000Z" });
  });

  it("MOA VIII: an oral consent to a modification is refused", () => {
    const refusal = refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", form: "oral" }, apply(signedMoa(), propose)));
    expect(refusal).toEqual({ rule: "MOA VIII", reason: expect.stringContaining("mutual written consent") });
  });

  it("MOA VIII: the proposer's written proposal is its consent; it cannot consent twice", () => {
    const refusal = refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: ICE, modificationId: "mod-1", form: "written" }, apply(signedMoa(), propose)));
    expect(refusal.reason).toContain("already consented");
  });

  it("MOA VIII: the other party may decline; a declined modification never takes effect", () => {
    const declined = apply(apply(signedMoa(), propose), { type: "DeclineModification", now: "2026-02-02T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", reason: "budget" });
    expect(declined.modifications["mod-1"]?.status).toBe("declined");
    const refusal = refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", form: "written" }, declined));
    expect(refusal.reason).toContain("already declined");
  });

  it("MOA VI: an unsigned MOA cannot be modified", () => {
    expect(refusalOf(decideMoa(propose, draftMoa())).rule).toBe("MOA VI");
  });

  it("MOA VIII: consent to an unknown modification is refused", () => {
    expect(refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-02-03T00:00:00.000Z", by: SIB_VA, modificationId: "nope", form: "written" }, signedMoa())).reason).toContain("no modification nope");
  });

  it("MOA VIII: a modification cannot take effect once the MOA is terminated", () => {
    const pending = apply(apply(signedMoa(), propose), {
      type: "GiveNotice",
      now: "2026-02-02T00:00:00.000Z",
      by: ICE,
      notice: { kind: "termination", id: "t1", to: "SIB", delivery: "certified-mail", sentAt: "2026-02-01T00:00:00.000Z", receivedAt: "2026-02-02T00:00:00.000Z" },
    });
    const refusal = refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-03-10T00:00:00.000Z", by: SIB_VA, modificationId: "mod-1", form: "written" }, pending));
    expect(refusal.reason).toContain("no longer in effect");
  });
});
