// Input schemas the API owns (sign-in, accounts, paging). Domain inputs come from
// @sc/core. Every procedure takes an input, strict where it is an object, so a
// stray or misspelt field is refused with its name rather than ignored.
import { Party, Text } from "@sc/core";
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

export const AuditQueryInput = z.strictObject({
  actor: Text.max(100, "an actor filter has at most 100 characters").optional(),
  action: Text.max(100, "an action filter has at most 100 characters").optional(),
  outcome: z.enum(["success", "failure", "denied", "replayed"]).optional(),
  /** Rows with an id below this (the previous page's last id). */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
