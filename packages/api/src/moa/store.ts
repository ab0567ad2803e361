// Where the MOA context's facts live and how a command is recorded: decide with
// core, append at the version read (StreamConflictError on a lost race, which
// runCommand retries). The MOA and LEA streams are the very ones the flow's D7
// gate replays (flow/streams.ts, flow/program-gate.ts), so a notice or an LEA
// suspension recorded here changes the next booking's IDENT search.
import {
  decideLeaSuspension,
  decideMoa,
  decideStatisticsRelease,
  evolveMoa,
  evolveStatisticsRelease,
  initialLeaStanding,
  initialMoaState,
  initialStatisticsReleaseState,
  refusalMessage,
  StatisticsReleaseEvent,
  type LeaStanding,
  type LeaSuspensionCommand,
  type MoaCommand,
  type MoaState,
  type Ori,
  type Refusal,
  type StateCode,
  type StatisticsReleaseCommand,
  type StatisticsReleaseState,
} from "@sc/core";
import { appendToStream, events, readStream, type Executor } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { loadDirectory } from "../flow/environment";
import { loadLeaStanding, loadMoa, moaIdOf } from "../flow/program-gate";
import { leaStandingStreamId, moaStreamId } from "../flow/streams";

export const statisticsReleaseStreamId = (requestId: string): string => `statistics-release-${requestId}`;

/**
 * A domain refusal: the request was well formed but the MOA's rules forbid it
 * now. PRECONDITION_FAILED (412), the message naming the rule ("MOA VIII: ...").
 */
export function refused(refusal: Refusal): TRPCError {
  return new TRPCError({ code: "PRECONDITION_FAILED", message: refusalMessage(refusal) });
}

/** The state's MOA as recorded; a state with no stream has an unsigned draft (no MOA yet, DOMAIN D7). */
export async function loadMoaState(db: Executor, state: StateCode): Promise<{ moa: MoaState; version: number }> {
  const { moa, version } = await loadMoa(db, state);
  return { moa: moa ?? initialMoaState({ moaId: moaIdOf(state), state }), version };
}

/** Decides one MOA command against the stream and appends its events; returns the state after them. */
export async function recordMoaCommand(tx: Executor, state: StateCode, command: MoaCommand, at: Date): Promise<MoaState> {
  const { moa, version } = await loadMoaState(tx, state);
  const decision = decideMoa(command, moa);
  if (decision.outcome === "refused") throw refused(decision.refusal);
  await appendToStream(tx, moaStreamId(state), version, decision.events.map((e) => ({ type: e.type, payload: e })), at);
  return decision.events.reduce(evolveMoa, moa);
}

export async function loadStanding(db: Executor, ori: Ori): Promise<{ standing: LeaStanding; version: number }> {
  const { standing, version } = await loadLeaStanding(db, ori);
  return { standing: standing ?? initialLeaStanding(ori), version };
}

/** MOA VIII: one LEA's suspension or reinstatement on its own stream (what the D7 gate reads). */
export async function recordLeaCommand(tx: Executor, command: LeaSuspensionCommand, at: Date): Promise<void> {
  const { standing, version } = await loadStanding(tx, command.ori);
  const decision = decideLeaSuspension(command, standing);
  if (decision.outcome === "refused") throw refused(decision.refusal);
  await appendToStream(tx, leaStandingStreamId(command.ori), version, decision.events.map((e) => ({ type: e.type, payload: e })), at);
}

export async function loadStatisticsRelease(db: Executor, requestId: string): Promise<{ release: StatisticsReleaseState; version: number }> {
  const stored = await readStream(db, statisticsReleaseStreamId(requestId));
  const release = stored.map((e) => StatisticsReleaseEvent.parse(e.payload)).reduce(evolveStatisticsRelease, initialStatisticsReleaseState());
  return { release, version: stored.at(-1)?.version ?? 0 };
}

/** MOA X: one statistics release request per stream; a field office's area comes from the directory. */
export async function recordStatisticsReleaseCommand(tx: Executor, command: StatisticsReleaseCommand, at: Date): Promise<StatisticsReleaseState> {
  const [{ release, version }, directory] = await Promise.all([loadStatisticsRelease(tx, command.requestId), loadDirectory(tx)]);
  const decision = decideStatisticsRelease(command, release, (office) => directory.fieldOffice(office)?.states ?? []);
  if (decision.outcome === "refused") throw refused(decision.refusal);
  await appendToStream(tx, statisticsReleaseStreamId(command.requestId), version, decision.events.map((e) => ({ type: e.type, payload: e })), at);
  return decision.events.reduce(evolveStatisticsRelease, release);
}

/** Every statistics release request, oldest first (found by its first event's type). */
export async function statisticsReleaseIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ payload: events.payload })
    .from(events)
    .where(eq(events.type, "StatisticsReleaseRequested"))
    .orderBy(asc(events.position));
  return rows.map((r) => StatisticsReleaseEvent.parse(r.payload).requestId);
}
