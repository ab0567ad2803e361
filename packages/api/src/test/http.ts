// Test helpers over real HTTP: an in-process server on a free port, and calls
// shaped as any HTTP client sends them (GET for queries, POST JSON for mutations).
import type { AddressInfo } from "node:net";
import type { Database } from "@sc/db";
import type { Clock } from "../clock";
import { createApiServer } from "../server/http";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(database: Database, options: { clock?: Clock; maxInFlight?: number; maxWaitMs?: number } = {}): Promise<RunningServer> {
  const server = createApiServer({ database, ...options });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  readonly body: unknown;
  readonly headers: Headers;
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, text, body, headers: response.headers };
}

export async function query(base: string, path: string, input: unknown, token?: string): Promise<HttpAnswer> {
  const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return answer(await fetch(`${base}/trpc/${path}${qs}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));
}

export async function mutate(
  base: string,
  path: string,
  input: unknown,
  options: { token?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<HttpAnswer> {
  return answer(
    await fetch(`${base}/trpc/${path}`, {
      method: "POST",
      ...(options.signal ? { signal: options.signal } : {}),
      headers: {
        "content-type": "application/json",
        "x-sc-csrf": "1",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: input === undefined ? undefined : JSON.stringify(input),
    }),
  );
}

/** A call whose input is given as JSON text, as sent (a mutation's body, a query's `input` parameter). */
export async function sendJsonText(base: string, path: string, type: "query" | "mutation", json: string, token?: string): Promise<HttpAnswer> {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (type === "query") return answer(await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(json)}`, { headers: auth }));
  return answer(await fetch(`${base}/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", "x-sc-csrf": "1", ...auth }, body: json }));
}

/** The tRPC error envelope's parts the tests read. */
export function errorOf(body: unknown): { message: string; code: string; fieldErrors: { path: string; message: string }[] | null } {
  const error = (body as { error?: { message: string; data: { code: string; fieldErrors: { path: string; message: string }[] | null } } }).error;
  if (!error) throw new Error(`not an error response: ${JSON.stringify(body)}`);
  return { message: error.message, code: error.data.code, fieldErrors: error.data.fieldErrors };
}

/** The data of a successful tRPC response. */
export function dataOf<T>(body: unknown): T {
  return (body as { result: { data: T } }).result.data;
}
