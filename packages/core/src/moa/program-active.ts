// DOMAIN D7: whether the Secure Communities program runs for a booking by an
// LEA at an instant. When it does not, the booking still reaches IAFIS, but no
// IDENT search, IDR, IAQ or IAR happens, and the trace shows `reason`.
import type { Ori, StateCode } from "../reference/parties";
import { stateOfOri } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { RuleRef } from "./decision";
import { formatInstant } from "./format";
import type { LeaStanding } from "./lea-suspension";
import { leaSuspensionAt } from "./lea-suspension";
import { sideLabel } from "./moa-party";
import { GROUND_LABELS } from "./notice";
import type { MoaState } from "./state";
import { moaStatusAt } from "./status";

/** Why the program does not run: one value per cause, for UIs that style or count them. */
export type ProgramInactiveCause = "no-moa" | "moa-of-another-state" | "moa-unsigned" | "moa-suspended" | "moa-terminated" | "lea-suspended";

export type ProgramActivity =
  | { readonly active: true }
  | { readonly active: false; readonly cause: ProgramInactiveCause; readonly rule: RuleRef; readonly reason: string };

// Said of every step D7 stops (the IDENT search, the IAQ, the IAR, the IDRs), so it reads right whichever it is.
const NO_IDENT = "no IDENT search, IAQ, IAR or IDR (DOMAIN D7)";

/**
 * @param moa the MOA of the LEA's state, or undefined when the state has none
 * @param leaSuspensions the standings of LEAs ICE has ever suspended (any
 *   iterable: an array, or a Map's values()); LEAs absent from it are in the program
 */
export function programActiveFor(moa: MoaState | undefined, leaSuspensions: Iterable<LeaStanding>, ori: Ori, now: Instant): ProgramActivity {
  const state: StateCode = stateOfOri(ori);
  if (moa === undefined) {
    return { active: false, cause: "no-moa", rule: "MOA VI", reason: `${state} has no MOA with ICE: ${NO_IDENT}` };
  }
  if (moa.state !== state) {
    return { active: false, cause: "moa-of-another-state", rule: "MOA VI", reason: `the MOA given is ${moa.state}'s, and LEA ${ori} is in ${state}: ${NO_IDENT}` };
  }
  const status = moaStatusAt(moa, now);
  switch (status.status) {
    case "unsigned": {
      const signed = status.signedBy.length === 0 ? "signed by neither party" : `signed by ${status.signedBy.map((s) => sideLabel(s, state)).join(" and ")} only`;
      return { active: false, cause: "moa-unsigned", rule: "MOA VI", reason: `MOA for ${state} is not in effect (${signed}; effective upon signing by both parties): ${NO_IDENT}` };
    }
    case "suspended": {
      const grounds = [...new Set(status.suspensions.map((s) => GROUND_LABELS[s.ground]))].join(", ");
      const by = status.suspensions.map((s) => sideLabel(s.by, state)).join(" and ");
      return { active: false, cause: "moa-suspended", rule: "MOA VIII", reason: `MOA for ${state} is suspended since ${formatInstant(status.since)} by ${by} (${grounds}): ${NO_IDENT}` };
    }
    case "terminated": {
      const t = status.termination;
      return {
        active: false,
        cause: "moa-terminated",
        rule: "MOA VIII",
        reason: `MOA for ${state} was terminated on ${formatInstant(t.effectiveAt)} (notice by ${sideLabel(t.by, state)} received ${formatInstant(t.receivedAt)}): ${NO_IDENT}`,
      };
    }
    case "in-effect":
    case "termination-pending":
      break;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
  for (const standing of leaSuspensions) {
    if (standing.ori !== ori) continue;
    const suspension = leaSuspensionAt(standing, now);
    if (suspension !== undefined) {
      return {
        active: false,
        cause: "lea-suspended",
        rule: "MOA VIII",
        reason: `LEA ${ori} is suspended by ICE since ${formatInstant(suspension.suspendedAt)} (${suspension.reason}): ${NO_IDENT}`,
      };
    }
  }
  return { active: true };
}
