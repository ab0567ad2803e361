// @sc/client: a typed client for the Secure Communities API.
//   const api = createClient({ url: "http://localhost:4000", token });
//   await api.classification.classify.query({ code: "0901" });
// Types come from the AppRouter TYPE only: no server code is bundled.
import type { AppRouter } from "@sc/api";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export interface ClientOptions {
  /** The API's base URL, e.g. "http://localhost:4000" (the client adds /trpc). */
  readonly url: string;
  /** A bearer token from auth.signIn({ channel: "bearer" }); omit to call the public procedures. */
  readonly token?: string | null;
  /** Send the browser's cookies (the web app's cookie session) instead of a token. */
  readonly withCredentials?: boolean;
  /** A fetch to use instead of the global one (tests, proxies). */
  readonly fetch?: typeof fetch;
}

/** The header the server requires on mutations (CSRF guard); this client always sends it. */
export const CSRF_HEADER = "x-sc-csrf";

export function createClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${base}/trpc`,
        headers: () => ({
          [CSRF_HEADER]: "1",
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        }),
        fetch: (input, init) =>
          (options.fetch ?? fetch)(input, { ...init, credentials: options.withCredentials ? "include" : "same-origin" }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createClient>;
export type ApiInputs = inferRouterInputs<AppRouter>;
export type ApiOutputs = inferRouterOutputs<AppRouter>;

/** A field-level validation problem, as the server reports it. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The server's message and field errors from a failed call, for display. */
export function describeError(error: unknown): { message: string; code: string | null; fieldErrors: readonly FieldError[] } {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; fieldErrors?: FieldError[] | null } | undefined;
    return { message: error.message, code: data?.code ?? null, fieldErrors: data?.fieldErrors ?? [] };
  }
  return { message: error instanceof Error ? error.message : String(error), code: null, fieldErrors: [] };
}

export { TRPCClientError };
