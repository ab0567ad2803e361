// The audit log (issue 4): who, party, what, which object, when, from where,
// outcome. Append-only: migration 0001 installs triggers that refuse UPDATE,
// DELETE and TRUNCATE, so no code path (or hand-typed SQL) can rewrite it.
import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** UTC to the hundredth of a second, as the issue asks. */
    at: timestamp("at", { withTimezone: true, precision: 2, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    /** Username, or the name typed at a failed sign-in. */
    actor: text("actor").notNull(),
    /** partyLabel() of the actor's party; null when unknown (failed sign-in of an unknown name). */
    party: text("party"),
    /** The procedure, e.g. "auth.signIn", "directory.addPointOfContact". */
    action: text("action").notNull(),
    objectType: text("object_type"),
    objectId: text("object_id"),
    /** "success" | "failure" | "denied" | "replayed" */
    outcome: text("outcome").notNull(),
    /** Why it failed, in words; never SQL or a stack. */
    detail: text("detail"),
    /** Remote address the request came from ("in-process" for createCaller). */
    source: text("source").notNull(),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_actor").on(t.actor)],
);
