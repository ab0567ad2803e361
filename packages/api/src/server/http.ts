// The HTTP server: GET /health, tRPC at /trpc, and the guards tRPC lacks:
// - CSRF: a mutation is refused unless it is application/json and carries
//   `x-sc-csrf: 1` or comes from an allowed Origin (tRPC 11 would otherwise run a
//   mutation posted cross-site as multipart/form-data, MACHINE-NOTES.md).
// - Load shedding by waiting time (admission.ts): past `maxInFlight` requests at
//   once, a request waits at most `maxWaitMs` to start, else 503 with
//   Retry-After, instead of queueing into a client's timeout. A refused request
//   is never started, so nothing acknowledged is lost.
// - Methods: GET and POST on /trpc/, GET on /health; anything else 405 + Allow.
// - auth.signIn is never batched (CJIS AC-7, issue 12): one HTTP request is one
//   guess, so a batch cannot carry thirty guesses past anything that counts
//   requests; a batch naming it is refused whole before any guess is checked.
import http from "node:http";
import type { Database } from "@sc/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie } from "../auth/session";
import { systemClock, type Clock } from "../clock";
import { createInnerContext } from "../context";
import { appRouter } from "../root";
import { Admission } from "./admission";

export interface ApiServerOptions {
  readonly database: Database;
  readonly clock?: Clock;
  /** Requests served at once before the server sheds load with 503. */
  readonly maxInFlight?: number;
  /** The longest a request waits to start before it is answered 503 (default 1000 ms). */
  readonly maxWaitMs?: number;
  /** Origins whose mutations are accepted without the x-sc-csrf header (the web app). */
  readonly allowedOrigins?: readonly string[];
  /** Add Secure to the session cookie (behind HTTPS). */
  readonly secureCookies?: boolean;
}

export const CSRF_HEADER = "x-sc-csrf";

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

/** A refusal in tRPC's error envelope, so clients read it like any other error. */
function refuse(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { error: { message, code: -32600, data: { code, httpStatus: status, fieldErrors: null } } }, headers);
}

function tokenFrom(req: http.IncomingMessage): string | null {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith("Bearer ")) return authorization.slice(7).trim() || null;
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || null;
  }
  return null;
}

/** The remote address; a loopback proxy's (the web app's) X-Forwarded-For is kept beside it. */
function sourceOf(req: http.IncomingMessage): string {
  const remote = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  const loopback = remote === "127.0.0.1" || remote === "::1" || remote === "::ffff:127.0.0.1";
  if (loopback && typeof forwarded === "string" && forwarded.length > 0) return `${forwarded.split(",")[0]?.trim()} via ${remote}`;
  return remote;
}

function csrfRefusal(req: http.IncomingMessage, allowedOrigins: readonly string[]): string | null {
  if (req.method !== "POST") return null;
  const contentType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") return "mutations accept only Content-Type: application/json";
  if (req.headers[CSRF_HEADER] === "1") return null;
  const origin = req.headers.origin;
  const sameOrigin = origin !== undefined && (origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`);
  if (origin !== undefined && (sameOrigin || allowedOrigins.includes(origin))) return null;
  return `a mutation needs the header "${CSRF_HEADER}: 1" or an allowed Origin`;
}

/** The methods each path serves; anything else answers 405 with Allow. */
function allowedMethods(pathname: string): readonly string[] {
  return pathname === "/health" ? ["GET"] : ["GET", "POST"];
}

/** Procedures that must each arrive in a request of their own. */
const NEVER_BATCHED = new Set(["auth.signIn"]);

function batchRefusal(url: URL): string | null {
  if (url.searchParams.get("batch") === null) return null;
  const paths = decodeURIComponent(url.pathname.slice("/trpc/".length)).split(",");
  const named = paths.find((path) => NEVER_BATCHED.has(path));
  return named === undefined ? null : `${named} is never batched: send each sign-in as a request of its own (CJIS AC-7)`;
}

function hasNoBody(req: http.IncomingMessage): boolean {
  return req.headers["transfer-encoding"] === undefined && (req.headers["content-length"] ?? "0") === "0";
}

export function createApiServer(options: ApiServerOptions): http.Server {
  const { database } = options;
  const clock = options.clock ?? systemClock;
  const maxInFlight = options.maxInFlight ?? 64;
  const allowedOrigins = options.allowedOrigins ?? [];
  const secure = options.secureCookies ?? false;
  const admission = new Admission({ maxInFlight: maxInFlight, maxWaitMs: options.maxWaitMs ?? 1_000, maxWaiting: maxInFlight * 16 });

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: 1_000_000,
    createContext: ({ req, res }) =>
      createInnerContext({
        db: database.db,
        clock,
        token: tokenFrom(req),
        source: sourceOf(req),
        setSessionCookie: (token) => res.appendHeader("set-cookie", token === null ? clearedSessionCookie(secure) : sessionCookie(token, secure)),
      }),
    onError: ({ error, path }) => {
      // The client sees "internal error"; the detail stays in the server's log.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[api] ${path ?? "?"}:`, error.cause ?? error);
    },
  });

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const allow = allowedMethods(url.pathname);
    if (!allow.includes(req.method ?? "")) {
      refuse(res, 405, "METHOD_NOT_SUPPORTED", `${req.method ?? "this method"} is not served here: use ${allow.join(" or ")}`, { allow: allow.join(", ") });
      return;
    }
    if (url.pathname === "/health") {
      void database.ping().then((ok) => json(res, ok ? 200 : 503, { status: ok ? "ok" : "database unreachable", database: database.kind }));
      return;
    }
    if (!url.pathname.startsWith("/trpc/")) {
      refuse(res, 404, "NOT_FOUND", "not found: the API is served at /trpc/<router>.<procedure>");
      return;
    }
    const batched = batchRefusal(url);
    if (batched) {
      refuse(res, 400, "BAD_REQUEST", batched);
      return;
    }
    const refusal = csrfRefusal(req, allowedOrigins);
    if (refusal) {
      const status = refusal.startsWith("mutations accept") ? 415 : 403;
      refuse(res, status, status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "FORBIDDEN", refusal);
      return;
    }
    // A mutation with no input arrives with no body (@trpc/client sends none);
    // tRPC 11.22's JSON parser refuses an empty body, so it is read as {}: the
    // input of a procedure that takes none, and a field error for any other.
    if (req.method === "POST" && hasNoBody(req)) Object.assign(req, { body: "{}" });
    // On embedded PGlite the admission sees the backlog (and its timers fire) only
    // because @sc/db yields to the event loop before each query (packages/db/src/pglite-yield.ts).
    let started = false;
    const withdraw = admission.admit(
      () => {
        started = true;
        trpc(req, res);
      },
      () => refuse(res, 503, "SERVICE_UNAVAILABLE", "the server is at capacity; retry shortly", { "retry-after": "1" }),
    );
    // Finished, refused or abandoned by its client: a started request frees its slot, a waiting one leaves the queue.
    res.once("close", () => (started ? admission.release() : withdraw()));
  });
}
