// Test support (not exported from the package): a signed MOA for VA with its
// points of contact, and helpers that run commands through decide and evolve.
import type { Party } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { MoaCommand } from "./commands";
import { decideMoa } from "./decide";
import type { Decision, Refusal } from "./decision";
import { refusalMessage } from "./decision";
import type { MoaEvent } from "./events";
import { evolveMoa } from "./evolve";
import type { NoticeInput } from "./notice";
import type { MoaState } from "./state";
import { initialMoaState } from "./state";

export const ICE: Party = { kind: "ICE-SC-PROGRAM-OFFICE" };
export const SIB_VA: Party = { kind: "SIB", state: "VA" };

export const POCS = {
  SIB: { role: "SIB", state: "VA", name: "Pat Sib", title: "Bureau Chief" },
  "ICE-DRO": { role: "ICE-DRO", name: "Dana Dro", title: "Field Office Director" },
  "ICE-OI": { role: "ICE-OI", name: "Olly Oi", title: "Special Agent in Charge" },
  "SIB-PUBLIC-INFORMATION": { role: "SIB-PUBLIC-INFORMATION", state: "VA", name: "Pia Info", title: "PIO" },
  "ICE-PUBLIC-AFFAIRS": { role: "ICE-PUBLIC-AFFAIRS", name: "Paul Affairs", title: "Public Affairs Officer" },
} as const;

export function draftMoa(): MoaState {
  return initialMoaState({ moaId: "moa-va", state: "VA", pointsOfContact: POCS });
}

/** Applies one command; fails the test with the refusal if it was refused. */
export function apply(state: MoaState, command: MoaCommand): MoaState {
  const decision = decideMoa(command, state);
  if (decision.outcome === "refused") throw new Error(`unexpected refusal: ${refusalMessage(decision.refusal)}`);
  return decision.events.reduce(evolveMoa, state);
}

export function applyAll(state: MoaState, commands: readonly MoaCommand[]): MoaState {
  return commands.reduce(apply, state);
}

export function refusalOf<E>(decision: Decision<E>): Refusal {
  if (decision.outcome === "accepted") throw new Error(`expected a refusal, got ${JSON.stringify(decision.events)}`);
  return decision.refusal;
}

export function eventsOf<E>(decision: Decision<E>): readonly E[] {
  if (decision.outcome === "refused") throw new Error(`unexpected refusal: ${refusalMessage(decision.refusal)}`);
  return decision.events;
}

export const SIGNED_AT: Instant = "2026-01-10T00:00:00.000Z";

/** The VA MOA signed by ICE on Jan 5 and by the SIB on Jan 10 (in effect from Jan 10). */
export function signedMoa(): MoaState {
  return applyAll(draftMoa(), [
    { type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: ICE, signatory: "Marc A. Rapp", title: "Acting Director, Secure Communities" },
    { type: "SignMoa", now: SIGNED_AT, by: SIB_VA, signatory: "Sam Exec", title: "Executive, State Identification Bureau" },
  ]);
}

export function notice(by: Party, input: NoticeInput, now: Instant = input.receivedAt): MoaCommand {
  return { type: "GiveNotice", now, by, notice: input };
}

export type { MoaEvent };
