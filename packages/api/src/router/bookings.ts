// bookings: an LEA books a subject (MOA IV.A; the CAR goes to the SIB and the
// machine steps run, see flow/automation.ts); every party lists and reads the
// bookings core's maySee lets it see; the LEA records the inputs ICE's custody
// depends on (adjudication, end of local custody: MOA V, V.C).
import { maySee, type ActiveBooking, type Party } from "@sc/core";
import { bookings, subjects } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { auditRead } from "../command";
import { bookingRecord, requireVisibleBooking } from "../flow/access";
import { AdjudicationInput, BookInput, BookingRef, ListBookingsInput, LocalCustodyEndedInput } from "../flow/inputs";
import { bookSubject } from "../flow/book-batch";
import { runBookingStep } from "../flow/step";
import { loadBooking } from "../flow/streams";
import { bookingListRow, bookingView, statusesBehind, statusesSeenBy } from "../flow/view";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";
import { TRPCError } from "@trpc/server";

/** The rows a party could see at all, narrowed in SQL; maySee then decides row by row. */
export function partyScope(party: Party): SQL | undefined {
  switch (party.kind) {
    case "LEA":
      return eq(bookings.ori, party.ori);
    case "SIB":
      return eq(bookings.state, party.state);
    case "ICE-FIELD-OFFICE":
      return eq(bookings.fieldOffice, party.office);
    case "CJIS":
    case "US-VISIT":
    case "LESC":
      return sql`${bookings.reached} @> ${JSON.stringify([party.kind])}::jsonb`;
    case "AUDITOR":
    case "ICE-SC-PROGRAM-OFFICE":
      return undefined;
    case "ICE-PUBLIC-AFFAIRS":
      return sql`false`;
    default: {
      const exhaustive: never = party;
      return exhaustive;
    }
  }
}

export const bookingsRouter = {
  /** MOA IV.A: book a subject; the LEA's own agency, time from the server's clock. Creating: idempotent; commits in batches (flow/book-batch.ts). */
  book: allowed({ performs: ["BookSubject"] })
    .input(BookInput)
    .mutation(({ ctx, input }) => bookSubject(ctx, input)),

  /** The synthetic subjects an LEA books, by name (the prints taken are the subject's template). */
  subjects: allowed({ performs: ["BookSubject"] })
    .input(NoInput)
    .query(async ({ ctx }) => ctx.db.select().from(subjects).orderBy(asc(subjects.name))),

  /** The statuses the caller's lists show, as it sees them: the choices of a status filter. */
  statuses: allowed({ reads: "booking" })
    .input(NoInput)
    .query(({ ctx }) => statusesSeenBy(ctx.user.party)),

  /**
   * The bookings the caller may see, newest first (object level: core maySee),
   * a page at a time: `nextCursor` asks for the next page, null after the last.
   */
  list: allowed({ reads: "booking" })
    .input(ListBookingsInput)
    .query(async ({ ctx, input }) => {
      const party = ctx.user.party;
      const [cursorAt, ...cursorId] = input.cursor?.split("|") ?? [];
      const conditions = [
        partyScope(party),
        input.status === undefined ? undefined : inArray(bookings.status, statusesBehind(party, input.status)),
        input.from === undefined ? undefined : gte(bookings.bookedAt, new Date(input.from)),
        input.to === undefined ? undefined : lt(bookings.bookedAt, new Date(input.to)),
        cursorAt === undefined ? undefined : sql`(${bookings.bookedAt}, ${bookings.id}) < (${new Date(cursorAt)}, ${cursorId.join("|")})`,
      ];
      const rows = await ctx.db
        .select({ id: bookings.id, ori: bookings.ori, state: bookings.state, fieldOffice: bookings.fieldOffice, bookedAt: bookings.bookedAt, reached: bookings.reached, snapshot: bookings.snapshot })
        .from(bookings)
        .where(and(...conditions))
        .orderBy(desc(bookings.bookedAt), desc(bookings.id))
        .limit(input.limit);
      const visible = rows.filter((row) => maySee(party, bookingRecord(row)));
      // A list of bookings is a read of persons' records: one audit row for the page.
      await auditRead(ctx, "bookings.list", { type: "booking-list", id: `${visible.length} bookings` });
      const last = rows.at(-1);
      return {
        // Snapshots are the decider's state, written by flow/read-models.ts.
        items: visible.map((row) => bookingListRow(party, row.snapshot as ActiveBooking, row.fieldOffice)),
        nextCursor: rows.length === input.limit && last !== undefined ? `${last.bookedAt.toISOString()}|${last.id}` : null,
      };
    }),

  /** One booking with its trace (messages and notes in time order) and response times (DOMAIN 3.8). */
  get: allowed({ reads: "booking" })
    .input(BookingRef)
    .query(async ({ ctx, input }) => {
      const row = await requireVisibleBooking(ctx, input.bookingId, "bookings.get");
      const loaded = await loadBooking(ctx.db, input.bookingId);
      if (loaded.state.status === "not-booked") throw new TRPCError({ code: "NOT_FOUND", message: `bookingId: no booking ${input.bookingId}` });
      await auditRead(ctx, "bookings.get", { type: "booking", id: input.bookingId });
      return bookingView(ctx.user.party, loaded.state, loaded.events, row.fieldOffice);
    }),

  /** MOA V: the booking's charges adjudicated (the LEA's input; ICE's priority follows). */
  recordAdjudication: allowed({ performs: ["RecordAdjudication"] })
    .input(AdjudicationInput)
    .mutation(async ({ ctx, input }) => {
      const step = await runBookingStep(ctx, {
        path: "bookings.recordAdjudication",
        action: "RecordAdjudication",
        request: input,
        command: (_state, now) => ({
          type: "RecordAdjudication",
          bookingId: input.bookingId,
          now,
          by: ctx.user.party,
          convictions: input.convictions.map((c) => ({ ...c, date: now })),
        }),
      });
      return step.booking;
    }),

  /** MOA V.C: the sentence completed or the subject released (the LEA's input ICE's custody waits for). */
  recordLocalCustodyEnded: allowed({ performs: ["RecordLocalCustodyEnded"] })
    .input(LocalCustodyEndedInput)
    .mutation(async ({ ctx, input }) => {
      const step = await runBookingStep(ctx, {
        path: "bookings.recordLocalCustodyEnded",
        action: "RecordLocalCustodyEnded",
        request: input,
        command: (_state, now) => ({ type: "RecordLocalCustodyEnded", bookingId: input.bookingId, now, by: ctx.user.party, reason: input.reason }),
      });
      return step.booking;
    }),
} satisfies TRPCRouterRecord;
