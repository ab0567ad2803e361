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

/**
 * One new state per event: the trace grows, `lastAt` moves, and the patch
 * applies. Built field by field in one fixed order (no field is ever
 * undefined; "none" is null), so every state has the same shape and the
 * decider's property reads stay fast.
 */
function advance(state: ActiveBooking, at: Instant, entries: readonly TraceEntry[], patch: Partial<ActiveBooking>): ActiveBooking {
  return {
    status: patch.status ?? state.status,
    booking: state.booking,
    trace: appended(state.trace, entries),
    lastAt: later(state.lastAt, at),
    car: patch.car === undefined ? state.car : patch.car,
    submission: patch.submission === undefined ? state.submission : patch.submission,
    sre: patch.sre === undefined ? state.sre : patch.sre,
    identSearch: patch.identSearch === undefined ? state.identSearch : patch.identSearch,
    identResult: patch.identResult === undefined ? state.identResult : patch.identResult,
    iaq: patch.iaq === undefined ? state.iaq : patch.iaq,
    determination: patch.determination === undefined ? state.determination : patch.determination,
    response: patch.response === undefined ? state.response : patch.response,
    relay: patch.relay === undefined ? state.relay : patch.relay,
    heldAtSib: patch.heldAtSib === undefined ? state.heldAtSib : patch.heldAtSib,
    withheld: patch.withheld === undefined ? state.withheld : patch.withheld,
    priority: patch.priority === undefined ? state.priority : patch.priority,
    ice: patch.ice ?? state.ice,
  };
}

function appended(trace: readonly TraceEntry[], entries: readonly TraceEntry[]): TraceEntry[] {
  const next = trace.slice();
  for (const e of entries) next.push(e);
  return next;
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
    case "CarSubmitted":
      return advance(state, event.at, [msg(event.message)], { status: "car-at-sib", car: sent(event.message) });
    case "CarForwarded":
      return advance(state, event.at, [msg(event.message)], { status: "at-cjis",
        submission: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, type: "CAR", fbiNumber: null } });
    case "CpiSent":
      return advance(state, event.at, [
          note(event.at, `NFF state, later booking: CPI with FBI number ${event.message.payload.fbiNumber}, no prints`, "MOA IV.A"),
          msg(event.message),
        ], { status: "at-cjis",
        submission: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, type: "CPI", fbiNumber: event.message.payload.fbiNumber } });
    case "SreReturned":
      return advance(state, event.at, [msg(event.message)], { sre: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, result: event.message.payload.result, fbiNumber: event.message.payload.fbiNumber } });
    case "IdentSearchRequested": {
      const p = event.message.payload;
      const entries: TraceEntry[] =
        p.printsFrom === "FILE"
          ? [note(event.at, `CJIS resolved FBI number ${p.fbiNumber ?? "?"} to the prints on file (template ${p.templateId}) for the IDENT search`, "DOMAIN D6"), msg(event.message)]
          : [msg(event.message)];
      return advance(state, event.at, entries, { status: "ident-search-sent",
        identSearch: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, templateId: p.templateId, printsFrom: p.printsFrom } });
    }
    case "IdentSearchAnswered":
      return advance(state, event.at, [msg(event.message)], { status: "ident-answered",
        identResult: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, match: event.message.payload.match, encounterIds: event.message.payload.encounterIds } });
    case "NoMatchIdrSent":
      return advance(state, event.at, [msg(event.message)], { status: "response-at-sib",
        response: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, type: "NO_MATCH_IDR" } });
    case "IaqSent":
      return advance(state, event.at, [msg(event.message)], { status: "iaq-sent", iaq: sent(event.message) });
    case "StatusDeterminationRecorded":
      return advance(state, event.at, [msg(event.message)], { status: "determined",
        determination: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, outcome: event.outcome } });
    case "IdrIarSent":
      return advance(state, event.at, [msg(event.message)], { status: "response-at-sib",
        response: { tcn: event.message.tcn, sentAt: event.message.sentAt, receivedAt: event.message.receivedAt, type: "IDR_IAR" } });
    case "ResponseRelayed":
      return advance(state, event.at, [msg(event.message)], { status: "relayed", relay: sent(event.message) });
    case "ResponseHeldAtSib":
      return advance(state, event.at, [note(event.at, `held at SIB ${event.state}: ${event.reason}`, "MOA IV.B")], { status: "held-at-sib",
        heldAtSib: { at: event.at, reason: event.reason } });
    case "InteroperabilityWithheld":
      return advance(state, event.at, [note(event.at, `no ${event.step.replace(/_/g, " ")}: ${event.reason}`, "DOMAIN D7")], { status: "withheld",
        withheld: { at: event.at, step: event.step, reason: event.reason } });
    case "IcePriorityAssigned":
      return advance(state, event.at, [note(event.at, `ICE priority: ${event.priority.category}; ${event.priority.summary.join("; ")}`, "MOA V.C")], { priority: event.priority });
    case "DetainerLodged":
      return advance(state, event.at, [note(event.at, `detainer lodged by ${partyLabel({ kind: "ICE-FIELD-OFFICE", office: event.fieldOffice })}${event.discretionary ? " (discretion)" : ""}`, "MOA V")], { ice: withIce(state, { detainer: { at: event.at, fieldOffice: event.fieldOffice, discretionary: event.discretionary } }) });
    case "ChargesAdjudicated":
      return advance(state, event.at, [
          note(
            event.at,
            event.convictions.length === 0
              ? "charges adjudicated: no conviction"
              : `charges adjudicated: convicted of ${event.convictions.map((c) => c.ncicCode).join(", ")}`,
            "MOA V",
          ),
        ], { ice: withIce(state, { adjudication: { at: event.at, convictions: event.convictions } }) });
    case "LocalCustodyEnded":
      return advance(state, event.at, [note(event.at, event.reason === "sentence-completed" ? "sentence completed" : "released from local custody", "MOA V.C")], { ice: withIce(state, { localCustodyEnded: { at: event.at, reason: event.reason } }) });
    case "TakenIntoIceCustody":
      return advance(state, event.at, [note(event.at, `taken into ICE custody by field office ${event.fieldOffice}${event.discretionary ? " (discretion)" : ""}`, "MOA V.C")], { ice: withIce(state, { custody: { at: event.at, fieldOffice: event.fieldOffice, discretionary: event.discretionary } }) });
    case "RemovalProceedingsInstituted":
      return advance(state, event.at, [note(event.at, `removal proceedings instituted by field office ${event.fieldOffice}`, "MOA V.C")], { ice: withIce(state, { removalProceedings: { at: event.at, fieldOffice: event.fieldOffice } }) });
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
