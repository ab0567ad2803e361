// Read models of the booking flow (MOA IV, V; DOMAIN section 3), rebuilt from
// the flow's events (stream "booking-<id>") in the same transaction as each
// command, plus the synthetic world the flow searches: IAFIS records, IDENT
// encounters and the NFF SIBs' own files. No race or ethnicity field anywhere
// (DOMAIN section 4, MOA VIII).
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/** One row per booking: what lists and queues filter on, and the decider's state as of the last event. */
export const bookings = pgTable(
  "bookings",
  {
    id: text("id").primaryKey(),
    ori: text("ori").notNull(),
    state: text("state").notNull(),
    /** The ICE field office whose area covers the state (null when none does). */
    fieldOffice: text("field_office"),
    templateId: text("template_id").notNull(),
    /** core BookingStatus: booked, car-at-sib, at-cjis, ..., relayed, held-at-sib, withheld. */
    status: text("status").notNull(),
    bookedAt: instant("booked_at").notNull(),
    lastAt: instant("last_at").notNull(),
    /** Party kinds the booking's messages reached (core maySee's `reached`). */
    reached: jsonb("reached").$type<string[]>().notNull(),
    /** The stream version this row reflects. */
    version: integer("version").notNull(),
    /** core ActiveBooking as of `version`: statistics and views read it without replaying. */
    snapshot: jsonb("snapshot").$type<unknown>().notNull(),
    // What the statistics count (DOMAIN section 5) and the profiling oversight reads (MOA VIII),
    // projected from the snapshot by the API (flow/statistics-columns.ts) so the database
    // aggregates plain columns instead of reading every snapshot's JSON.
    /** False on a row written before these columns existed, until the API projects it at start. */
    statisticsProjected: boolean("statistics_projected").notNull().default(false),
    /** "CAR" or "CPI" once the SIB forwarded one (MOA IV.A), else null. */
    submissionType: text("submission_type"),
    identSearched: boolean("ident_searched").notNull().default(false),
    identMatch: boolean("ident_match").notNull().default(false),
    /** DOMAIN D7: the program was not in effect at some step. */
    programWithheld: boolean("program_withheld").notNull().default(false),
    iaqSent: boolean("iaq_sent").notNull().default(false),
    /** core StatusDeterminationOutcome, once LESC determined. */
    determination: text("determination"),
    /** ICE's level for the subject: "1", "2", "3", "pending-sentence" or "none"; null until assessed. */
    subjectLevel: text("subject_level"),
    heldAtSib: boolean("held_at_sib").notNull().default(false),
    detainer: boolean("detainer").notNull().default(false),
    iceCustody: boolean("ice_custody").notNull().default(false),
    removalProceedings: boolean("removal_proceedings").notNull().default(false),
    /** Milliseconds from booking to the response at the SIB (DOMAIN 3.8), null until it arrives. */
    responseToSibMs: bigint("response_to_sib_ms", { mode: "number" }),
    /** Milliseconds from booking to the relay at the LEA, null until relayed. */
    responseToLeaMs: bigint("response_to_lea_ms", { mode: "number" }),
    /** MOA VIII oversight: the most severe charge is Level 3 or a traffic offense (core mostSevereChargeIsMinor). */
    chargeMinor: boolean("charge_minor").notNull().default(false),
  },
  (t) => [
    index("bookings_state_status").on(t.state, t.status),
    index("bookings_ori_booked_at").on(t.ori, t.bookedAt),
    // The desks' queues (flow/queue.ts): a status's bookings oldest first, a page at a time,
    // read off the index in order instead of sorting every waiting booking (LESC's IAQs at
    // 100,000 bookings: 20,000 rows sorted for a page of 25). Also serves what
    // bookings_status served (a status's rows), so that index is gone: one less to write.
    index("bookings_status_last_at").on(t.status, t.lastAt, t.id),
    index("bookings_booked_at").on(t.bookedAt),
    // A SIB's and a field office's desk list their bookings newest first.
    index("bookings_state_booked_at").on(t.state, t.bookedAt),
    index("bookings_field_office_booked_at").on(t.fieldOffice, t.bookedAt),
  ],
);

/** ICE's cases: bookings LESC determined, with the priority core assessed (MOA V, V.C, III.B.iii). */
export const iceCases = pgTable(
  "ice_cases",
  {
    bookingId: text("booking_id").primaryKey(),
    fieldOffice: text("field_office"),
    state: text("state").notNull(),
    ori: text("ori").notNull(),
    outcome: text("outcome").notNull(),
    /** core IcePriorityCategory. */
    category: text("category").notNull(),
    /** Queue order of the category: 0 Level 1 priority, 1 discretion, 2 pending, 3 not removable. */
    rank: integer("rank").notNull(),
    convictionLevel: integer("conviction_level"),
    chargeLevel: integer("charge_level"),
    determinedAt: instant("determined_at").notNull(),
    detainerAt: instant("detainer_at"),
    localCustodyEndedAt: instant("local_custody_ended_at"),
    custodyAt: instant("custody_at"),
    removalProceedingsAt: instant("removal_proceedings_at"),
  },
  (t) => [
    index("ice_cases_office_rank").on(t.fieldOffice, t.rank, t.determinedAt),
    // ice.queue's order exactly (router/ice.ts: proceedings instituted last, rank, the person's
    // level, oldest determination), so a field office's first page is read off the index
    // instead of joining and sorting every case of the office (20,000 at 100,000 bookings).
    index("ice_cases_office_queue").on(
      t.fieldOffice,
      sql`(${t.removalProceedingsAt} is not null)`,
      t.rank,
      sql`least(${t.convictionLevel}, ${t.chargeLevel})`,
      t.determinedAt,
      t.bookingId,
    ),
  ],
);

/**
 * The synthetic subjects an LEA can book (a training model: the booking
 * officer picks a person by name, and the prints taken are that person's
 * template). Names are invented; there is no race or ethnicity field.
 */
export const subjects = pgTable("subjects", {
  templateId: text("template_id").primaryKey(),
  name: text("name").notNull(),
  /** What the subject shows of the flow, for trainers ("prior Level 1 conviction, IDENT match"). */
  note: text("note").notNull(),
});

/** Modelled IAFIS: synthetic criminal-history records (MOA IV.A), by FBI number. */
export const iafisRecords = pgTable("iafis_records", {
  fbiNumber: text("fbi_number").primaryKey(),
  /** core Conviction[]. */
  convictions: jsonb("convictions").$type<unknown>().notNull(),
  /** A readable label for the synthetic subject ("demo subject 3"); never a real name. */
  subject: text("subject"),
});

/** The prints IAFIS holds for each record: a synthetic template id names one set. */
export const iafisPrints = pgTable(
  "iafis_prints",
  {
    templateId: text("template_id").primaryKey(),
    fbiNumber: text("fbi_number").notNull(),
  },
  (t) => [index("iafis_prints_fbi").on(t.fbiNumber)],
);

/** Modelled US-VISIT IDENT: synthetic encounters, matched by template id (MOA V.A). */
export const identEncounters = pgTable(
  "ident_encounters",
  {
    encounterId: text("encounter_id").primaryKey(),
    templateId: text("template_id").notNull(),
    encounteredAt: instant("encountered_at").notNull(),
    kind: text("kind").notNull(),
  },
  (t) => [index("ident_encounters_template").on(t.templateId)],
);

/** MOA IV.A: an NFF SIB's own file: the FBI number it holds for a set of prints after a first booking. */
export const sibFiles = pgTable(
  "sib_files",
  {
    state: text("state").notNull(),
    templateId: text("template_id").notNull(),
    fbiNumber: text("fbi_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.state, t.templateId] })],
);
