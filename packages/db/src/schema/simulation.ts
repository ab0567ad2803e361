// The simulator's own bookkeeping (issue 16): which run a database holds and,
// per state, how far that run has got. Each batch of simulated bookings
// writes its state's row in the same statement as its events and read
// models, so after a kill the database itself says where to continue.
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** One row per simulation run the database holds: the key of its seed, profile and size, and what it was asked. */
export const simulationRuns = pgTable("simulation_runs", {
  runKey: text("run_key").primaryKey(),
  /** The command's parameters and profile, as given (for the report and for a refusal naming them). */
  parameters: jsonb("parameters").$type<unknown>().notNull(),
  startedAt: timestamp("started_at", { withTimezone: true, precision: 3, mode: "date" }).notNull(),
});

/** Per run and state: the bookings committed so far are those with index below `nextIndex`. */
export const simulationProgress = pgTable(
  "simulation_progress",
  {
    runKey: text("run_key").notNull(),
    state: text("state").notNull(),
    nextIndex: integer("next_index").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runKey, t.state] })],
);
