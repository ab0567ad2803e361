// Authorisation of flow procedures with core's rules, after the authorize
// middleware let the party's kind in (trpc.ts, meta): mayPerform (function and
// scope) and maySee (object level). A booking the caller may not see answers
// NOT_FOUND, exactly as one that does not exist, so ids reveal nothing; the
// refusal is audited as denied.
import { mayPerform, maySee, type Action, type ActionTarget, type Party, type PartyKind, type VisibleRecord } from "@sc/core";
import { bookings } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit";
import type { InnerContext } from "../context";
import type { SignedInUser } from "../trpc";

type BookingRow = typeof bookings.$inferSelect;

export function bookingRecord(row: Pick<BookingRow, "state" | "ori" | "fieldOffice" | "reached">): VisibleRecord {
  return {
    kind: "booking",
    state: row.state,
    ori: row.ori,
    ...(row.fieldOffice === null ? {} : { fieldOffice: row.fieldOffice }),
    reached: row.reached as PartyKind[],
  };
}

export function targetOf(row: Pick<BookingRow, "state" | "ori" | "fieldOffice">): ActionTarget {
  return { state: row.state, ori: row.ori, ...(row.fieldOffice === null ? {} : { fieldOffice: row.fieldOffice }) };
}

/** Throws FORBIDDEN with core's reason when the party may not perform the action on the target. */
export function requirePermission(party: Party, action: Action, target?: ActionTarget): void {
  const permit = mayPerform(party, action, target);
  if (!permit.allowed) throw new TRPCError({ code: "FORBIDDEN", message: permit.reason });
}

/**
 * The booking's row when the caller may see it; NOT_FOUND (audited as denied when it exists) otherwise.
 * Call before runCommand: which state, agency and area a booking belongs to never changes.
 */
export async function requireVisibleBooking(ctx: InnerContext & { user: SignedInUser }, bookingId: string, action: string): Promise<BookingRow> {
  // Outside any command transaction: the denied audit row must survive the refusal
  // (and PGlite's one connection is held by an open transaction).
  const [row] = await ctx.db.select().from(bookings).where(eq(bookings.id, bookingId));
  if (row !== undefined && maySee(ctx.user.party, bookingRecord(row))) return row;
  if (row !== undefined) {
    await writeAudit(ctx, ctx.db, {
      actor: ctx.user,
      action,
      object: { type: "booking", id: bookingId },
      outcome: "denied",
      detail: "not visible to this party (maySee)",
    });
  }
  throw new TRPCError({ code: "NOT_FOUND", message: `bookingId: no booking ${bookingId} that this account may see` });
}
