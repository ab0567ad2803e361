// A failed API call as one readable line and an exit code: the server's message
// (which names the rule core cited, e.g. "MOA IV.B: ..."), never a stack trace.
import { TRPCClientError } from "@sc/client";
import { EXIT, type ExitCode } from "./exit-codes";

export type ApiFailureKind = "refused" | "bad-input" | "not-signed-in" | "not-allowed" | "unreachable" | "unexpected";

export interface ApiFailure {
  readonly kind: ApiFailureKind;
  readonly exitCode: ExitCode;
  /** One line, for people. */
  readonly message: string;
  /** The rule the refusal cites ("MOA IV.B", "D7"), when it starts the server's message. */
  readonly rule: string | null;
  /** tRPC's code (CONFLICT, FORBIDDEN, ...), or null when no server answered. */
  readonly code: string | null;
}

/** Raised by the client layer for what the user must fix (no session, a name that matches no subject). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: ApiFailureKind = "bad-input",
  ) {
    super(message);
    this.name = "UserError";
  }
}

const EXIT_OF: Record<ApiFailureKind, ExitCode> = {
  refused: EXIT.refused,
  "bad-input": EXIT.badInput,
  "not-signed-in": EXIT.notAllowed,
  "not-allowed": EXIT.notAllowed,
  unreachable: EXIT.unreachable,
  unexpected: EXIT.unexpected,
};

const RULE = /^((?:MOA [IVX]+(?:\.[A-Z](?:\.[ivx]+)?)?)|(?:D\d+)|(?:Appendix [A-D]))\b/;

function firstLine(text: string): string {
  return (text.split("\n", 1)[0] ?? text).trim();
}

/** Node's fetch hides the socket error two causes down (TypeError "fetch failed" -> ECONNREFUSED). */
function networkCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
    if (current instanceof TypeError && current.message === "fetch failed") {
      // undici: the socket's error is the cause (ECONNREFUSED), or a refusal of its own ("bad port").
      const cause = (current as { cause?: unknown }).cause;
      const causeCode = cause instanceof Object ? (cause as { code?: unknown }).code : undefined;
      return typeof causeCode === "string" ? causeCode : cause instanceof Error ? cause.message : "fetch failed";
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** `said` is the server's own message, which starts with the rule when core refused. */
function failure(kind: ApiFailureKind, message: string, code: string | null, said: string = message): ApiFailure {
  return { kind, exitCode: EXIT_OF[kind], message, rule: RULE.exec(said)?.[1] ?? null, code };
}

/** Whatever a call threw, as an ApiFailure. `url` is named when the server could not be reached. */
export function describeFailure(error: unknown, url?: string, options: { interactive?: boolean } = {}): ApiFailure {
  if (error instanceof UserError) return failure(error.kind, error.message, null);
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<never>).data as { code?: string } | undefined;
    const code = data?.code ?? null;
    const message = firstLine(error.message);
    switch (code) {
      case "UNAUTHORIZED":
        return failure("not-signed-in", options.interactive === true ? message : `not signed in: ${message} (run \`sc login\`)`, code);
      case "FORBIDDEN":
        return failure("not-allowed", `not allowed: ${message}`, code, message);
      case "BAD_REQUEST":
      case "NOT_FOUND":
      case "PARSE_ERROR":
      case "UNSUPPORTED_MEDIA_TYPE":
        return failure("bad-input", message, code);
      case "CONFLICT":
      case "PRECONDITION_FAILED":
        return failure("refused", `refused: ${message}`, code, message);
      case "TOO_MANY_REQUESTS":
      case "SERVICE_UNAVAILABLE":
        return failure("unreachable", `the server is busy: ${message}; try again`, code);
      case null: {
        const net = networkCode(error);
        if (net !== null) return unreachable(url, net);
        return failure("unexpected", message, null);
      }
      default:
        return failure("unexpected", message, code);
    }
  }
  const net = networkCode(error);
  if (net !== null) return unreachable(url, net);
  return failure("unexpected", firstLine(error instanceof Error ? error.message : String(error)), null);
}

function unreachable(url: string | undefined, net: string): ApiFailure {
  const why = net === "ECONNREFUSED" ? "connection refused" : net;
  return failure("unreachable", `cannot reach the API at ${url ?? "the server"} (${why}): start it (npx pnpm --filter @sc/api start), pass --url, or run sc --embedded`, null);
}
