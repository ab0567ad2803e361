// Session tokens: 32 random bytes; only their sha256 is stored, so the sessions
// table cannot be replayed. The browser gets the token in an httpOnly,
// SameSite=Strict cookie; the terminal and scripts get it as a bearer token.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "sc_session";
/** CJIS AC-11: a session idle this long is locked; the user signs in again. */
export const IDLE_LOCK_MINUTES = 30;
/** CJIS AC-7: this many failed sign-ins within the window lock the account. */
export const MAX_FAILED_SIGN_INS = 5;
export const FAILURE_WINDOW_MINUTES = 15;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Secure is added when SC_COOKIE_SECURE=1 (behind HTTPS); the local default
 * serves plain http on localhost, where browsers would drop a Secure cookie.
 */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/${secure ? "; Secure" : ""}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure ? "; Secure" : ""}`;
}
