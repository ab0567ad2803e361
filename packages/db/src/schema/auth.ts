// Accounts and sessions (CJIS Security Policy AC-7 lockout, AC-11 session lock).
// A user belongs to exactly one party (DOMAIN.md section 1).
import type { Party } from "@sc/core";
import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

export const users = pgTable("users", {
  id: uuid("id").primaryKey(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  party: jsonb("party").$type<Party>().notNull(),
  /** Party kind kept as its own column so queries by role need no JSON path. */
  partyKind: text("party_kind").notNull(),
  /** May release locked accounts and create accounts (the "administrator"). */
  isAdmin: boolean("is_admin").notNull().default(false),
  /** scrypt$N$r$p$salt$hash, see packages/api/src/auth/password.ts. */
  passwordHash: text("password_hash").notNull(),
  /** Set after 5 failures in 15 minutes; only an administrator clears it (AC-7). */
  lockedAt: instant("locked_at"),
  /** Failures before this instant no longer count (set on success and on release). */
  failuresResetAt: instant("failures_reset_at").notNull(),
  createdAt: instant("created_at").notNull(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** sha256 of the token: a stolen table does not yield usable tokens. */
    tokenHash: text("token_hash").notNull().unique(),
    /** "cookie" for the browser, "bearer" for the terminal and scripts. */
    channel: text("channel").notNull(),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    endedAt: instant("ended_at"),
    /** "signed-out" | "idle" | "locked-account" */
    endReason: text("end_reason"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    at: instant("at").notNull(),
  },
  (t) => [index("sign_in_failures_user_at").on(t.userId, t.at)],
);
