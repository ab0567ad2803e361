import { describe, expect, it } from "vitest";
import { sequenceDiagramOf, type TaggedTraceEntry } from "./diagram";
import type { FlowEvent } from "./events";
import { fixtureEnv, given, happyPath } from "./fixtures";
import { traceEntriesOf } from "./trace";
import { isActive } from "./state";

const tagged = (events: readonly FlowEvent[]): TaggedTraceEntry[] => events.flatMap((e) => traceEntriesOf(e).map((entry) => ({ entry, source: e.type })));
const arrows = (events: readonly FlowEvent[], withheld: string | null = null) =>
  sequenceDiagramOf(tagged(events), withheld).rows.map((r) => (r.kind === "message" ? `${r.type} ${r.from}>${r.to}` : r.kind === "stop" ? `stop ${r.from}>${r.to}` : `note ${r.lane}`));

describe("a booking's trace as a sequence diagram (DOMAIN 3.8)", () => {
  it("given a match relayed to the LEA, then one arrow per message on the MOA's lanes, the CAR to IAFIS and the IDENT search from CJIS", () => {
    const p = happyPath({ templateId: "T-PRIOR-L1", charges: ["1201"] });
    const { events } = given(fixtureEnv(), [...p.book, ...p.toIdent, ...p.match]);
    const rows = arrows(events).filter((r) => !r.startsWith("note"));
    expect(rows).toEqual([
      "CAR LEA>SIB",
      "CAR SIB>IAFIS",
      "SRE IAFIS>SIB",
      "IDENT_SEARCH CJIS>IDENT",
      "IDENT_RESULT IDENT>CJIS",
      "IAQ CJIS>LESC",
      "IAR LESC>CJIS",
      "IDR_IAR CJIS>SIB",
      "RELAY SIB>LEA",
    ]);
    // MOA V.C: the priority is a note on ICE's lane; the booking a note on the LEA's.
    expect(arrows(events)).toEqual(expect.arrayContaining(["note LEA", "note ICE"]));
  });

  it("given the MOA suspended (D7), then IAFIS only, and the IDENT search drawn as a stop with its reason", () => {
    const env = fixtureEnv(() => ({ active: false, reason: "the MOA with VA is suspended (MOA VIII)" }));
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state, events } = given(env, [...p.book, ...p.toIdent.slice(0, 2)]);
    const withheld = isActive(state) ? (state.withheld?.step ?? null) : null;
    const diagram = sequenceDiagramOf(tagged(events), withheld);
    expect(diagram.rows.filter((r) => r.kind === "message").map((r) => (r.kind === "message" ? r.type : ""))).toEqual(["CAR", "CAR", "SRE"]);
    const stop = diagram.rows.find((r) => r.kind === "stop");
    expect(stop).toMatchObject({ kind: "stop", from: "CJIS", to: "IDENT", rule: "DOMAIN D7" });
    expect(stop?.kind === "stop" ? stop.reason : "").toMatch(/suspended/);
  });
});
