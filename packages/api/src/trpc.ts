// tRPC set-up: meta says who may call each procedure; middlewares authenticate
// the session (idle lock), authorise by party kind, and make sure every write
// leaves an audit row; the error formatter keeps responses safe.
import { grantedScope, mayEverSee, textIssuesIn, type TextIssue, type Action, type PartyKind, type VisibleRecordKind } from "@sc/core";
import { sessions } from "@sc/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { ANONYMOUS, writeAudit, type AuditActor } from "./audit";
import { hashToken, IDLE_LOCK_MINUTES } from "./auth/session";
import { forgetSession, readSession, sessionSeen } from "./auth/session-cache";
import type { InnerContext } from "./context";
import { fieldErrorsOf, safeMessage } from "./errors";

/**
 * What a procedure does, in core's terms; the authorize middleware asks core
 * which kinds of party may do it (no list of kinds is written here):
 * - `performs`: core actions; a kind passes when core grants it one of them at
 *   some scope (grantedScope), so an empty list refuses everyone. The
 *   procedure checks the scope (mayPerform).
 * - `reads`: a kind of record; a kind passes when core lets it see some record
 *   of that kind (mayEverSee). The procedure checks each record (maySee).
 * - `signedIn`: what any signed-in party may do (the classifier, its own session).
 * `admin` further requires an administrator account. Absent meta means public
 * (the banner and sign-in only).
 */
export type ProcedureAccess =
  | { readonly performs: readonly Action[] }
  | { readonly reads: VisibleRecordKind }
  | { readonly signedIn: true };

export type Meta = ProcedureAccess & { readonly admin?: boolean };

const t = initTRPC
  .context<InnerContext>()
  .meta<Meta>()
  .create({
    // Never development mode: tRPC would add data.stack to every error response.
    isDev: false,
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error);
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        message: safeMessage(error, fieldErrors),
        data: { ...data, fieldErrors },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Mutations that did not write their own audit row (a refusal, a failure) get one here. */
const auditWrites = t.middleware(async ({ ctx: outer, type, path, next }) => {
  // A fresh audit state per call: a createCaller context serves many calls.
  const ctx = { ...outer, auditState: { written: false, actor: ANONYMOUS } };
  const result = await next({ ctx });
  if (type === "mutation" && !ctx.auditState.written) {
    const denied = !result.ok && (result.error.code === "FORBIDDEN" || result.error.code === "UNAUTHORIZED");
    await writeAudit(ctx, ctx.db, {
      actor: ctx.auditState.actor,
      action: path,
      outcome: result.ok ? "success" : denied ? "denied" : "failure",
      detail: result.ok ? null : safeMessage(result.error, fieldErrorsOf(result.error)),
    }).catch((error: unknown) => console.error("audit write failed", error));
  }
  return result;
});

/** The cause of a text-rule refusal: its issues read as field errors (errors.ts). */
class InputTextRefusal extends Error {
  constructor(readonly issues: readonly TextIssue[]) {
    super("input breaks the text rule");
  }
}

/**
 * Issue 12: core's text rule (no NUL, no lone surrogate, bounded nesting) over
 * the whole raw input, first of all, so such input is refused before any
 * database work (no session read, no audit row): a client sending only such
 * requests costs others no more than a malformed HTTP request does. The
 * schemas apply the same rule field by field for in-process callers.
 */
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const issues = textIssuesIn(await getRawInput());
  if (issues.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: "the input breaks the text rule", cause: new InputTextRefusal(issues) });
  return next();
});

export const publicProcedure = t.procedure.use(refuseUnsafeText).use(auditWrites);

export interface SignedInUser extends AuditActor {
  readonly userId: string;
  readonly party: NonNullable<AuditActor["party"]>;
  readonly displayName: string;
  readonly isAdmin: boolean;
  readonly sessionId: string;
}

const LAST_SEEN_RESOLUTION_MS = 60_000;

const unauthorized = (message: string) => new TRPCError({ code: "UNAUTHORIZED", message });

/** A live session's user, or why there is none (the words a client shows). */
export type SessionAnswer = { readonly user: SignedInUser } | { readonly user: null; readonly reason: string };

/**
 * Resolves the token to a live session; CJIS AC-11 idle lock after 30 minutes.
 * An idle or locked session is ended here (with its audit row), so the next
 * call finds it ended.
 */
export async function resolveSession(ctx: InnerContext): Promise<SessionAnswer> {
  if (!ctx.token) return { user: null, reason: "not signed in" };
  const tokenHash = hashToken(ctx.token);
  const row = await readSession(ctx, tokenHash);
  if (!row || row.session.endedAt) return { user: null, reason: "not signed in (the session has ended): sign in again" };
  const now = ctx.clock.now();
  const actor: AuditActor = { userId: row.user.id, username: row.user.username, party: row.user.party };
  ctx.auditState.actor = actor;
  const idleMs = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleMs > IDLE_LOCK_MINUTES * 60_000 || row.user.lockedAt) {
    const reason = row.user.lockedAt ? "locked-account" : "idle";
    forgetSession(ctx.db, row.session.id);
    await ctx.db.transaction(async (tx) => {
      await tx.update(sessions).set({ endedAt: now, endReason: reason }).where(eq(sessions.id, row.session.id));
      await writeAudit(ctx, tx, {
        actor,
        action: "auth.session",
        object: { type: "session", id: row.session.id },
        outcome: "denied",
        detail: reason === "idle" ? `session locked after ${IDLE_LOCK_MINUTES} minutes idle` : "account is locked",
      });
    });
    return {
      user: null,
      reason:
        reason === "idle"
          ? `session locked after ${IDLE_LOCK_MINUTES} minutes without activity: sign in again`
          : "this account is locked: an administrator must release it",
    };
  }
  // Activity is recorded to the minute: one write a minute per session, not one per call.
  if (now.getTime() - row.session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
    sessionSeen(ctx.db, tokenHash, now);
  }
  return {
    user: {
      ...actor,
      userId: row.user.id,
      party: row.user.party,
      displayName: row.user.displayName,
      isAdmin: row.user.isAdmin,
      sessionId: row.session.id,
    },
  };
}

const authenticate = t.middleware(async ({ ctx, next }) => {
  const answer = await resolveSession(ctx);
  if (answer.user === null) throw unauthorized(answer.reason);
  return next({ ctx: { ...ctx, user: answer.user } });
});

/** Why core refuses a kind of party the procedure's access, or null when it grants it. */
function kindRefusal(access: ProcedureAccess, kind: PartyKind): string | null {
  if ("performs" in access) {
    return access.performs.some((action) => grantedScope(kind, action) !== undefined) ? null : `core grants ${kind} none of ${access.performs.join(", ")}`;
  }
  if ("reads" in access) return mayEverSee(kind, access.reads) ? null : `core lets ${kind} see no ${access.reads} record`;
  // Fails closed on a meta that names no rule.
  return "signedIn" in access && access.signedIn ? null : "no access rule";
}

/** Why the user may not call a procedure with this meta, or null when it may. Fails closed without meta. */
function refusalFor(user: SignedInUser, meta: Meta | undefined): string | null {
  if (meta === undefined) return "no access rule";
  return kindRefusal(meta, user.party.kind) ?? (meta.admin === true && !user.isAdmin ? "administrators only" : null);
}

/**
 * Each procedure's access rule, by path, registered by root.ts once the router
 * is built: `auth.me` answers from it which procedures the caller may call, so
 * a UI shows only what core lets this party do (and asks no list of roles).
 */
const accessRules = new Map<string, Meta | undefined>();

export function registerAccessRules(router: { readonly _def: { readonly procedures: object } }): void {
  // At run time the record is flat: "auth.me" -> the procedure, whose _def holds its meta.
  for (const [path, procedure] of Object.entries(router._def.procedures) as [string, { _def: { meta?: Meta } }][]) {
    accessRules.set(path, procedure._def.meta);
  }
}

/** The procedures (paths, sorted) the user may call: the public ones and those its access rules grant. */
export function proceduresAllowed(user: SignedInUser): string[] {
  return [...accessRules]
    .filter(([, meta]) => meta === undefined || refusalFor(user, meta) === null)
    .map(([path]) => path)
    .sort();
}

/** Decides meta (core's rules for the party's kind) and meta.admin for the signed-in user. Fails closed without meta. */
const authorize = t.middleware(async ({ ctx, meta, path, next }) => {
  const user = (ctx as InnerContext & { user?: SignedInUser }).user;
  const refusal = user === undefined ? "not signed in" : refusalFor(user, meta);
  if (refusal !== null) {
    await writeAudit(ctx, ctx.db, { actor: user ?? ANONYMOUS, action: path, outcome: "denied", detail: refusal });
    throw new TRPCError({ code: "FORBIDDEN", message: `${path} is not allowed for this account` });
  }
  return next();
});

export const protectedProcedure = publicProcedure.use(authenticate).use(authorize);

/** A procedure whose callers core decides from what it does: `allowed({ performs: ["BookSubject"] })`, `allowed({ reads: "booking" })`. */
export function allowed(meta: Meta) {
  return protectedProcedure.meta(meta);
}
