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
import { appendToStream, readStream, type Executor, type StoredEvent } from "@sc/db";
import { leaStandingStreamId, moaStreamId } from "./streams";

/** The MOA id a state's stream replays into (one MOA per state, DOMAIN section 4). */
export const moaIdOf = (state: StateCode): string => `MOA-${state}`;

function replayMoa(state: StateCode, stored: readonly Pick<StoredEvent, "payload">[]): MoaState | undefined {
  if (stored.length === 0) return undefined;
  return stored.map((e) => MoaEvent.parse(e.payload)).reduce(evolveMoa, initialMoaState({ moaId: moaIdOf(state), state }));
}

function replayStanding(ori: Ori, stored: readonly Pick<StoredEvent, "payload">[]): LeaStanding | undefined {
  if (stored.length === 0) return undefined;
  return stored.map((e) => LeaSuspensionEvent.parse(e.payload)).reduce(evolveLeaStanding, initialLeaStanding(ori));
}

export async function loadMoa(db: Executor, state: StateCode): Promise<{ moa: MoaState | undefined; version: number }> {
  const stored = await readStream(db, moaStreamId(state));
  return { moa: replayMoa(state, stored), version: stored.at(-1)?.version ?? 0 };
}

export async function loadLeaStanding(db: Executor, ori: Ori): Promise<{ standing: LeaStanding | undefined; version: number }> {
  const stored = await readStream(db, leaStandingStreamId(ori));
  return { standing: replayStanding(ori, stored), version: stored.at(-1)?.version ?? 0 };
}

/** The streams the gate of these bookings replays: their states' MOAs and their LEAs' standings. */
export function gateStreamIds(subjects: readonly { state: StateCode; ori: Ori }[]): string[] {
  return [...new Set([...subjects.map((s) => moaStreamId(s.state)), ...subjects.map((s) => leaStandingStreamId(s.ori))])];
}

/**
 * The gate for the bookings of a command (or of a batch of them), from the
 * events of the streams gateStreamIds names, in version order. A state or
 * LEA with no events here has no MOA in force, so the gate stays closed for it.
 */
export function programGateFrom(subjects: readonly { state: StateCode; ori: Ori }[], streams: ReadonlyMap<string, readonly Pick<StoredEvent, "payload">[]>): ProgramGate {
  const states = [...new Set(subjects.map((s) => s.state))];
  const oris = [...new Set(subjects.map((s) => s.ori))];
  const moas = new Map(states.map((state) => [state, replayMoa(state, streams.get(moaStreamId(state)) ?? [])]));
  const standings = oris.flatMap((ori) => replayStanding(ori, streams.get(leaStandingStreamId(ori)) ?? []) ?? []);
  return (state, leaOri, now) => programActiveFor(moas.get(state), standings, leaOri, now);
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
