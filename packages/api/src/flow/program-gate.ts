// DOMAIN D7 over stored facts: the MOA of the booking's state and the LEA's
// standing, replayed from their streams, answer core's programActiveFor at the
// moment of each step. An empty MOA stream is "no MOA": no IDENT search.
import {
  decideMoa,
  evolveLeaStanding,
  evolveMoa,
  initialLeaStanding,
  initialMoaState,
  LeaSuspensionEvent,
  MoaEvent,
  programActiveFor,
  refusalMessage,
  type LeaStanding,
  type MoaCommand,
  type MoaState,
  type Ori,
  type ProgramGate,
  type StateCode,
} from "@sc/core";
import { appendToStream, readStream, type Executor } from "@sc/db";
import { leaStandingStreamId, moaStreamId } from "./streams";

/** The MOA id a state's stream replays into (one MOA per state, DOMAIN section 4). */
export const moaIdOf = (state: StateCode): string => `MOA-${state}`;

export async function loadMoa(db: Executor, state: StateCode): Promise<{ moa: MoaState | undefined; version: number }> {
  const stored = await readStream(db, moaStreamId(state));
  if (stored.length === 0) return { moa: undefined, version: 0 };
  const moa = stored.map((e) => MoaEvent.parse(e.payload)).reduce(evolveMoa, initialMoaState({ moaId: moaIdOf(state), state }));
  return { moa, version: stored.at(-1)?.version ?? 0 };
}

export async function loadLeaStanding(db: Executor, ori: Ori): Promise<LeaStanding | undefined> {
  const stored = await readStream(db, leaStandingStreamId(ori));
  if (stored.length === 0) return undefined;
  return stored.map((e) => LeaSuspensionEvent.parse(e.payload)).reduce(evolveLeaStanding, initialLeaStanding(ori));
}

/** The gate for one booking's state and LEA, read once per command. */
export async function loadProgramGate(db: Executor, state: StateCode, ori: Ori): Promise<ProgramGate> {
  const [{ moa }, standing] = await Promise.all([loadMoa(db, state), loadLeaStanding(db, ori)]);
  const standings = standing === undefined ? [] : [standing];
  return (_state, leaOri, now) => programActiveFor(moa, standings, leaOri, now);
}

/**
 * Records one MOA command on its state's stream (decide with core, append).
 * Used by the demo seed and the tests; an MOA router records through it too.
 */
export async function appendMoaCommand(db: Executor, state: StateCode, command: MoaCommand, at: Date): Promise<void> {
  const { moa, version } = await loadMoa(db, state);
  const decision = decideMoa(command, moa ?? initialMoaState({ moaId: moaIdOf(state), state }));
  if (decision.outcome === "refused") throw new Error(refusalMessage(decision.refusal));
  await appendToStream(db, moaStreamId(state), version, decision.events.map((e) => ({ type: e.type, payload: e })), at);
}
