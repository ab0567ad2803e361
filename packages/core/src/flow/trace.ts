// A booking's trace (DOMAIN 3.8): its messages and notes in time order, read
// off its events. Each event writes its message, and a note where something
// happened without a message or needs saying (a CPI instead of prints, a step
// withheld under D7, ICE's priority and actions). The trace is a view of the
// events, which hold every message once; the booking's state keeps only what
// the next decision reads.
import { partyLabel } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { FlowEvent } from "./events";
import type { Message, TraceEntry } from "./messages";

function msg(message: Message): TraceEntry {
  return { kind: "message", message };
}

function note(at: Instant, text: string, rule: string): TraceEntry {
  return { kind: "note", note: { at, text, rule } };
}

/** The trace entries one event writes, in order. */
export function traceEntriesOf(event: FlowEvent): TraceEntry[] {
  switch (event.type) {
    case "SubjectBooked":
      return [note(event.at, `LEA ${event.ori} booked the subject (template ${event.templateId}; charges ${event.charges.join(", ")})`, "MOA IV.A")];
    case "CpiSent":
      return [note(event.at, `NFF state, later booking: CPI with FBI number ${event.message.payload.fbiNumber}, no prints`, "MOA IV.A"), msg(event.message)];
    case "IdentSearchRequested": {
      const p = event.message.payload;
      if (p.printsFrom !== "FILE") return [msg(event.message)];
      return [
        note(event.at, `CJIS resolved FBI number ${p.fbiNumber ?? "?"} to the prints on file (template ${p.templateId}) for the IDENT search`, "DOMAIN D6"),
        msg(event.message),
      ];
    }
    case "CarSubmitted":
    case "CarForwarded":
    case "SreReturned":
    case "IdentSearchAnswered":
    case "NoMatchIdrSent":
    case "IaqSent":
    case "StatusDeterminationRecorded":
    case "IdrIarSent":
      return [msg(event.message)];
    case "ResponseRelayed":
      return event.byHand === true ? [note(event.at, "the held response relayed by hand (the SIB has no technical capability to relay)", "MOA IV.B"), msg(event.message)] : [msg(event.message)];
    case "ResponseHeldAtSib":
      return [note(event.at, `held at SIB ${event.state}: ${event.reason}`, "MOA IV.B")];
    case "InteroperabilityWithheld":
      return [note(event.at, `no ${event.step.replace(/_/g, " ")}: ${event.reason}`, "DOMAIN D7")];
    case "IcePriorityAssigned":
      return [note(event.at, `ICE priority: ${event.priority.category}; ${event.priority.summary.join("; ")}`, "MOA V.C")];
    case "DetainerLodged": {
      const office = partyLabel({ kind: "ICE-FIELD-OFFICE", office: event.fieldOffice });
      return [note(event.at, `detainer lodged by ${office}${event.discretionary ? " (discretion)" : ""}`, "MOA V")];
    }
    case "ChargesAdjudicated":
      return [
        note(
          event.at,
          event.convictions.length === 0 ? "charges adjudicated: no conviction" : `charges adjudicated: convicted of ${event.convictions.map((c) => c.ncicCode).join(", ")}`,
          "MOA V",
        ),
      ];
    case "LocalCustodyEnded":
      return [note(event.at, event.reason === "sentence-completed" ? "sentence completed" : "released from local custody", "MOA V.C")];
    case "TakenIntoIceCustody":
      return [note(event.at, `taken into ICE custody by field office ${event.fieldOffice}${event.discretionary ? " (discretion)" : ""}`, "MOA V.C")];
    case "RemovalProceedingsInstituted":
      return [note(event.at, `removal proceedings instituted by field office ${event.fieldOffice}`, "MOA V.C")];
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** A booking's trace: every entry its events write, in the events' order (which is time order, DOMAIN 3.8). */
export function traceOf(events: readonly FlowEvent[]): TraceEntry[] {
  return events.flatMap(traceEntriesOf);
}

/** The messages a booking's events carry, in order. */
export function messagesOf(events: readonly FlowEvent[]): Message[] {
  const messages: Message[] = [];
  for (const event of events) if ("message" in event) messages.push(event.message);
  return messages;
}
