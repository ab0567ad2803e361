// Inner context: plain values (database, clock, credentials, where the call came
// from), used as is by tests and in-process callers. The outer context
// (server/request-context.ts) builds it from an HTTP request.
import { randomUUID } from "node:crypto";
import type { Db } from "@sc/db";
import { ANONYMOUS, type AuditActor } from "./audit";
import type { Clock } from "./clock";

export interface InnerContextOptions {
  db: Db;
  clock: Clock;
  /** The session token from the cookie or the Authorization header; null when none was sent. */
  token?: string | null;
  /** Where the call came from, for the audit log: a remote address, or "in-process". */
  source?: string;
  /** Set by the HTTP layer so auth.signIn/signOut can set (or, with null, clear) the browser's session cookie. */
  setSessionCookie?: (token: string | null) => void;
  /** Id generator; deterministic in tests if wanted. */
  newId?: () => string;
}

export interface InnerContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly token: string | null;
  readonly source: string;
  readonly setSessionCookie: (token: string | null) => void;
  readonly newId: () => string;
  /**
   * `written`: a procedure wrote its own audit row, so the audit middleware adds none.
   * `actor`: who is calling, once the session is resolved.
   */
  readonly auditState: { written: boolean; actor: AuditActor };
}

export function createInnerContext(options: InnerContextOptions): InnerContext {
  return {
    db: options.db,
    clock: options.clock,
    token: options.token ?? null,
    source: options.source ?? "in-process",
    setSessionCookie: options.setSessionCookie ?? (() => undefined),
    newId: options.newId ?? randomUUID,
    auditState: { written: false, actor: ANONYMOUS },
  };
}
