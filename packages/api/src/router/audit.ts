// audit: the audit log, readable by auditors only (issue 4). There is no write
// or delete procedure; the table refuses UPDATE/DELETE itself.
import { auditLog } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { AuditQueryInput } from "../inputs";
import { allowed } from "../trpc";

export const auditRouter = {
  /** Newest first; page with `before` = the last id of the previous page. */
  list: allowed({ performs: ["ReadAuditLog"] })
    .input(AuditQueryInput)
    .query(async ({ ctx, input }) => {
      const where: SQL[] = [];
      if (input.actor) where.push(eq(auditLog.actor, input.actor));
      if (input.action) where.push(eq(auditLog.action, input.action));
      if (input.outcome) where.push(eq(auditLog.outcome, input.outcome));
      if (input.before) where.push(lt(auditLog.id, input.before));
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.id))
        .limit(input.limit);
      return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    }),
} satisfies TRPCRouterRecord;
