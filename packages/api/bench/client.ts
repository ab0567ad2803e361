// The bench's load generator: tRPC calls over node:http with keep-alive sockets.
// fetch (undici) cost about 840 µs of CPU per request on this machine against
// about 160 µs for this, and the client shares the machine's two cores with
// the server and the database, so with fetch the bench mostly measured its own
// client. The requests are those of test/http.ts's `mutate` (JSON body, the
// CSRF header, a bearer token); queries go as GET, as test/http.ts's `query`.
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** A mutation: POST with a JSON body. */
export function post(base: string, path: string, input: unknown, options: { token?: string; signal?: AbortSignal } = {}): Promise<Answer> {
  return send(base, `/trpc/${path}`, JSON.stringify(input), options);
}

/** A query: GET with the input in the query string. */
export function get(base: string, path: string, input: unknown, options: { token?: string } = {}): Promise<Answer> {
  return send(base, `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, null, options);
}

function send(base: string, path: string, body: string | null, options: { token?: string; signal?: AbortSignal }): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: body === null ? "GET" : "POST",
        agent,
        ...(options.signal ? { signal: options.signal } : {}),
        headers: {
          ...(body === null ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-sc-csrf": "1" }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON (a plain-text 503 from the load shedder): the status says enough
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on("error", reject);
    req.end(body ?? undefined);
  });
}

/** Closes the kept-alive sockets so the process can exit. */
export function closeClient(): void {
  agent.destroy();
}
