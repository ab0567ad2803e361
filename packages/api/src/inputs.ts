// Input schemas the API owns (sign-in, accounts, paging). Domain inputs come from
// @sc/core. Every procedure takes an input, strict where it is an object, so a
// stray or misspelt field is refused with its name rather than ignored.
import { Instant, Party, Text } from "@sc/core";
import { z } from "zod";
import { IdempotencyKey } from "./command";

export const NoInput = z.strictObject({}).optional();

export const Username = Text
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, "a username is 2 to 63 lower-case letters, digits, '.', '_' or '-'");

export const SignInInput = z.strictObject({
  username: Username,
  password: Text.min(1, "enter the password").max(256, "a password has at most 256 characters"),
  /** "cookie": the browser (httpOnly cookie, no token in the body); "bearer": terminal and scripts. */
  channel: z.enum(["cookie", "bearer"]).default("bearer"),
});

export const CreateAccountInput = z.strictObject({
  idempotencyKey: IdempotencyKey,
  username: Username,
  displayName: Text.min(1).max(200, "a display name has at most 200 characters"),
  party: Party,
  password: Text.max(256, "a password has at most 256 characters"),
  isAdmin: z.boolean().default(false),
});

export const ReleaseLockInput = z.strictObject({ username: Username });

/** Exact matches, each optional; `from` inclusive, `to` exclusive (UTC). */
export const AuditFilter = z.strictObject({
  actor: Text.max(100, "an actor filter has at most 100 characters").optional(),
  /** The party as the log writes it (partyLabel: "LEA TX0010000", "Auditor"). */
  party: Text.max(100, "a party filter has at most 100 characters").optional(),
  action: Text.max(100, "an action filter has at most 100 characters").optional(),
  objectType: Text.max(60, "an object type has at most 60 characters").optional(),
  /** The object's id, e.g. a booking's id: its booking, its steps and every read of it. */
  objectId: Text.max(200, "an object id has at most 200 characters").optional(),
  outcome: z.enum(["success", "failure", "denied", "replayed"]).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
});

export const AuditQueryInput = AuditFilter.extend({
  /** Rows with an id below this (the previous page's last id). */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
}).refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), { path: ["to"], message: "the period ends before it starts: to is not after from" });

export const AccountsInput = z.strictObject({ lockedOnly: z.boolean().default(false) }).default({ lockedOnly: false });
