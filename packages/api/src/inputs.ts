// Input schemas the API owns (sign-in, accounts, paging). Domain inputs come from
// @sc/core. Every procedure takes an input, strict where it is an object, so a
// stray or misspelt field is refused with its name rather than ignored.
import { Party } from "@sc/core";
import { z } from "zod";
import { IdempotencyKey } from "./command";

export const NoInput = z.strictObject({}).optional();

export const Username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, "a username is 2 to 63 lower-case letters, digits, '.', '_' or '-'");

export const SignInInput = z.strictObject({
  username: Username,
  password: z.string().min(1, "enter the password").max(256),
  /** "cookie": the browser (httpOnly cookie, no token in the body); "bearer": terminal and scripts. */
  channel: z.enum(["cookie", "bearer"]).default("bearer"),
});

export const CreateAccountInput = z.strictObject({
  idempotencyKey: IdempotencyKey,
  username: Username,
  displayName: z.string().min(1).max(200),
  party: Party,
  password: z.string(),
  isAdmin: z.boolean().default(false),
});

export const ReleaseLockInput = z.strictObject({ username: Username });

export const AuditQueryInput = z.strictObject({
  actor: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  outcome: z.enum(["success", "failure", "denied", "replayed"]).optional(),
  /** Rows with an id below this (the previous page's last id). */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
