// What the flow expects next for a booking, and from which party (MOA IV.A,
// IV.B, V.A, V.B): the order of the messages is the MOA's, so it lives here,
// and every driver (the API's automatic steps, tests) asks instead of
// restating it. Which of these steps run by themselves is the driver's choice.
import type { Party } from "../reference/parties";
import type { FlowCommandType } from "./commands";
import type { ActiveBooking } from "./state";

export interface ExpectedStep {
  readonly type: Extract<
    FlowCommandType,
    | "SubmitCar"
    | "ForwardToCjis"
    | "RunIafisSearch"
    | "SearchIdent"
    | "AnswerIdentSearch"
    | "SendIaq"
    | "SendNoMatchIdr"
    | "RecordStatusDetermination"
    | "SendIdrIar"
    | "RelayResponse"
  >;
  readonly by: Party;
}

const CJIS: Party = { kind: "CJIS" };

/**
 * The next message of the booking's exchange, or null when the exchange has
 * ended (relayed, held at the SIB, or withheld under DOMAIN D7). ICE's actions
 * after it are discretionary (MOA III.B.iii), so they are never "expected".
 */
export function expectedStep(s: ActiveBooking): ExpectedStep | null {
  const b = s.booking;
  switch (s.status) {
    case "booked":
      return { type: "SubmitCar", by: { kind: "LEA", ori: b.ori } };
    case "car-at-sib":
      return { type: "ForwardToCjis", by: { kind: "SIB", state: b.state } };
    case "at-cjis":
      // MOA IV.A: IAFIS answers as before the program; then the IDENT cross-check (MOA V.A).
      return { type: s.sre === null ? "RunIafisSearch" : "SearchIdent", by: CJIS };
    case "ident-search-sent":
      return { type: "AnswerIdentSearch", by: { kind: "US-VISIT" } };
    case "ident-answered":
      return { type: s.identResult?.match === true ? "SendIaq" : "SendNoMatchIdr", by: CJIS };
    case "iaq-sent":
      return { type: "RecordStatusDetermination", by: { kind: "LESC" } };
    case "determined":
      return { type: "SendIdrIar", by: CJIS };
    case "response-at-sib":
      return { type: "RelayResponse", by: { kind: "SIB", state: b.state } };
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
