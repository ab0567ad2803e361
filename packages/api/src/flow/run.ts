// One flow command inside runCommand's transaction: load the booking, decide
// with core, then let the automatic steps run (automation.ts), append every
// event at the version read, and update the read models.
import {
  decideBooking,
  evolveBooking,
  expectedStep,
  isActive,
  sibFileEntryAfter,
  sibFileKey,
  nextTcn,
  stateOfOri,
  type ActiveBooking,
  type BookingState,
  type FbiNumber,
  type FlowCommand,
  type FlowEvent,
  type FlowRefusal,
  type ReferenceDirectory,
} from "@sc/core";
import type { Tx } from "@sc/db";
import { TRPCError } from "@trpc/server";
import type { InnerContext } from "../context";
import { nextAutomaticStep } from "./automation";
import { loadDirectory, loadFlowEnvironment, type FlowSubject, type LoadedEnvironment } from "./environment";
import { updateReadModels } from "./read-models";
import { appendFlowEvents, loadBooking } from "./streams";

/** Enough steps for the longest chain (booking to relay is 9); a guard against a loop. */
const MAX_STEPS = 20;

export interface FlowRun {
  readonly state: ActiveBooking;
  readonly events: readonly FlowEvent[];
  /** All events of the booking, first to last (for the view's trace). */
  readonly history: readonly FlowEvent[];
  /** An automatic step core refused: the chain stopped there, and says why. */
  readonly stopped: (FlowRefusal & { readonly step: string }) | null;
  readonly env: LoadedEnvironment;
}

export class FlowRefused extends TRPCError {
  constructor(refusal: FlowRefusal) {
    super({ code: refusal.rule === "booking id" ? "NOT_FOUND" : "CONFLICT", message: `${refusal.rule}: ${refusal.message}` });
  }
}

/** A synthetic FBI number for a non-ident (MOA IV.A: IAFIS creates a new record). */
function newFbiNumber(ctx: Pick<InnerContext, "newId">): FbiNumber {
  return `N${ctx.newId().replace(/[^0-9a-f]/gi, "").slice(0, 8).toUpperCase()}`;
}

function fbiNumbersOf(state: BookingState): FbiNumber[] {
  if (!isActive(state)) return [];
  return [state.submission?.fbiNumber, state.sre?.fbiNumber].filter((f): f is FbiNumber => typeof f === "string");
}

/** What a command and the automatic steps after it did to a booking, before anything is written. */
export interface FlowAdvance {
  readonly state: ActiveBooking;
  /** The new events, in order. */
  readonly events: readonly FlowEvent[];
  readonly stopped: FlowRun["stopped"];
}

/**
 * Decides `first` on the booking as loaded, then the automatic steps after it,
 * in memory (the environment learns what the flow creates: a non-ident's IAFIS
 * record, an NFF SIB's file entry). A refusal of `first` itself is FlowRefused.
 */
export function advanceFlow(
  ctx: Pick<InnerContext, "newId">,
  loaded: BookingState,
  first: FlowCommand,
  env: LoadedEnvironment,
  now: string,
  /** When each automatic step happens, from the one before (the simulator's answer times); by default at `now`. */
  stepAt: (step: FlowCommand["type"], previous: string) => string = (_step, previous) => previous,
): FlowAdvance {
  const bookingId = first.bookingId;
  let state = loaded;
  const events: FlowEvent[] = [];
  const apply = (decided: readonly FlowEvent[]): void => {
    for (const event of decided) {
      state = evolveBooking(state, event);
      events.push(event);
      if (event.type !== "SreReturned" || !isActive(state)) continue;
      if (event.createdRecord !== undefined) env.iafisRepository.add(event.createdRecord);
      const filed = sibFileEntryAfter(event, state.booking, env.directory);
      if (filed !== null) env.sibFileEntries.set(sibFileKey(filed.state, filed.templateId), filed.fbiNumber);
    }
  };
  const decision = decideBooking(first, state, env);
  if (!decision.ok) throw new FlowRefused(decision.refusal);
  apply(decision.events);

  let stopped: FlowRun["stopped"] = null;
  let at = now;
  for (let i = 0; i < MAX_STEPS && isActive(state); i++) {
    const expected = expectedStep(state);
    if (expected === null) break;
    at = stepAt(expected.type, at);
    const step = nextAutomaticStep(state, env.directory, at, { tcn: nextTcn(state, bookingId), newFbiNumber: newFbiNumber(ctx) });
    if (step === null) break;
    const next = decideBooking(step, state, env);
    if (!next.ok) {
      stopped = { ...next.refusal, step: step.type };
      break;
    }
    apply(next.events);
  }
  if (!isActive(state)) throw new FlowRefused({ rule: "booking id", message: `no booking ${bookingId}` });
  return { state, events, stopped };
}

/** The booking a command's flow is about: as loaded, or the one a BookSubject creates. */
export function flowSubject(directory: ReferenceDirectory, loaded: BookingState, first: FlowCommand): FlowSubject | null {
  if (isActive(loaded)) return { ...loaded.booking, fbiNumbers: fbiNumbersOf(loaded) };
  if (first.type !== "BookSubject") return null;
  return { state: directory.agency(first.ori)?.state ?? stateOfOri(first.ori), ori: first.ori, templateId: first.templateId, fbiNumbers: [] };
}

/**
 * Runs `command` (built from the booking as loaded) and the automatic steps after it.
 * A refusal of the command itself rolls the transaction back (FlowRefused).
 */
export async function runFlow(
  ctx: Pick<InnerContext, "clock" | "newId"> & { readonly db?: InnerContext["db"] },
  tx: Tx,
  bookingId: string,
  command: (state: BookingState, now: string) => FlowCommand,
): Promise<FlowRun> {
  const now = ctx.clock.now().toISOString();
  const directory = await loadDirectory(tx, ctx.db);
  const loaded = await loadBooking(tx, bookingId);
  const first = command(loaded.state, now);
  const subject = flowSubject(directory, loaded.state, first);
  if (subject === null) throw new FlowRefused({ rule: "booking id", message: `no booking ${bookingId}` });
  const env = await loadFlowEnvironment(tx, directory, [subject]);
  const { state, events, stopped } = advanceFlow(ctx, loaded.state, first, env, now);
  await appendFlowEvents(tx, [{ bookingId, expectedVersion: loaded.version, events }], ctx.clock.now());
  const history = [...loaded.events, ...events];
  await updateReadModels(tx, directory, [{ after: state, events, history }]);
  return { state, events, history, stopped, env };
}
