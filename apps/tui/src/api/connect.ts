// Where `sc` talks to: --url, else SC_API_URL, else the local default; or, with
// --embedded, an API in this process (embedded.ts). The stored session (if any)
// for that server supplies the token.
import { createClient, type ApiClient } from "@sc/client";
import { embeddedDataDir } from "./data-dir";
import { loadSession } from "./session-store";

export const DEFAULT_API_URL = "http://127.0.0.1:4000";

export interface Target {
  /** The key of the stored session: the URL, or embedded:<data dir>. */
  readonly server: string;
  readonly url: string | null;
  readonly embeddedDir: string | null;
}

export interface GlobalOptions {
  readonly url?: string | undefined;
  readonly embedded?: boolean | undefined;
}

export function targetOf(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Target {
  if (options.embedded === true) {
    const dir = embeddedDataDir(env);
    return { server: `embedded:${dir}`, url: null, embeddedDir: dir };
  }
  const url = (options.url ?? env.SC_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, "");
  return { server: url, url, embeddedDir: null };
}

export interface Connection {
  readonly target: Target;
  /** The URL requests go to (the embedded server's loopback port, with --embedded). */
  readonly url: string;
  /** A client without a token (sign-in, banner) and one with the stored token. */
  readonly anonymous: ApiClient;
  readonly token: string | null;
  withToken(token: string | null): ApiClient;
  close(): Promise<void>;
}

export async function connect(target: Target, progress?: (message: string) => void): Promise<Connection> {
  // The server code (tRPC, drizzle, PGlite) loads only for --embedded: it takes seconds.
  const embedded = target.embeddedDir === null ? null : await (await import("./embedded")).startEmbeddedApi(target.embeddedDir, progress);
  const url = embedded?.url ?? target.url ?? DEFAULT_API_URL;
  const token = process.env.SC_TOKEN ?? loadSession(target.server)?.token ?? null;
  return {
    target,
    url,
    anonymous: createClient({ url }),
    token,
    withToken: (t) => createClient({ url, token: t }),
    close: async () => embedded?.close(),
  };
}

/** How a person names the server in messages. */
export function describeTarget(target: Target): string {
  return target.embeddedDir === null ? (target.url ?? DEFAULT_API_URL) : `the embedded database in ${target.embeddedDir}`;
}
