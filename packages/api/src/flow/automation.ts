// Which steps run by themselves (decided here; packages/api/README.md "Booking
// flow"): the machines and electronic hand-offs run inside the command that
// triggered them; people act where the MOA gives a party a judgement to make.
// - LEA: booking sends its CAR to the SIB (MOA IV.A).
// - SIB: forwards electronically (MOA IV.A); relays when it has the technical
//   capability (MOA IV.B), otherwise the response waits in its queue and the
//   SIB records that it holds it.
// - CJIS and US-VISIT: IAFIS, the IDENT search and answer, the no match IDR,
//   the IAQ and the joint IDR/IAR are machine steps (MOA IV.A, IV.B, V.A, V.B).
// - LESC's status determination and every ICE action are manual.
import type { ActiveBooking, FbiNumber, FlowCommand, Party, ReferenceDirectory } from "@sc/core";

export interface StepIds {
  readonly tcn: string;
  readonly newFbiNumber: FbiNumber;
}

const CJIS: Party = { kind: "CJIS" };

/** The next step that runs by itself for this booking, or null when a person must act (or nothing is left). */
export function nextAutomaticStep(s: ActiveBooking, directory: ReferenceDirectory, now: string, ids: StepIds): FlowCommand | null {
  const b = s.booking;
  const sending = { bookingId: b.bookingId, now, tcn: ids.tcn, receivedAt: now };
  const lea: Party = { kind: "LEA", ori: b.ori };
  const sib: Party = { kind: "SIB", state: b.state };
  switch (s.status) {
    case "booked":
      return { ...sending, type: "SubmitCar", by: lea };
    case "car-at-sib":
      return { ...sending, type: "ForwardToCjis", by: sib };
    case "at-cjis":
      // MOA IV.A: IAFIS answers as before the program; then the IDENT cross-check (MOA V.A).
      return s.sre === null ? { ...sending, type: "RunIafisSearch", by: CJIS, newFbiNumber: ids.newFbiNumber } : { ...sending, type: "SearchIdent", by: CJIS };
    case "ident-search-sent":
      return { ...sending, type: "AnswerIdentSearch", by: { kind: "US-VISIT" } };
    case "ident-answered":
      return s.identResult?.match === true ? { ...sending, type: "SendIaq", by: CJIS } : { ...sending, type: "SendNoMatchIdr", by: CJIS };
    case "determined":
      return { ...sending, type: "SendIdrIar", by: CJIS };
    case "response-at-sib":
      return directory.state(b.state)?.sib.relayCapable === true ? { ...sending, type: "RelayResponse", by: sib } : null;
    case "iaq-sent":
    case "relayed":
    case "held-at-sib":
    case "withheld":
      return null;
    default: {
      const exhaustive: never = s.status;
      return exhaustive;
    }
  }
}
