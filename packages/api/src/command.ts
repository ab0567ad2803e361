// How a write commits (issue 4): one command's events, read-model updates, its
// idempotency record and its audit row commit in one transaction, or none do.
// Domain routers call runCommand with an `execute` that appends events
// (appendToStream) and updates read models through the transaction it is given.
import { createHash } from "node:crypto";
import { idempotencyKeys, isUniqueViolation, StreamConflictError, type Tx } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { Text } from "@sc/core";
import { writeAudit, type AuditEntry } from "./audit";
import type { InnerContext } from "./context";
import type { SignedInUser } from "./trpc";

/** Creating commands carry one: a client-chosen string, unique per user. */
export const IdempotencyKey = Text
  .min(8, "an idempotency key has at least 8 characters (a UUID is a good choice)")
  .max(128, "an idempotency key has at most 128 characters");

export interface CommandOutcome<T> {
  readonly result: T;
  /** The object the command created or changed, for the audit log. */
  readonly object: { readonly type: string; readonly id: string };
}

export interface CommandSpec<T> {
  /** The procedure path, e.g. "directory.addPointOfContact". */
  readonly action: string;
  /** Present on creating commands: a retry with the same key returns the first answer. */
  readonly idempotencyKey?: string;
  /** The request as the client sent it, hashed to tell a retry from a different request. */
  readonly request: unknown;
  readonly execute: (tx: Tx) => Promise<CommandOutcome<T>>;
}

const MAX_ATTEMPTS = 5;

/** JSON with sorted keys, so equal requests hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Object) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestHash(action: string, request: unknown): string {
  return createHash("sha256").update(action).update("\n").update(canonicalJson(request)).digest("hex");
}

class RetryCommand extends Error {}

/**
 * What a request gets when its key was stored before: the first answer, with
 * the audit entry that records the replay, or CONFLICT when the key was used
 * for a different request. runCommand and the booking batches both answer so.
 */
export function answerToStoredKey(
  stored: { readonly requestHash: string; readonly response: unknown },
  request: { readonly action: string; readonly hash: string; readonly idempotencyKey: string; readonly actor: SignedInUser },
): { readonly response: unknown; readonly audit: AuditEntry } {
  if (stored.requestHash !== request.hash) {
    throw new TRPCError({ code: "CONFLICT", message: `idempotencyKey: "${request.idempotencyKey}" was already used for a different request` });
  }
  return { response: stored.response, audit: { actor: request.actor, action: request.action, outcome: "replayed", detail: "same idempotency key: first answer returned" } };
}

/**
 * Runs a command in one transaction. A lost race on a stream (StreamConflictError)
 * or on the same idempotency key is retried from the start: the retry re-reads the
 * stream, or finds the first answer and returns it.
 */
export async function runCommand<T>(ctx: InnerContext & { user: SignedInUser }, spec: CommandSpec<T>): Promise<T> {
  const hash = requestHash(spec.action, spec.request);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        if (spec.idempotencyKey !== undefined) {
          const [first] = await tx
            .select()
            .from(idempotencyKeys)
            .where(and(eq(idempotencyKeys.userId, ctx.user.userId), eq(idempotencyKeys.key, spec.idempotencyKey)));
          if (first) {
            const replay = answerToStoredKey(first, { action: spec.action, hash, idempotencyKey: spec.idempotencyKey, actor: ctx.user });
            await writeAudit(ctx, tx, replay.audit);
            return replay.response as T;
          }
        }
        const { result, object } = await spec.execute(tx);
        if (spec.idempotencyKey !== undefined) {
          try {
            await tx.insert(idempotencyKeys).values({
              userId: ctx.user.userId,
              key: spec.idempotencyKey,
              action: spec.action,
              requestHash: hash,
              response: result,
              createdAt: now,
            });
          } catch (error) {
            // Another request with this key committed first: roll back and return its answer.
            if (isUniqueViolation(error)) throw new RetryCommand();
            throw error;
          }
        }
        await writeAudit(ctx, tx, { actor: ctx.user, action: spec.action, object, outcome: "success" });
        return result;
      });
    } catch (error) {
      ctx.auditState.written = false; // the rolled-back audit row does not count
      const retry = error instanceof RetryCommand || error instanceof StreamConflictError;
      if (!retry) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new TRPCError({ code: "CONFLICT", message: "another change to the same record won; try again" });
      }
    }
  }
}

/** Audit a read of a person's record (issue 4); call from query procedures that return one. */
export async function auditRead(
  ctx: InnerContext & { user: SignedInUser },
  action: string,
  object: { type: string; id: string },
): Promise<void> {
  await writeAudit(ctx, ctx.db, { actor: ctx.user, action, object, outcome: "success", detail: "read" });
}
