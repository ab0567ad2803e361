// The flow's part of the demo world: synthetic subjects with IAFIS records and
// IDENT encounters (no real person; no race or ethnicity field), signed MOAs
// for the demo states (MOA VI), and a short history of bookings run through
// the real flow. Call from the demo seed (an ExtraSeed) and from tests.
import { randomUUID } from "node:crypto";
import { nextTcn, type Conviction, type IdentEncounterKind, type Ori, type StatusDeterminationOutcome } from "@sc/core";
import { iafisPrints, iafisRecords, identEncounters, sibFiles, subjects, type Tx } from "@sc/db";
import { loadDirectory } from "./environment";
import { appendMoaCommand, loadMoa } from "./program-gate";
import { runFlow } from "./run";
import { loadBooking } from "./streams";

export interface DemoSubject {
  readonly label: string;
  /** An invented name the booking officer picks the subject by. */
  readonly name: string;
  /** What the subject shows of the flow, for trainers. */
  readonly note: string;
  readonly templateId: string;
  readonly iafis?: { readonly fbiNumber: string; readonly convictions: readonly Conviction[] };
  readonly ident: readonly { readonly encounterId: string; readonly kind: IdentEncounterKind }[];
  /** NFF states whose SIB already has the subject on file (MOA IV.A). */
  readonly onFileIn?: readonly string[];
}

const ENCOUNTERED = "2015-06-01T12:00:00.000Z";

/** Each subject shows one branch of the flow; the label says which. */
export const DEMO_SUBJECTS = {
  priorLevel1Match: {
    name: "Jordan Alder",
    note: "prior Level 1 conviction, IDENT match",
    label: "demo subject 1: prior Level 1 conviction, IDENT match",
    templateId: "T-DEMO-0001",
    iafis: { fbiNumber: "100000DA1", convictions: [{ ncicCode: "1201", date: "2019-05-01T00:00:00.000Z", sentenceDays: 1460 }] },
    ident: [{ encounterId: "ENC-DEMO-0001", kind: "visa-application" }],
  },
  priorLevel2Match: {
    name: "Casey Birch",
    note: "prior Level 2 conviction, IDENT match",
    label: "demo subject 2: prior Level 2 conviction, IDENT match",
    templateId: "T-DEMO-0002",
    iafis: { fbiNumber: "200000DB2", convictions: [{ ncicCode: "2399", date: "2021-02-01T00:00:00.000Z", sentenceDays: 90 }] },
    ident: [{ encounterId: "ENC-DEMO-0002", kind: "port-of-entry" }],
  },
  unknownEverywhere: {
    name: "Morgan Cedar",
    note: "no IAFIS record (non-ident), no IDENT match",
    label: "demo subject 3: no IAFIS record (non-ident), no IDENT match",
    templateId: "T-DEMO-0003",
    ident: [],
  },
  recordNoMatch: {
    name: "Riley Dogwood",
    note: "IAFIS record, no IDENT match",
    label: "demo subject 4: IAFIS record, no IDENT match",
    templateId: "T-DEMO-0004",
    iafis: { fbiNumber: "400000DD4", convictions: [] },
    ident: [],
  },
  noRecordMatch: {
    name: "Quinn Elm",
    note: "no IAFIS record, IDENT match",
    label: "demo subject 5: no IAFIS record, IDENT match",
    templateId: "T-DEMO-0005",
    ident: [{ encounterId: "ENC-DEMO-0005", kind: "immigration-benefit" }],
  },
  onFileInNc: {
    name: "Taylor Fir",
    note: "on file with the NC SIB (NFF), IDENT match",
    label: "demo subject 6: on file with the NC SIB (NFF), IDENT match",
    templateId: "T-DEMO-0006",
    iafis: { fbiNumber: "600000DF6", convictions: [] },
    ident: [{ encounterId: "ENC-DEMO-0006", kind: "prior-enforcement" }],
    onFileIn: ["NC"],
  },
} as const satisfies Record<string, DemoSubject>;

/** States whose MOA the demo signs (MOA VI: in effect once both sides have signed). */
export const DEMO_MOA_STATES = ["VA", "NC", "TX", "MD", "AZ"] as const;

const DAY_MS = 86_400_000;

async function seedSubjects(tx: Tx): Promise<void> {
  for (const s of Object.values(DEMO_SUBJECTS) as DemoSubject[]) {
    await tx.insert(subjects).values({ templateId: s.templateId, name: s.name, note: s.note }).onConflictDoNothing();
    if (s.iafis !== undefined) {
      await tx.insert(iafisRecords).values({ fbiNumber: s.iafis.fbiNumber, convictions: s.iafis.convictions, subject: s.label }).onConflictDoNothing();
      await tx.insert(iafisPrints).values({ templateId: s.templateId, fbiNumber: s.iafis.fbiNumber }).onConflictDoNothing();
      for (const state of s.onFileIn ?? []) {
        await tx.insert(sibFiles).values({ state, templateId: s.templateId, fbiNumber: s.iafis.fbiNumber }).onConflictDoNothing();
      }
    }
    for (const e of s.ident) {
      await tx
        .insert(identEncounters)
        .values({ encounterId: e.encounterId, templateId: s.templateId, encounteredAt: new Date(ENCOUNTERED), kind: e.kind })
        .onConflictDoNothing();
    }
  }
}

async function seedMoas(tx: Tx, signedAt: Date): Promise<void> {
  const now = signedAt.toISOString();
  for (const state of DEMO_MOA_STATES) {
    if ((await loadMoa(tx, state)).moa !== undefined) continue; // the MOA context recorded it already
    await appendMoaCommand(tx, state, { type: "SignMoa", now, by: { kind: "SIB", state }, signatory: `Director, ${state} SIB (demo)`, title: "Director" }, signedAt);
    await appendMoaCommand(
      tx,
      state,
      { type: "SignMoa", now, by: { kind: "ICE-SC-PROGRAM-OFFICE" }, signatory: "Director, Secure Communities (demo)", title: "Director" },
      signedAt,
    );
  }
}

interface HistoryBooking {
  readonly bookingId: string;
  readonly ori: Ori;
  readonly subject: DemoSubject;
  readonly charges: readonly string[];
  readonly daysAgo: number;
  readonly outcome?: StatusDeterminationOutcome;
  /** The field office that follows the case through to removal proceedings (MOA V, V.C). */
  readonly followedBy?: string;
}

const HISTORY: readonly HistoryBooking[] = [
  { bookingId: "DEMO-0001", ori: "VA0010000", subject: DEMO_SUBJECTS.priorLevel1Match, charges: ["1313"], daysAgo: 9, outcome: "removable", followedBy: "WAS" },
  { bookingId: "DEMO-0002", ori: "VA0020000", subject: DEMO_SUBJECTS.unknownEverywhere, charges: ["2399"], daysAgo: 8 },
  { bookingId: "DEMO-0003", ori: "TX0010000", subject: DEMO_SUBJECTS.priorLevel2Match, charges: ["5499"], daysAgo: 6, outcome: "lawful-permanent-resident" },
  { bookingId: "DEMO-0004", ori: "NC0010000", subject: DEMO_SUBJECTS.recordNoMatch, charges: ["2299"], daysAgo: 4 },
  { bookingId: "DEMO-0005", ori: "NC0010000", subject: DEMO_SUBJECTS.noRecordMatch, charges: ["3599"], daysAgo: 2 },
];

async function seedHistory(tx: Tx, now: Date): Promise<void> {
  for (const h of HISTORY) {
    if ((await loadBooking(tx, h.bookingId)).version > 0) continue;
    const bookedAt = new Date(now.getTime() - h.daysAgo * DAY_MS);
    const at = (minutes: number) => ({ clock: { now: () => new Date(bookedAt.getTime() + minutes * 60_000) }, newId: randomUUID });
    await runFlow(at(0), tx, h.bookingId, (_state, t) => ({
      type: "BookSubject",
      bookingId: h.bookingId,
      now: t,
      by: { kind: "LEA", ori: h.ori },
      ori: h.ori,
      templateId: h.subject.templateId,
      charges: [...h.charges],
    }));
    if (h.outcome === undefined) continue;
    const outcome = h.outcome;
    // LESC answers the IAQ 40 minutes later (MOA V.B).
    await runFlow(at(40), tx, h.bookingId, (state, t) => ({
      type: "RecordStatusDetermination",
      bookingId: h.bookingId,
      now: t,
      by: { kind: "LESC" },
      tcn: nextTcn(state, h.bookingId),
      receivedAt: t,
      outcome,
    }));
    if (h.followedBy === undefined) continue;
    // A whole case: detainer, the charges adjudicated, release, ICE custody, removal proceedings.
    const office = { kind: "ICE-FIELD-OFFICE" as const, office: h.followedBy };
    const lea = { kind: "LEA" as const, ori: h.ori };
    const id = h.bookingId;
    await runFlow(at(90), tx, id, (_s, t) => ({ type: "LodgeDetainer", bookingId: id, now: t, by: office }));
    await runFlow(at(2 * 1440), tx, id, (_s, t) => ({ type: "RecordAdjudication", bookingId: id, now: t, by: lea, convictions: h.charges.map((ncicCode) => ({ ncicCode, date: t, sentenceDays: 120 })) }));
    await runFlow(at(2 * 1440 + 60), tx, id, (_s, t) => ({ type: "RecordLocalCustodyEnded", bookingId: id, now: t, by: lea, reason: "sentence-completed" }));
    await runFlow(at(2 * 1440 + 120), tx, id, (_s, t) => ({ type: "TakeIntoCustody", bookingId: id, now: t, by: office }));
    await runFlow(at(2 * 1440 + 180), tx, id, (_s, t) => ({ type: "InstituteRemovalProceedings", bookingId: id, now: t, by: office }));
  }
}

/** Seeds the flow's demo world through `tx`; idempotent (skips what is there). An ExtraSeed for seedDemoWorld. */
export async function seedFlow(tx: Tx, now: Date): Promise<void> {
  await loadDirectory(tx); // fails early if the directory is missing or invalid
  await seedSubjects(tx);
  await seedMoas(tx, new Date(now.getTime() - 60 * DAY_MS));
  await seedHistory(tx, now);
}
