// Creating commands carry an idempotency key (issue 4): the first answer is
// stored with a hash of the request, in the command's own transaction, so a
// retry returns it and creates nothing, and a different payload under the same
// key is refused.
import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** Keys are scoped to the user who sent them: two users may pick the same key. */
    userId: uuid("user_id").notNull(),
    key: text("key").notNull(),
    action: text("action").notNull(),
    requestHash: text("request_hash").notNull(),
    response: jsonb("response").$type<unknown>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
