// DOMAIN D7: is the program in effect for this state and LEA at this time?
// The MOA context answers (src/moa); the flow only asks. While it is not in
// effect, bookings still reach IAFIS, but there is no IDENT search, IAQ, IAR
// or IDR, and the trace says why.
import type { Ori, StateCode } from "../reference/parties";
import type { Instant } from "../shared/time";

export type ProgramStatus = { readonly active: true } | { readonly active: false; readonly reason: string };

export type ProgramGate = (state: StateCode, ori: Ori, now: Instant) => ProgramStatus;

/** A gate that is always open: for tests of the flow alone. */
export const alwaysActive: ProgramGate = () => ({ active: true });
