// What a field office may do next on an ICE case, and why not (MOA V, V.C,
// III.B.iii): core's booking decider asked about each ICE action at an
// instant, nothing recorded. A desk shows the refusal in the MOA's words
// until the step becomes possible (the subject still in local custody, the
// charges not yet adjudicated), instead of offering a button that fails.
import type { Party } from "../reference/parties";
import type { Instant } from "../shared/time";
import { decideBooking } from "./decide";
import type { FlowEnvironment, FlowRefusal } from "./environment";
import { alwaysActive } from "./gate";
import type { ActiveBooking } from "./state";

export const ICE_ACTIONS = ["LodgeDetainer", "TakeIntoCustody", "InstituteRemovalProceedings"] as const;
export type IceAction = (typeof ICE_ACTIONS)[number];

export type IceStepRefusals = Readonly<Record<IceAction, FlowRefusal | null>>;

/**
 * ICE's steps read only the directory (which field office covers the state):
 * the other lookups answer nothing, and the gate is open, since a case ICE
 * acts on was determined already (D7 closes the IDENT search, not ICE's steps).
 */
function iceEnvironment(directory: FlowEnvironment["directory"]): FlowEnvironment {
  return {
    directory,
    iafis: { byTemplate: () => undefined, byFbiNumber: () => undefined },
    ident: { search: () => [] },
    sibFile: () => undefined,
    programGate: alwaysActive,
  };
}

/** Each ICE action's refusal for `by` at `now`, or null where core would accept it. */
export function iceStepRefusals(state: ActiveBooking, by: Party, now: Instant, directory: FlowEnvironment["directory"]): IceStepRefusals {
  const env = iceEnvironment(directory);
  const refusalOf = (type: IceAction): FlowRefusal | null => {
    const decision = decideBooking({ type, bookingId: state.booking.bookingId, now, by }, state, env);
    return decision.ok ? null : decision.refusal;
  };
  return { LodgeDetainer: refusalOf("LodgeDetainer"), TakeIntoCustody: refusalOf("TakeIntoCustody"), InstituteRemovalProceedings: refusalOf("InstituteRemovalProceedings") };
}
