// What core's booking decider reads besides the booking (FlowEnvironment),
// loaded from storage once per command: the reference directory, the IAFIS
// records and IDENT encounters that concern this subject's prints, the NFF
// SIB's file, and the D7 gate. Lookups are then synchronous and pure.
import {
  buildDirectory,
  Conviction,
  IafisRepository,
  IdentRepository,
  type FbiNumber,
  type FlowEnvironment,
  type IdentEncounterKind,
  type Ori,
  type ReferenceDirectory,
  type StateCode,
  type TemplateId,
} from "@sc/core";
import { iafisPrints, iafisRecords, identEncounters, referenceData, sibFiles, type Db, type Executor } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import { loadProgramGate } from "./program-gate";

/** The directory as last built per database, with the row version (xmin) it was built from. */
const directories = new WeakMap<object, { readonly version: string; readonly directory: ReferenceDirectory }>();

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
    const [row] = await db
      .select({ version: sql<string>`xmin::text` })
      .from(referenceData)
      .where(eq(referenceData.name, DIRECTORY_DOCUMENT));
    if (row?.version === cached.version) return cached.directory;
  }
  const [row] = await db
    .select({ document: referenceData.document, version: sql<string>`xmin::text` })
    .from(referenceData)
    .where(eq(referenceData.name, DIRECTORY_DOCUMENT));
  const built = buildDirectory(row?.document ?? { states: [], agencies: [], fieldOffices: [] });
  if (!built.ok) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "stored directory is not valid" });
  if (cacheFor !== undefined && row !== undefined) directories.set(cacheFor, { version: row.version, directory: built.directory });
  return built.directory;
}

/** The environment plus the repository the flow adds new IAFIS records to (a non-ident). */
export interface LoadedEnvironment extends FlowEnvironment {
  readonly directory: ReferenceDirectory;
  readonly iafisRepository: IafisRepository;
  readonly sibFileEntries: Map<string, FbiNumber>;
}

const Convictions = z.array(Conviction);
const fileKey = (state: StateCode, templateId: TemplateId): string => `${state}|${templateId}`;

/** What a booking's flow looks up: its state and LEA (D7), its prints and the FBI numbers it already names. */
export interface FlowSubject {
  readonly state: StateCode;
  readonly ori: Ori;
  readonly templateId: TemplateId;
  readonly fbiNumbers: readonly FbiNumber[];
}

/**
 * One environment for the bookings of a command, or of a batch of them (see
 * book-batch.ts): the IAFIS records, IDENT encounters and SIB file entries
 * that concern their prints, and the gate, each read in one query for all.
 * The flow adds what it creates (a non-ident's record, an NFF file entry) to
 * it, so later bookings of the same batch see them as they would in storage.
 */
export async function loadFlowEnvironment(db: Executor, directory: ReferenceDirectory, subjects: readonly FlowSubject[]): Promise<LoadedEnvironment> {
  const templateIds = [...new Set(subjects.map((s) => s.templateId))];
  const files = await db
    .select()
    .from(sibFiles)
    .where(or(...subjects.map((s) => and(eq(sibFiles.state, s.state), eq(sibFiles.templateId, s.templateId)))));
  const byPrints = await db.select().from(iafisPrints).where(inArray(iafisPrints.templateId, templateIds));
  const fbiNumbers = [...new Set([...subjects.flatMap((s) => s.fbiNumbers), ...files.map((f) => f.fbiNumber), ...byPrints.map((p) => p.fbiNumber)])];
  const records = fbiNumbers.length === 0 ? [] : await db.select().from(iafisRecords).where(inArray(iafisRecords.fbiNumber, fbiNumbers));
  const prints = fbiNumbers.length === 0 ? [] : await db.select().from(iafisPrints).where(inArray(iafisPrints.fbiNumber, fbiNumbers));
  const iafis = new IafisRepository(
    records.map((r) => ({
      fbiNumber: r.fbiNumber,
      // A record holds the subject's prints first (core resolves a CPI to templateIds[0], DOMAIN D6).
      templateIds: prints.filter((p) => p.fbiNumber === r.fbiNumber).map((p) => p.templateId),
      convictions: Convictions.parse(r.convictions),
    })).filter((r) => r.templateIds.length > 0),
  );
  const templates = [...new Set([...templateIds, ...prints.map((p) => p.templateId)])];
  const encounters = await db.select().from(identEncounters).where(inArray(identEncounters.templateId, templates));
  const ident = new IdentRepository(
    encounters.map((e) => ({
      encounterId: e.encounterId,
      templateId: e.templateId,
      encounteredAt: e.encounteredAt.toISOString(),
      kind: e.kind as IdentEncounterKind,
    })),
  );
  const sibFileEntries = new Map(files.map((f) => [fileKey(f.state, f.templateId), f.fbiNumber]));
  return {
    directory,
    iafis,
    iafisRepository: iafis,
    ident,
    sibFileEntries,
    sibFile: (state, templateId) => sibFileEntries.get(fileKey(state, templateId)),
    programGate: await loadProgramGate(db, subjects),
  };
}

export { fileKey };
