// evolve(state, event) -> state: a booking rebuilt from its events alone.
import { partyLabel } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { FlowEvent } from "./events";
import { compareInstantsFast as compareInstants } from "./instant-order";
import type { Message, TraceEntry } from "./messages";
import { initialBookingState, type ActiveBooking, type BookingState, type IceFollowUp } from "./state";

function later(a: Instant, b: Instant): Instant {
  return compareInstants(a, b) >= 0 ? a : b;
}

type Draft = { -readonly [K in keyof ActiveBooking]: ActiveBooking[K] };

/**
 * The next state, as a fresh copy the caller fills in before returning it
 * (the input is never changed). Built field by field in one fixed order, so
 * every state has the same shape and property reads stay fast; object spread
 * measured ~90x slower on Node 20.
 */
function next(state: ActiveBooking, at: Instant, entry: TraceEntry, second?: TraceEntry): Draft {
  // Sized once and filled (slice then push reallocated the copy; concat measured ~6x slower still).
  const old = state.trace;
  const n = old.length;
  const trace = new Array<TraceEntry>(second === undefined ? n + 1 : n + 2);
  for (let i = 0; i < n; i++) trace[i] = old[i] as TraceEntry;
  trace[n] = entry;
  if (second !== undefined) trace[n + 1] = second;
  return {
    status: state.status,
    booking: state.booking,
    trace,
    lastAt: later(state.lastAt, at),
    car: state.car,
    submission: state.submission,
    sre: state.sre,
    identSearch: state.identSearch,
    identResult: state.identResult,
    iaq: state.iaq,
    determination: state.determination,
    response: state.response,
    relay: state.relay,
    heldAtSib: state.heldAtSib,
    withheld: state.withheld,
    priority: state.priority,
    ice: state.ice,
  };
}

function msg(message: Message): TraceEntry {
  return { kind: "message", message };
}

function note(at: Instant, text: string, rule?: string): TraceEntry {
  return rule === undefined ? { kind: "note", note: { at, text } } : { kind: "note", note: { at, text, rule } };
}

function sent(message: Message): { tcn: string; sentAt: Instant; receivedAt: Instant } {
  return { tcn: message.tcn, sentAt: message.sentAt, receivedAt: message.receivedAt };
}

function withIce(state: ActiveBooking, patch: Partial<IceFollowUp>): IceFollowUp {
  const ice = state.ice;
  return {
    detainer: patch.detainer === undefined ? ice.detainer : patch.detainer,
    adjudication: patch.adjudication === undefined ? ice.adjudication : patch.adjudication,
    localCustodyEnded: patch.localCustodyEnded === undefined ? ice.localCustodyEnded : patch.localCustodyEnded,
    custody: patch.custody === undefined ? ice.custody : patch.custody,
    removalProceedings: patch.removalProceedings === undefined ? ice.removalProceedings : patch.removalProceedings,
  };
}

export function evolveBooking(state: BookingState, event: FlowEvent): BookingState {
  if (event.type === "SubjectBooked") {
    if (state.status !== "not-booked") return state;
    return {
      status: "booked",
      booking: {
        bookingId: event.bookingId,
        ori: event.ori,
        state: event.state,
        templateId: event.templateId,
        charges: event.charges,
        bookedAt: event.at,
      },
      trace: [note(event.at, `LEA ${event.ori} booked the subject (template ${event.templateId}; charges ${event.charges.join(", ")})`, "MOA IV.A")],
      lastAt: event.at,
      car: null,
      submission: null,
      sre: null,
      identSearch: null,
      identResult: null,
      iaq: null,
      determination: null,
      response: null,
      relay: null,
      heldAtSib: null,
      withheld: null,
      priority: null,
      ice: { detainer: null, adjudication: null, localCustodyEnded: null, custody: null, removalProceedings: null },
    };
  }
  if (state.status === "not-booked") return state;
  switch (event.type) {
    case "CarSubmitted": {
      const n = next(state, event.at, msg(event.message));
      n.status = "car-at-sib";
      n.car = sent(event.message);
      return n;
    }
    case "CarForwarded": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.status = "at-cjis";
      n.submission = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, type: "CAR", fbiNumber: null };
      return n;
    }
    case "CpiSent": {
      const m = event.message;
      const n = next(state, event.at, note(event.at, `NFF state, later booking: CPI with FBI number ${m.payload.fbiNumber}, no prints`, "MOA IV.A"), msg(m));
      n.status = "at-cjis";
      n.submission = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, type: "CPI", fbiNumber: m.payload.fbiNumber };
      return n;
    }
    case "SreReturned": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.sre = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, result: m.payload.result, fbiNumber: m.payload.fbiNumber };
      return n;
    }
    case "IdentSearchRequested": {
      const m = event.message;
      const p = m.payload;
      const n =
        p.printsFrom === "FILE"
          ? next(state, event.at, note(event.at, `CJIS resolved FBI number ${p.fbiNumber ?? "?"} to the prints on file (template ${p.templateId}) for the IDENT search`, "DOMAIN D6"), msg(m))
          : next(state, event.at, msg(m));
      n.status = "ident-search-sent";
      n.identSearch = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, templateId: p.templateId, printsFrom: p.printsFrom };
      return n;
    }
    case "IdentSearchAnswered": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.status = "ident-answered";
      n.identResult = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, match: m.payload.match, encounterIds: m.payload.encounterIds };
      return n;
    }
    case "NoMatchIdrSent": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.status = "response-at-sib";
      n.response = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, type: "NO_MATCH_IDR" };
      return n;
    }
    case "IaqSent": {
      const n = next(state, event.at, msg(event.message));
      n.status = "iaq-sent";
      n.iaq = sent(event.message);
      return n;
    }
    case "StatusDeterminationRecorded": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.status = "determined";
      n.determination = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, outcome: event.outcome };
      return n;
    }
    case "IdrIarSent": {
      const m = event.message;
      const n = next(state, event.at, msg(m));
      n.status = "response-at-sib";
      n.response = { tcn: m.tcn, sentAt: m.sentAt, receivedAt: m.receivedAt, type: "IDR_IAR" };
      return n;
    }
    case "ResponseRelayed": {
      const n = next(state, event.at, msg(event.message));
      n.status = "relayed";
      n.relay = sent(event.message);
      return n;
    }
    case "ResponseHeldAtSib": {
      const n = next(state, event.at, note(event.at, `held at SIB ${event.state}: ${event.reason}`, "MOA IV.B"));
      n.status = "held-at-sib";
      n.heldAtSib = { at: event.at, reason: event.reason };
      return n;
    }
    case "InteroperabilityWithheld": {
      const n = next(state, event.at, note(event.at, `no ${event.step.replace(/_/g, " ")}: ${event.reason}`, "DOMAIN D7"));
      n.status = "withheld";
      n.withheld = { at: event.at, step: event.step, reason: event.reason };
      return n;
    }
    case "IcePriorityAssigned": {
      const n = next(state, event.at, note(event.at, `ICE priority: ${event.priority.category}; ${event.priority.summary.join("; ")}`, "MOA V.C"));
      n.priority = event.priority;
      return n;
    }
    case "DetainerLodged": {
      const office = partyLabel({ kind: "ICE-FIELD-OFFICE", office: event.fieldOffice });
      const n = next(state, event.at, note(event.at, `detainer lodged by ${office}${event.discretionary ? " (discretion)" : ""}`, "MOA V"));
      n.ice = withIce(state, { detainer: { at: event.at, fieldOffice: event.fieldOffice, discretionary: event.discretionary } });
      return n;
    }
    case "ChargesAdjudicated": {
      const text =
        event.convictions.length === 0
          ? "charges adjudicated: no conviction"
          : `charges adjudicated: convicted of ${event.convictions.map((c) => c.ncicCode).join(", ")}`;
      const n = next(state, event.at, note(event.at, text, "MOA V"));
      n.ice = withIce(state, { adjudication: { at: event.at, convictions: event.convictions } });
      return n;
    }
    case "LocalCustodyEnded": {
      const n = next(state, event.at, note(event.at, event.reason === "sentence-completed" ? "sentence completed" : "released from local custody", "MOA V.C"));
      n.ice = withIce(state, { localCustodyEnded: { at: event.at, reason: event.reason } });
      return n;
    }
    case "TakenIntoIceCustody": {
      const n = next(state, event.at, note(event.at, `taken into ICE custody by field office ${event.fieldOffice}${event.discretionary ? " (discretion)" : ""}`, "MOA V.C"));
      n.ice = withIce(state, { custody: { at: event.at, fieldOffice: event.fieldOffice, discretionary: event.discretionary } });
      return n;
    }
    case "RemovalProceedingsInstituted": {
      const n = next(state, event.at, note(event.at, `removal proceedings instituted by field office ${event.fieldOffice}`, "MOA V.C"));
      n.ice = withIce(state, { removalProceedings: { at: event.at, fieldOffice: event.fieldOffice } });
      return n;
    }
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** Rebuild a booking from its events (replay). */
export function replayBooking(events: readonly FlowEvent[]): BookingState {
  let state = initialBookingState();
  for (const e of events) state = evolveBooking(state, e);
  return state;
}
