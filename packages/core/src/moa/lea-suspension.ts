// MOA VIII: "Use of IDENT/IAFIS for the purposes of racial and/or ethnic
// profiling ... may result in the suspension of the local jurisdiction engaged
// in the improper activity. ICE reserves the right to take appropriate
// remedial action." ICE (the SC Program Office) suspends one LEA, with a
// written reason, which stops the program for that LEA alone; reinstatement
// is recorded too. One small decider per LEA, keyed by its ORI.
import { z } from "zod";
import { Text } from "../shared/text";
import type { Ori } from "../reference/parties";
import { Ori as OriSchema, Party, partyLabel } from "../reference/parties";
import type { Instant } from "../shared/time";
import { compareInstants, Instant as InstantSchema } from "../shared/time";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import { formatInstant } from "./format";

const written = (what: string) => Text.trim().min(1, `${what} must be given in writing (it is empty)`);

export const LeaSuspensionCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SuspendLea"), now: InstantSchema, by: Party, ori: OriSchema, reason: written("the reason for suspending an LEA") }),
  z.object({ type: z.literal("ReinstateLea"), now: InstantSchema, by: Party, ori: OriSchema, note: written("the reason for reinstating an LEA") }),
]);
export type LeaSuspensionCommand = z.infer<typeof LeaSuspensionCommand>;

export const LeaSuspensionEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("LeaSuspended"), at: InstantSchema, ori: OriSchema, reason: z.string() }),
  z.object({ type: z.literal("LeaReinstated"), at: InstantSchema, ori: OriSchema, note: z.string() }),
]);
export type LeaSuspensionEvent = z.infer<typeof LeaSuspensionEvent>;

/** One suspension of an LEA, closed once reinstated. */
export interface LeaSuspensionPeriod {
  readonly suspendedAt: Instant;
  readonly reason: string;
  readonly reinstatedAt?: Instant;
  readonly reinstatementNote?: string;
}

export type LeaStanding =
  | { readonly status: "in-program"; readonly ori: Ori; readonly periods: readonly LeaSuspensionPeriod[] }
  | { readonly status: "suspended"; readonly ori: Ori; readonly since: Instant; readonly reason: string; readonly periods: readonly LeaSuspensionPeriod[] };

export function initialLeaStanding(ori: Ori): LeaStanding {
  return { status: "in-program", ori, periods: [] };
}

export function decideLeaSuspension(command: LeaSuspensionCommand, standing: LeaStanding): Decision<LeaSuspensionEvent> {
  if (command.ori !== standing.ori) {
    return refuse("MOA VIII", `this command names LEA ${command.ori} but was given to the record of LEA ${standing.ori}`);
  }
  // MOA VIII: "ICE reserves the right": the SC Program Office, party to every MOA (DOMAIN section 1).
  if (command.by.kind !== "ICE-SC-PROGRAM-OFFICE") {
    return refuse("MOA VIII", `only ICE (the SC Program Office) suspends or reinstates a local jurisdiction, not ${partyLabel(command.by)}`);
  }
  const last = standing.periods.at(-1);
  const lastChange = last === undefined ? undefined : (last.reinstatedAt ?? last.suspendedAt);
  if (lastChange !== undefined && compareInstants(command.now, lastChange) < 0) {
    return refuse("MOA VIII", `LEA ${standing.ori}'s standing last changed at ${lastChange}; a change cannot be recorded before it (${command.now})`);
  }
  switch (command.type) {
    case "SuspendLea":
      if (standing.status === "suspended") {
        return refuse("MOA VIII", `LEA ${standing.ori} is already suspended since ${formatInstant(standing.since)} (${standing.reason})`);
      }
      // MOA VIII, DOMAIN section 4: an LEA is suspended for profiling with a written reason; the command schema checks it too.
      if (command.reason.trim() === "") return refuse("MOA VIII", `suspending LEA ${standing.ori} needs a written reason`);
      return accept({ type: "LeaSuspended", at: command.now, ori: command.ori, reason: command.reason });
    case "ReinstateLea":
      if (standing.status !== "suspended") return refuse("MOA VIII", `LEA ${standing.ori} is not suspended: there is nothing to reinstate`);
      return accept({ type: "LeaReinstated", at: command.now, ori: command.ori, note: command.note });
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export function evolveLeaStanding(standing: LeaStanding, event: LeaSuspensionEvent): LeaStanding {
  switch (event.type) {
    case "LeaSuspended":
      return {
        status: "suspended",
        ori: standing.ori,
        since: event.at,
        reason: event.reason,
        periods: [...standing.periods, { suspendedAt: event.at, reason: event.reason }],
      };
    case "LeaReinstated":
      return {
        status: "in-program",
        ori: standing.ori,
        periods: standing.periods.map((p, i) =>
          i === standing.periods.length - 1 && p.reinstatedAt === undefined ? { ...p, reinstatedAt: event.at, reinstatementNote: event.note } : p,
        ),
      };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** The suspension in force for the LEA at `now`, if any: a function of the recorded periods and `now`. */
export function leaSuspensionAt(standing: LeaStanding, now: Instant): LeaSuspensionPeriod | undefined {
  return standing.periods.find(
    (p) => compareInstants(p.suspendedAt, now) <= 0 && (p.reinstatedAt === undefined || compareInstants(now, p.reinstatedAt) < 0),
  );
}
