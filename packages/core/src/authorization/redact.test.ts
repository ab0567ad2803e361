import { describe, expect, it } from "vitest";
import type { Party } from "../reference/parties";
import { redactIceOnlyFields } from "./redact";

const LEA: Party = { kind: "LEA", ori: "VA0010000" };
const SIB: Party = { kind: "SIB", state: "VA" };

const determination = { tcn: "T1", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-01T00:00:00.000Z", outcome: "removable" };
const sent = { tcn: "T2", sentAt: "2026-03-01T00:01:00.000Z", receivedAt: "2026-03-01T00:01:00.000Z" };

const view = (over: Record<string, unknown> = {}) => ({
  bookingId: "B1",
  determination: null as typeof determination | null,
  priority: null as { level: number } | null,
  response: null as typeof sent | null,
  relay: null as typeof sent | null,
  ice: { detainer: null as { at: string } | null, custody: null, removalProceedings: null, adjudication: null },
  ...over,
});

describe("redaction of ICE-only fields (MOA III, DOMAIN section 1)", () => {
  it("MOA III: before ICE sets them, a SIB or an LEA does not see ICE-only fields at all", () => {
    for (const party of [SIB, LEA]) {
      const redacted = redactIceOnlyFields(party, view());
      expect(redacted).not.toHaveProperty("determination");
      expect(redacted).not.toHaveProperty("priority");
      expect(redacted.ice).toEqual({ adjudication: null });
      expect(redacted.bookingId).toBe("B1");
    }
  });

  it("MOA III: a determination LESC recorded is hidden from the SIB until the IDR/IAR reached it, and from the LEA until relayed", () => {
    const determined = view({ determination });
    expect(redactIceOnlyFields(SIB, determined)).not.toHaveProperty("determination");
    const atSib = view({ determination, response: sent });
    expect(redactIceOnlyFields(SIB, atSib).determination).toEqual(determination);
    expect(redactIceOnlyFields(LEA, atSib)).not.toHaveProperty("determination");
    expect(redactIceOnlyFields(LEA, view({ determination, response: sent, relay: sent })).determination).toEqual(determination);
  });

  it("MOA III: ICE's priority, which gives the determination away, is held back on the same terms", () => {
    const priority = { level: 1 };
    expect(redactIceOnlyFields(SIB, view({ determination, priority }))).not.toHaveProperty("priority");
    expect(redactIceOnlyFields(SIB, view({ determination, priority, response: sent })).priority).toEqual(priority);
    expect(redactIceOnlyFields(LEA, view({ determination, priority, response: sent }))).not.toHaveProperty("priority");
    expect(redactIceOnlyFields(LEA, view({ determination, priority, response: sent, relay: sent })).priority).toEqual(priority);
  });

  it("MOA V.C: a detainer ICE lodged is visible to the LEA once set", () => {
    const lodged = view({ ice: { detainer: { at: "2026-03-02T00:00:00.000Z" }, custody: null, removalProceedings: null, adjudication: null } });
    expect(redactIceOnlyFields(LEA, lodged).ice).toEqual({ detainer: { at: "2026-03-02T00:00:00.000Z" }, adjudication: null });
  });

  it("DOMAIN section 1: ICE parties and auditors get the view unchanged", () => {
    const v = view();
    for (const party of [{ kind: "LESC" }, { kind: "AUDITOR" }, { kind: "ICE-FIELD-OFFICE", office: "WAS" }] as const) {
      expect(redactIceOnlyFields(party, v)).toEqual(v);
    }
  });
});
