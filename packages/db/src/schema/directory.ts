// Read models of the reference directory.
// - reference_data: the directory of states/SIBs, LEAs and ICE field offices as
//   one validated document (core's DirectoryInput), seeded with the demo world.
// - points_of_contact: the POCs the parties keep (MOA Appendices C and D), built
//   from PointOfContactRecorded events in the same transaction.
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const referenceData = pgTable("reference_data", {
  /** "directory" for now; one row per document. */
  name: text("name").primaryKey(),
  document: jsonb("document").$type<unknown>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
});

export const pointsOfContact = pgTable(
  "points_of_contact",
  {
    id: uuid("id").primaryKey(),
    /** core ContactRole: SIB, ICE-DRO, ICE-OI, SIB-PUBLIC-INFORMATION, ICE-PUBLIC-AFFAIRS. */
    role: text("role").notNull(),
    /** The SIB's contacts name their state; ICE's are national (null). */
    state: text("state"),
    name: text("name").notNull(),
    title: text("title"),
    phone: text("phone"),
    email: text("email"),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
  },
  (t) => [index("points_of_contact_role_state").on(t.role, t.state)],
);
