// The bookings read model's statistics columns (packages/db schema/flow.ts), projected
// from core's booking state: what core's computeStatistics reads off a state, as plain
// columns the database aggregates (router/statistics.ts), and core's oversight test of
// the charges (MOA VIII). One function writes them on every command (read-models.ts)
// and projects rows written before the columns existed (projectStatisticsColumns).
import { mostSevereChargeIsMinor, responseTimes, type ActiveBooking } from "@sc/core";
import { queryRows, type bookings, type Executor } from "@sc/db";
import { sql } from "drizzle-orm";

export function statisticsColumns(after: ActiveBooking) {
  const times = responseTimes(after);
  const priority = after.priority;
  return {
    statisticsProjected: true,
    submissionType: after.submission?.type ?? null,
    identSearched: after.identSearch !== null,
    identMatch: after.identResult?.match === true,
    programWithheld: after.withheld !== null,
    iaqSent: after.iaq !== null,
    determination: after.determination?.outcome ?? null,
    // computeStatistics' level for the subject (DOMAIN D2 pending sentence, D5 convictions).
    subjectLevel: priority === null ? null : priority.convictionPendingSentence === true ? "pending-sentence" : priority.convictionLevel === null ? "none" : String(priority.convictionLevel),
    heldAtSib: after.heldAtSib !== null,
    detainer: after.ice.detainer !== null,
    iceCustody: after.ice.custody !== null,
    removalProceedings: after.ice.removalProceedings !== null,
    responseToSibMs: times.toSibMs,
    responseToLeaMs: times.toLeaMs,
    chargeMinor: mostSevereChargeIsMinor(after.booking.charges),
  } satisfies Partial<typeof bookings.$inferInsert>;
}

const BATCH = 1_000;

/**
 * Projects the statistics columns of rows written before they existed (migration 0007
 * adds them unprojected), a batch a statement; run at the API's start. Returns how many.
 */
export async function projectStatisticsColumns(db: Executor): Promise<number> {
  let projected = 0;
  for (;;) {
    const rows = await queryRows<{ id: string; snapshot: ActiveBooking }>(db, sql`select id, snapshot from bookings where not statistics_projected order by id limit ${BATCH}`);
    if (rows.length === 0) return projected;
    const values = rows.map((r) => ({ id: r.id, ...statisticsColumns(r.snapshot) }));
    await db.execute(sql`update bookings b set
        statistics_projected = true, submission_type = v."submissionType", ident_searched = v."identSearched", ident_match = v."identMatch",
        program_withheld = v."programWithheld", iaq_sent = v."iaqSent", determination = v.determination, subject_level = v."subjectLevel",
        held_at_sib = v."heldAtSib", detainer = v.detainer, ice_custody = v."iceCustody", removal_proceedings = v."removalProceedings",
        response_to_sib_ms = v."responseToSibMs", response_to_lea_ms = v."responseToLeaMs", charge_minor = v."chargeMinor"
      from jsonb_to_recordset(${JSON.stringify(values)}::text::jsonb) as v(id text, "submissionType" text, "identSearched" boolean, "identMatch" boolean,
        "programWithheld" boolean, "iaqSent" boolean, determination text, "subjectLevel" text, "heldAtSib" boolean, detainer boolean,
        "iceCustody" boolean, "removalProceedings" boolean, "responseToSibMs" bigint, "responseToLeaMs" bigint, "chargeMinor" boolean)
      where b.id = v.id`);
    projected += rows.length;
  }
}
