// What core's booking decider reads besides the booking (FlowEnvironment),
// loaded from storage once per command (in one statement): the reference directory, the IAFIS
// records and IDENT encounters that concern this subject's prints, the NFF
// SIB's file, and the D7 gate. Lookups are then synchronous and pure.
import {
  buildDirectory,
  Conviction,
  IafisRepository,
  IdentRepository,
  sibFileKey,
  type FbiNumber,
  type FlowEnvironment,
  type IdentEncounterKind,
  type Ori,
  type ReferenceDirectory,
  type StateCode,
  type TemplateId,
} from "@sc/core";
import { boundArray, events, iafisPrints, iafisRecords, identEncounters, queryRows, referenceData, sibFiles, type Db, type Executor } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import { gateStreamIds, programGateFrom } from "./program-gate";

/** A directory with the row version (xmin) it was built from; null when there is no row. */
export interface VersionedDirectory {
  readonly version: string | null;
  readonly directory: ReferenceDirectory;
}

/** The directory as last built per database. */
const directories = new WeakMap<object, VersionedDirectory>();

/** The directory row's version (xmin), as a column another statement carries (book-batch.ts compares it with the cached one's). */
export const directoryVersionColumn: SQL = sql`(select xmin::text from ${referenceData} where ${referenceData.name} = ${DIRECTORY_DOCUMENT})`;

/** The directory built for this database, as last read: no statement is sent, so the caller checks its version itself. */
export function cachedDirectory(db: Db): VersionedDirectory | undefined {
  return directories.get(db);
}

/** Reads and builds the directory, and keeps it for `cacheFor` (the Db the executor belongs to). */
export async function readDirectory(db: Executor, cacheFor?: Db): Promise<VersionedDirectory> {
  const [row] = await db
    .select({ document: referenceData.document, version: sql<string>`xmin::text` })
    .from(referenceData)
    .where(eq(referenceData.name, DIRECTORY_DOCUMENT));
  const built = buildDirectory(row?.document ?? { states: [], agencies: [], fieldOffices: [] });
  if (!built.ok) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "stored directory is not valid" });
  const read = { version: row?.version ?? null, directory: built.directory };
  if (cacheFor !== undefined && row !== undefined) directories.set(cacheFor, read);
  return read;
}

/**
 * The reference directory. With `cacheFor` (the Db the executor belongs to),
 * the built directory is kept per database and reused while its row is
 * unchanged: PostgreSQL gives a row a new xmin at every update, so a change
 * by any process is seen at once, and a command reads one small column
 * instead of parsing and indexing the whole document.
 */
export async function loadDirectory(db: Executor, cacheFor?: Db): Promise<ReferenceDirectory> {
  const cached = cacheFor === undefined ? undefined : directories.get(cacheFor);
  if (cached !== undefined) {
    const [row] = await queryRows<{ version: string | null }>(db, sql`select ${directoryVersionColumn} as version`);
    if (row?.version === cached.version) return cached.directory;
  }
  return (await readDirectory(db, cacheFor)).directory;
}

/** The environment plus the repository the flow adds new IAFIS records to (a non-ident). */
export interface LoadedEnvironment extends FlowEnvironment {
  readonly directory: ReferenceDirectory;
  readonly iafisRepository: IafisRepository;
  readonly sibFileEntries: Map<string, FbiNumber>;
}

const Convictions = z.array(Conviction);

/** What a booking's flow looks up: its state and LEA (D7), its prints and the FBI numbers it already names. */
export interface FlowSubject {
  readonly state: StateCode;
  readonly ori: Ori;
  readonly templateId: TemplateId;
  readonly fbiNumbers: readonly FbiNumber[];
}

/** What loadFlowEnvironment's one statement answers: each part as JSON, timestamps as text. */
interface EnvironmentRow {
  readonly files: readonly { state: StateCode; template_id: TemplateId; fbi_number: FbiNumber }[];
  readonly records: readonly { fbi_number: FbiNumber; convictions: unknown }[];
  readonly prints: readonly { template_id: TemplateId; fbi_number: FbiNumber }[];
  readonly encounters: readonly { encounter_id: string; template_id: TemplateId; encountered_at: string; kind: string }[];
  readonly gate: readonly { stream_id: string; payload: unknown }[];
}

/** loadFlowEnvironment's one statement (exported for the test that its lookups go through indexes), with `also`'s columns after its own. */
export function environmentQuery(subjects: readonly FlowSubject[], also: Readonly<Record<string, SQL>> = {}): SQL {
  const states = subjects.map((s) => s.state);
  const templates = subjects.map((s) => s.templateId);
  const named = [...new Set(subjects.flatMap((s) => s.fbiNumbers))];
  return sql`with files as (
        select f.state, f.template_id, f.fbi_number from ${sibFiles} f
        where f.state = any(${boundArray(states)}) and f.template_id = any(${boundArray(templates)})
          and (f.state, f.template_id) in (select * from unnest(${boundArray(states)}, ${boundArray(templates)}))),
      fbis as (
        select p.fbi_number from ${iafisPrints} p where p.template_id = any(${boundArray(templates)})
        union select fbi_number from files
        union select unnest(${boundArray(named)})),
      records as (select r.fbi_number, r.convictions from ${iafisRecords} r where r.fbi_number = any(array(select fbi_number from fbis))),
      prints as (select p.template_id, p.fbi_number from ${iafisPrints} p where p.fbi_number = any(array(select fbi_number from fbis))),
      encounters as (
        select e.encounter_id, e.template_id, e.encountered_at, e.kind from ${identEncounters} e
        where e.template_id = any(array(select unnest(${boundArray(templates)}) union select template_id from prints))),
      gate as (
        select e.stream_id, e.payload from ${events} e
        where e.stream_id = any(${boundArray(gateStreamIds(subjects))})
        order by e.stream_id, e.version)
    select
      (select coalesce(json_agg(files), '[]') from files) as files,
      (select coalesce(json_agg(records), '[]') from records) as records,
      (select coalesce(json_agg(prints), '[]') from prints) as prints,
      (select coalesce(json_agg(encounters), '[]') from encounters) as encounters,
      (select coalesce(json_agg(gate), '[]') from gate) as gate
      ${sql.join(Object.entries(also).map(([name, column]) => sql`, ${column} as ${sql.identifier(name)}`))}`;
}

/**
 * One environment for the bookings of a command, or of a batch of them (see
 * book-batch.ts): the SIB file entries, IAFIS records and IDENT encounters
 * that concern their prints, and the streams of the D7 gate, all read in one
 * statement (each round trip to the database cost milliseconds on a busy
 * machine). The IAFIS records are those of the FBI numbers the bookings
 * already name, their SIB files hold, or their prints have; with all the
 * prints of those records, and the encounters of every one of those prints.
 * Every lookup is by a key through its index, so the read stays as fast
 * however many bookings, events and records are stored.
 * The flow adds what it creates (a non-ident's record, an NFF file entry) to
 * it, so later bookings of the same batch see them as they would in storage.
 */
export async function loadFlowEnvironment(db: Executor, directory: ReferenceDirectory, subjects: readonly FlowSubject[]): Promise<LoadedEnvironment> {
  return (await readFlowEnvironment(db, directory, subjects, {})).env;
}

/**
 * loadFlowEnvironment, with more columns read by the same statement (`also`:
 * name -> a scalar subquery), given back as the database answered them for
 * the caller to check: a batch reads the directory's version and the stored
 * answers to its keys with its environment, in one round trip.
 */
export async function readFlowEnvironment<K extends string>(
  db: Executor,
  directory: ReferenceDirectory,
  subjects: readonly FlowSubject[],
  also: Readonly<Record<K, SQL>>,
): Promise<{ readonly env: LoadedEnvironment; readonly also: Readonly<Record<K, unknown>> }> {
  const [row] = await queryRows<EnvironmentRow & Record<K, unknown>>(db, environmentQuery(subjects, also));
  if (row === undefined) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "the flow environment could not be read" });
  const iafis = new IafisRepository(
    row.records.map((r) => ({
      fbiNumber: r.fbi_number,
      // A record holds the subject's prints first (core resolves a CPI to templateIds[0], DOMAIN D6).
      templateIds: row.prints.filter((p) => p.fbi_number === r.fbi_number).map((p) => p.template_id),
      convictions: Convictions.parse(r.convictions),
    })).filter((r) => r.templateIds.length > 0),
  );
  const ident = new IdentRepository(
    row.encounters.map((e) => ({
      encounterId: e.encounter_id,
      templateId: e.template_id,
      encounteredAt: new Date(e.encountered_at).toISOString(),
      kind: e.kind as IdentEncounterKind,
    })),
  );
  const sibFileEntries = new Map(row.files.map((f) => [sibFileKey(f.state, f.template_id), f.fbi_number]));
  const streams = new Map<string, { payload: unknown }[]>();
  for (const e of row.gate) {
    const stream = streams.get(e.stream_id);
    if (stream === undefined) streams.set(e.stream_id, [{ payload: e.payload }]);
    else stream.push({ payload: e.payload });
  }
  const env: LoadedEnvironment = {
    directory,
    iafis,
    iafisRepository: iafis,
    ident,
    sibFileEntries,
    sibFile: (state, templateId) => sibFileEntries.get(sibFileKey(state, templateId)),
    programGate: programGateFrom(subjects, streams),
  };
  return { env, also: row };
}

