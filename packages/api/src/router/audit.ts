// audit: the audit log, readable by auditors only (issue 4). There is no write
// or delete procedure; the table refuses UPDATE/DELETE itself.
import { auditLog } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, asc, desc, eq, gte, isNotNull, lt, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AuditQueryInput, type AuditFilter, NoInput } from "../inputs";
import { allowed } from "../trpc";

/** The SQL of a filter: every field given must match exactly; the period is [from, to). */
function whereOf(filter: z.infer<typeof AuditFilter>, before: number | undefined): SQL | undefined {
  const where: SQL[] = [];
  if (filter.actor !== undefined) where.push(eq(auditLog.actor, filter.actor));
  if (filter.party !== undefined) where.push(eq(auditLog.party, filter.party));
  if (filter.action !== undefined) where.push(eq(auditLog.action, filter.action));
  if (filter.objectType !== undefined) where.push(eq(auditLog.objectType, filter.objectType));
  if (filter.objectId !== undefined) where.push(eq(auditLog.objectId, filter.objectId));
  if (filter.outcome !== undefined) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from !== undefined) where.push(gte(auditLog.at, new Date(filter.from)));
  if (filter.to !== undefined) where.push(lt(auditLog.at, new Date(filter.to)));
  if (before !== undefined) where.push(lt(auditLog.id, before));
  return and(...where);
}

export const auditRouter = {
  /** Newest first; page with `before` = the last id of the previous page. */
  list: allowed({ performs: ["ReadAuditLog"] })
    .input(AuditQueryInput)
    .query(async ({ ctx, input }) => {
      const { before, limit, ...filter } = input;
      const rows = await ctx.db.select().from(auditLog).where(whereOf(filter, before)).orderBy(desc(auditLog.id)).limit(limit);
      return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    }),

  /** What the filters can choose from: the parties, actions and object types the log holds. */
  facets: allowed({ performs: ["ReadAuditLog"] })
    .input(NoInput)
    .query(async ({ ctx }) => {
      const [parties, actions, objectTypes] = await Promise.all([
        ctx.db.selectDistinct({ value: auditLog.party }).from(auditLog).where(isNotNull(auditLog.party)).orderBy(asc(auditLog.party)),
        ctx.db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
        ctx.db.selectDistinct({ value: auditLog.objectType }).from(auditLog).where(isNotNull(auditLog.objectType)).orderBy(asc(auditLog.objectType)),
      ]);
      const values = (rows: readonly { value: string | null }[]) => rows.flatMap((r) => (r.value === null ? [] : [r.value]));
      return { parties: values(parties), actions: values(actions), objectTypes: values(objectTypes), outcomes: ["success", "failure", "denied", "replayed"] as const };
    }),
} satisfies TRPCRouterRecord;
