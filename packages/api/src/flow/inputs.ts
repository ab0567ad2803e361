// Inputs of the flow procedures: core's schemas for every domain value
// (BookingId, TemplateId, NcicCode, outcomes), strict objects so a stray field
// is named and refused.
import { BookingId, Instant, NcicCode, SentenceDays, TemplateId, Text } from "@sc/core";
import { z } from "zod";
import { IdempotencyKey } from "../command";

export const BookingRef = z.strictObject({ bookingId: BookingId });

export const BookInput = z.strictObject({
  idempotencyKey: IdempotencyKey,
  /** The synthetic fingerprint template taken at booking (DOMAIN: matching is modelled). */
  templateId: TemplateId,
  charges: z.array(NcicCode).min(1, "a booking has at least one charge").max(20, "at most 20 charges"),
});

/** Where the previous page ended: its last booking's bookedAt and id ("2026-03-02T09:00:00.000Z|B-1"). */
export const BookingsCursor = Text.max(200, "a cursor has at most 200 characters")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|.+$/, "a cursor is the nextCursor of the previous page");

export const ListBookingsInput = z
  .strictObject({
    /** A status as the caller sees it (bookings.statuses): an LEA's "awaiting-response" covers every step before the relay. */
    status: Text.max(40, "a status has at most 40 characters").optional(),
    from: Instant.optional(),
    to: Instant.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /** The previous page's nextCursor: the page after it. */
    cursor: BookingsCursor.nullish(),
    /** Sent by TanStack Query's infinite queries with every page; pages here only go on to older bookings. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .default({ limit: 100 });

/** Where the previous page of a queue ended: its last item's waitingSince and bookingId. */
export const QueueCursor = z
  .string()
  .max(200)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|.+$/, "a queue cursor is the last item's waitingSince|bookingId");

/**
 * A desk's queue (SIB, CJIS, LESC), oldest first, a page at a time: a desk asks for its
 * first page, then `after` the last item it shows. Without input, the first 500, as before.
 */
export const QueueInput = z
  .strictObject({
    limit: z.number().int().min(1).max(500).default(500),
    after: QueueCursor.optional(),
  })
  .default({ limit: 500 });

export const AdjudicationInput = z.strictObject({
  bookingId: BookingId,
  convictions: z.array(z.strictObject({ ncicCode: NcicCode, sentenceDays: SentenceDays.optional() })).max(20),
});

export const LocalCustodyEndedInput = z.strictObject({
  bookingId: BookingId,
  reason: z.enum(["sentence-completed", "released"]),
});
