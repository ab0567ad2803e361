// Read model: the points of contact the parties keep (MOA Appendices C and D).
// Built from PointOfContactRecorded events in the same transaction.
import type { Party } from "@sc/core";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const pointsOfContact = pgTable(
  "points_of_contact",
  {
    id: uuid("id").primaryKey(),
    party: jsonb("party").$type<Party>().notNull(),
    partyLabel: text("party_label").notNull(),
    /** e.g. "SIB POC", "ICE DRO POC", "ICE OI POC", "Public information POC". */
    role: text("role").notNull(),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    email: text("email").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
  },
  (t) => [index("points_of_contact_party").on(t.partyLabel)],
);
