// The engine bench's world: one state with an MOA in effect, two LEAs, 1,000
// subjects, every booking an IDENT match that LESC determines and the SIB
// relays, bookings 0.1 s apart. Deterministic: every process builds the same one.
import type { ScenarioInput } from "../../src/scenario";

export const SUBJECTS = 1_000;
const T0 = Date.parse("2026-03-01T00:00:00.000Z");

export function engineScenario(bookings: number): ScenarioInput {
  const subjects = Array.from({ length: SUBJECTS }, (_, i) => ({
    id: `S${i}`,
    templateId: `T${i}`,
    iafis: { fbiNumber: `F${i}`, convictions: i % 3 === 0 ? [{ ncicCode: "0911", date: "2019-01-01T00:00:00Z", sentenceDays: 900 }] : [] },
    ident: [{ encounterId: `E${i}`, encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" as const }],
    lescDetermination: i % 2 === 0 ? ("removable" as const) : ("lawful-permanent-resident" as const),
  }));
  return {
    name: "engine bench",
    world: {
      states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
      agencies: [
        { ori: "VA0010000", name: "a", state: "VA" },
        { ori: "VA0020000", name: "b", state: "VA" },
      ],
      fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
      moas: [{ state: "VA", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
      subjects,
    },
    timeline: Array.from({ length: bookings }, (_, i) => ({
      type: "book" as const,
      at: new Date(T0 + i * 100).toISOString(),
      bookingId: `B${i}`,
      ori: i % 2 === 0 ? "VA0010000" : "VA0020000",
      subject: `S${i % SUBJECTS}`,
      charges: ["2399"],
    })),
  };
}
