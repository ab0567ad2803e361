// A booking as one party sees it: its trace (time-ordered messages and notes)
// filtered by core's maySee per message, ICE-only fields redacted for SIBs and
// LEAs (MOA III, core redactIceOnlyFields), and response times (DOMAIN 3.8).
//
// Decisions (beyond core's redaction):
// - A SIB or LEA does not see the IDENT search, its result or the IAQ (they are
//   CJIS-IDENT and CJIS-LESC exchanges), nor the note on ICE's priority, until
//   the determination itself is visible to it: the priority says whether LESC
//   found the subject removable, so it is hidden exactly as long as that.
// - Their status reads "at-cjis" (SIB) or "awaiting-response" (LEA) while the
//   booking is between CJIS and them, for the same reason.
import {
  BookingStatus,
  maySee,
  redactIceOnlyFields,
  redactsIceOnlyFields,
  responseTimes,
  sequenceDiagramOf,
  traceEntriesOf,
  type ActiveBooking,
  type FlowEvent,
  type Party,
  type TaggedTraceEntry,
} from "@sc/core";

/** The event that wrote each trace entry (core's traceEntriesOf): visibility of notes depends on it. */
export function taggedTrace(events: readonly FlowEvent[]): TaggedTraceEntry[] {
  return events.flatMap((event) =>
    traceEntriesOf(event).map((entry) => ({ entry, source: event.type })),
  );
}

const BETWEEN_CJIS_AND_SIB: readonly BookingStatus[] = [
  "at-cjis",
  "ident-search-sent",
  "ident-answered",
  "iaq-sent",
  "determined",
];

export function statusSeenBy(party: Party, status: BookingStatus): string {
  if (party.kind === "SIB" && BETWEEN_CJIS_AND_SIB.includes(status)) return "at-cjis";
  if (
    party.kind === "LEA" &&
    (BETWEEN_CJIS_AND_SIB.includes(status) || status === "response-at-sib")
  )
    return "awaiting-response";
  return status;
}

/** The statuses a party's lists can show (each as the party sees it), in the flow's order. */
export function statusesSeenBy(party: Party): string[] {
  return [...new Set(BookingStatus.options.map((status) => statusSeenBy(party, status)))];
}

/** The stored statuses a party's "seen" status stands for ("awaiting-response" for an LEA is six of them). */
export function statusesBehind(party: Party, seen: string): BookingStatus[] {
  return BookingStatus.options.filter((status) => statusSeenBy(party, status) === seen);
}

export function bookingView(
  party: Party,
  state: ActiveBooking,
  history: readonly FlowEvent[],
  fieldOffice: string | null,
) {
  const b = state.booking;
  // messagesSent counts the exchanges a SIB or LEA may not see too: the trace shows what each party may.
  const {
    messagesSent: _messagesSent,
    lastAt,
    booking: _booking,
    status,
    identSearch,
    identResult,
    iaq,
    submission,
    sre,
    response,
    ...rest
  } = state;
  const redacting = redactsIceOnlyFields(party);
  const full = {
    bookingId: b.bookingId,
    ori: b.ori,
    state: b.state,
    fieldOffice,
    templateId: b.templateId,
    charges: b.charges,
    bookedAt: b.bookedAt,
    lastAt,
    status: statusSeenBy(party, status),
    // The exchanges a SIB or LEA is not party to (core maySee on messages).
    ...(redacting ? {} : { identSearch, identResult, iaq }),
    ...(party.kind === "LEA" ? {} : { submission, sre, response }),
    ...rest,
    responseTimes: responseTimes(state),
  };
  const redacted = redactIceOnlyFields(party, full);
  const determinationVisible = !redacting || redacted.determination !== undefined;
  const { priority, ...withoutPriority } = redacted;
  const visible = taggedTrace(history).filter(({ entry, source }) => {
    if (entry.kind === "message") {
      const m = entry.message;
      return maySee(party, {
        kind: "message",
        state: b.state,
        ori: b.ori,
        ...(fieldOffice === null ? {} : { fieldOffice }),
        sender: m.sender,
        receiver: m.receiver,
      });
    }
    if (!redacting) return true;
    if (source === "IdentSearchRequested") return false;
    return source !== "IcePriorityAssigned" || determinationVisible;
  });
  return {
    ...withoutPriority,
    ...(determinationVisible && priority !== undefined ? { priority } : {}),
    trace: visible.map(({ entry }) => entry),
    // The same entries drawn as core's sequence diagram (lanes, arrows, stops with their reasons).
    diagram: sequenceDiagramOf(visible, state.withheld?.step ?? null),
  };
}

export type BookingView = ReturnType<typeof bookingView>;

/**
 * A booking as one line of a party's list: where it stands and what came of
 * each step, from the same redacted view as `bookingView` (so a list shows no
 * more than the booking page would).
 */
export function bookingListRow(party: Party, state: ActiveBooking, fieldOffice: string | null) {
  const view = bookingView(party, state, [], fieldOffice);
  const b = state.booking;
  return {
    bookingId: b.bookingId,
    ori: b.ori,
    state: b.state,
    fieldOffice,
    charges: b.charges,
    status: view.status,
    bookedAt: b.bookedAt,
    lastAt: state.lastAt,
    /** MOA IV.A: a CAR, or a CPI from an NFF state for a later booking (not shown to the LEA). */
    submission: "submission" in view && view.submission ? view.submission.type : null,
    /** IAFIS's answer: ident (a record was found) or non-ident. */
    iafis: "sre" in view && view.sre ? view.sre.result : null,
    identMatch: "identResult" in view && view.identResult ? view.identResult.match : null,
    iaqSentAt: "iaq" in view && view.iaq ? view.iaq.sentAt : null,
    determination: view.determination?.outcome ?? null,
    /** The IDR/IAR or no-match IDR waiting at the SIB (not shown to the LEA). */
    responseAtSib: "response" in view && view.response ? view.response.type : null,
    /** What the LEA received: the response's type once the SIB relayed it. */
    relayed:
      state.relay !== null && state.response !== null
        ? { type: state.response.type, at: state.relay.sentAt }
        : null,
    heldAtSib: view.heldAtSib,
    withheld: view.withheld,
    priority: "priority" in view && view.priority ? view.priority.category : null,
  };
}

export type BookingListRow = ReturnType<typeof bookingListRow>;
