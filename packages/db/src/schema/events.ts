// The domain's events, stored append-only (issue 4). unique (stream_id, version)
// is the optimistic lock: two commands that read version n of one stream and
// both try to append n+1 cannot both win; the loser's transaction rolls back.
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

export const events = pgTable(
  "events",
  {
    /** Global order of recording; read models can be rebuilt by replaying in this order. */
    position: bigserial("position", { mode: "number" }).primaryKey(),
    streamId: text("stream_id").notNull(),
    version: integer("version").notNull(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
  },
  (t) => [unique("events_stream_version").on(t.streamId, t.version), index("events_type").on(t.type)],
);
