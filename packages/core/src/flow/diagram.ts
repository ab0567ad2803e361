// A booking's trace as a sequence diagram (DOMAIN 3.8): one lane per party of
// the MOA's flow and one arrow per message, in time order; a step that did not
// happen is a stop with its reason (D7: MOA suspended or terminated, LEA
// suspended; MOA IV.B: a SIB without the capability to relay). Both UIs draw
// this one model, so the web page and `sc trace` cannot disagree.
//
// Decisions on lanes (the MOA names IAFIS and IDENT as systems, CJIS as the
// party that runs the first and queries the second):
// - a CAR or CPI sent to CJIS arrives at IAFIS, and IAFIS's answer (the SRE)
//   leaves from there (MOA IV.A: "no change in IAFIS processing");
// - CJIS's IDENT search goes from CJIS to IDENT, and back (MOA V.A);
// - the IAQ and the IAR run between CJIS and LESC, the joint IDR/IAR and the
//   no match IDR from CJIS to the SIB, the relay from the SIB to the LEA;
// - ICE's priority and actions are notes on the ICE lane; the LEA's inputs
//   (adjudication, end of local custody) on the LEA lane.
import type { Party } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { FlowEvent } from "./events";
import { MESSAGE_LABELS, type Message, type MessageType, type TraceEntry } from "./messages";

export const DIAGRAM_LANES = ["LEA", "SIB", "CJIS", "IAFIS", "IDENT", "LESC", "ICE"] as const;
export type DiagramLane = (typeof DIAGRAM_LANES)[number];

/** Readable lane names (the header of each lane). */
export const LANE_LABELS: Readonly<Record<DiagramLane, string>> = {
  LEA: "LEA",
  SIB: "SIB",
  CJIS: "CJIS",
  IAFIS: "IAFIS",
  IDENT: "IDENT",
  LESC: "LESC",
  ICE: "ICE",
};

export type DiagramRow =
  | {
      readonly kind: "message";
      readonly from: DiagramLane;
      readonly to: DiagramLane;
      readonly type: MessageType;
      readonly label: string;
      readonly tcn: string;
      readonly sentAt: Instant;
      readonly receivedAt: Instant;
    }
  | { readonly kind: "stop"; readonly from: DiagramLane; readonly to: DiagramLane; readonly at: Instant; readonly step: string; readonly reason: string; readonly rule: string | null }
  | { readonly kind: "note"; readonly lane: DiagramLane; readonly at: Instant; readonly text: string; readonly rule: string | null };

export interface SequenceDiagram {
  readonly lanes: readonly DiagramLane[];
  readonly rows: readonly DiagramRow[];
}

/** A trace entry with the event that wrote it (what a party may see is decided per entry, then drawn). */
export interface TaggedTraceEntry {
  readonly entry: TraceEntry;
  readonly source: FlowEvent["type"];
}

function laneOfParty(party: Party): DiagramLane {
  switch (party.kind) {
    case "LEA":
      return "LEA";
    case "SIB":
      return "SIB";
    case "CJIS":
      return "CJIS";
    case "US-VISIT":
      return "IDENT";
    case "LESC":
      return "LESC";
    case "ICE-FIELD-OFFICE":
    case "ICE-SC-PROGRAM-OFFICE":
    case "ICE-PUBLIC-AFFAIRS":
      return "ICE";
    case "AUDITOR":
      return "CJIS";
    default: {
      const exhaustive: never = party;
      return exhaustive;
    }
  }
}

function messageRow(m: Message): DiagramRow {
  const atIafis = (lane: DiagramLane, type: MessageType, end: "from" | "to") =>
    lane === "CJIS" && ((end === "to" && (type === "CAR" || type === "CPI")) || (end === "from" && type === "SRE")) ? "IAFIS" : lane;
  return {
    kind: "message",
    from: atIafis(laneOfParty(m.sender), m.type, "from"),
    to: atIafis(laneOfParty(m.receiver), m.type, "to"),
    type: m.type,
    label: MESSAGE_LABELS[m.type],
    tcn: m.tcn,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
  };
}

/** The lanes a withheld step would have run between (D7). */
const WITHHELD_STEP_LANES = new Map<string, readonly [DiagramLane, DiagramLane]>([
  ["IDENT_SEARCH", ["CJIS", "IDENT"]],
  ["IDENT_RESULT", ["IDENT", "CJIS"]],
  ["IAQ", ["CJIS", "LESC"]],
  ["IAR", ["LESC", "CJIS"]],
  ["IDR_IAR", ["CJIS", "SIB"]],
  ["NO_MATCH_IDR", ["CJIS", "SIB"]],
]);

/** Where a note stands: the party it is about. */
function noteLane(source: FlowEvent["type"]): DiagramLane {
  switch (source) {
    case "SubjectBooked":
    case "ChargesAdjudicated":
    case "LocalCustodyEnded":
      return "LEA";
    case "CpiSent":
    case "CarSubmitted":
    case "CarForwarded":
    case "ResponseHeldAtSib":
    case "ResponseRelayed":
      return "SIB";
    case "IcePriorityAssigned":
    case "DetainerLodged":
    case "TakenIntoIceCustody":
    case "RemovalProceedingsInstituted":
      return "ICE";
    case "StatusDeterminationRecorded":
      return "LESC";
    case "SreReturned":
      return "IAFIS";
    case "IdentSearchRequested":
    case "IdentSearchAnswered":
    case "NoMatchIdrSent":
    case "IaqSent":
    case "IdrIarSent":
    case "InteroperabilityWithheld":
      return "CJIS";
    default: {
      const exhaustive: never = source;
      return exhaustive;
    }
  }
}

/** The rows of a stop event's note, or null when the note is not a stop. */
function stopRow(tagged: TaggedTraceEntry, withheldStep: string | null): DiagramRow | null {
  if (tagged.entry.kind !== "note") return null;
  const { at, text } = tagged.entry.note;
  const rule = tagged.entry.note.rule ?? null;
  if (tagged.source === "ResponseHeldAtSib") return { kind: "stop", from: "SIB", to: "LEA", at, step: "RELAY", reason: text, rule };
  if (tagged.source === "InteroperabilityWithheld") {
    const step = withheldStep ?? "IDENT_SEARCH";
    const [from, to] = WITHHELD_STEP_LANES.get(step) ?? ["CJIS", "IDENT"];
    // The note reads "no IDENT SEARCH: <reason>"; the stop names its step itself.
    return { kind: "stop", from, to, at, step, reason: text.replace(/^no [^:]+: /, ""), rule };
  }
  return null;
}

/**
 * The diagram of the entries a party may see (in trace order). `withheldStep`
 * is the step the booking's state says was withheld (state.withheld.step), so
 * the stop is drawn where that step would have run.
 */
export function sequenceDiagramOf(entries: readonly TaggedTraceEntry[], withheldStep: string | null = null): SequenceDiagram {
  const rows = entries.map((tagged): DiagramRow => {
    if (tagged.entry.kind === "message") return messageRow(tagged.entry.message);
    const stop = stopRow(tagged, withheldStep);
    if (stop !== null) return stop;
    const { at, text } = tagged.entry.note;
    return { kind: "note", lane: noteLane(tagged.source), at, text, rule: tagged.entry.note.rule ?? null };
  });
  return { lanes: DIAGRAM_LANES, rows };
}
