// Writes audit rows (issue 4): who, party, what, which object, when (UTC, to the
// hundredth of a second: the column's precision), from where, outcome.
import { partyLabel, type Party } from "@sc/core";
import { auditLog, type Executor } from "@sc/db";
import type { InnerContext } from "./context";

export type AuditOutcome = "success" | "failure" | "denied" | "replayed";

export interface AuditActor {
  readonly userId: string | null;
  readonly username: string;
  readonly party: Party | null;
}

export interface AuditEntry {
  readonly actor: AuditActor;
  readonly action: string;
  readonly object?: { readonly type: string; readonly id: string } | null;
  readonly outcome: AuditOutcome;
  readonly detail?: string | null;
}

export const ANONYMOUS: AuditActor = { userId: null, username: "(not signed in)", party: null };

/** The row an entry becomes; batches insert many at once (book-batch.ts). */
export function auditRow(ctx: Pick<InnerContext, "clock" | "source">, entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    at: ctx.clock.now(),
    actorUserId: entry.actor.userId,
    actor: entry.actor.username,
    party: entry.actor.party ? partyLabel(entry.actor.party) : null,
    action: entry.action,
    objectType: entry.object?.type ?? null,
    objectId: entry.object?.id ?? null,
    outcome: entry.outcome,
    detail: entry.detail ?? null,
    source: ctx.source,
  };
}

/** Write one audit row through `executor` (a transaction, to commit with the change it records). */
export async function writeAudit(ctx: InnerContext, executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values(auditRow(ctx, entry));
  ctx.auditState.written = true;
}
