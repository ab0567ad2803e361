// Which steps run by themselves (decided here; packages/api/README.md "Booking
// flow"). The order of the exchange and who sends each step is core's
// (`expectedStep`); the API only chooses which of them run inside the command
// that triggered them: the machines and electronic hand-offs do, people act
// where the MOA gives a party a judgement to make.
// - LEA: booking sends its CAR to the SIB (MOA IV.A).
// - SIB: forwards electronically (MOA IV.A); relays when it has the technical
//   capability (MOA IV.B), otherwise the response waits in its queue and the
//   SIB records that it holds it.
// - CJIS and US-VISIT: IAFIS, the IDENT search and answer, the no match IDR,
//   the IAQ and the joint IDR/IAR are machine steps (MOA IV.A, IV.B, V.A, V.B).
// - LESC's status determination and every ICE action are manual.
import { expectedStep, type ActiveBooking, type FbiNumber, type FlowCommand, type ReferenceDirectory } from "@sc/core";

export interface StepIds {
  readonly tcn: string;
  readonly newFbiNumber: FbiNumber;
}

/** The next step that runs by itself for this booking, or null when a person must act (or nothing is left). */
export function nextAutomaticStep(s: ActiveBooking, directory: ReferenceDirectory, now: string, ids: StepIds): FlowCommand | null {
  const step = expectedStep(s);
  if (step === null) return null;
  const sending = { bookingId: s.booking.bookingId, now, tcn: ids.tcn, receivedAt: now, by: step.by };
  switch (step.type) {
    case "RecordStatusDetermination":
      return null; // MOA V.B: LESC's determination is a person's judgement.
    case "RelayResponse":
      return directory.state(s.booking.state)?.sib.relayCapable === true ? { ...sending, type: step.type } : null;
    case "RunIafisSearch":
      return { ...sending, type: step.type, newFbiNumber: ids.newFbiNumber };
    case "SubmitCar":
    case "ForwardToCjis":
    case "SearchIdent":
    case "AnswerIdentSearch":
    case "SendIaq":
    case "SendNoMatchIdr":
    case "SendIdrIar":
      return { ...sending, type: step.type };
    default: {
      const exhaustive: never = step.type;
      return exhaustive;
    }
  }
}
