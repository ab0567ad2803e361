// The API as the browser's own session sees it, for the web app's route
// handlers (downloads): the typed client with the request's cookie passed on,
// so the API applies the same sign-in, scope and audit as for /trpc.
import { createClient, type ApiClient } from "@sc/client";
import { readEnv } from "../env";

const { apiUrl } = readEnv();

export function apiForRequest(request: Request): ApiClient {
  const cookie = request.headers.get("cookie");
  const forwardedFor = request.headers.get("x-forwarded-for") ?? "unknown";
  return createClient({
    url: apiUrl,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie !== null) headers.set("cookie", cookie);
      headers.set("x-forwarded-for", forwardedFor);
      return fetch(input, { ...init, headers });
    },
  });
}

/** A refusal the page shows as it is: `{ message }` with its HTTP status. */
export function problem(status: number, message: string): Response {
  return Response.json({ message }, { status });
}

/** The signed-in account, or the problem to answer with (no session, or the API unreachable). */
export async function requireSession(api: ApiClient): Promise<{ ok: true } | { ok: false; response: Response }> {
  try {
    const session = await api.auth.session.query();
    if (session.me === null) return { ok: false, response: problem(401, "Sign in first: this download is for signed-in accounts.") };
    return { ok: true };
  } catch {
    return { ok: false, response: problem(502, "The API server is not reachable. Is it running (pnpm start)?") };
  }
}
