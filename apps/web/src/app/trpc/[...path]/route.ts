// /trpc/* is passed on to the API server as it came (method, body, the
// session cookie, the CSRF header), so the browser talks to one origin and the
// httpOnly SameSite=Strict cookie is first-party. A route handler rather than
// a rewrite: the API's address is read when the server starts (SC_API_URL),
// not baked in at build time.
import { readEnv } from "../../../env";

const { apiUrl } = readEnv();

const FORWARDED_REQUEST_HEADERS = ["content-type", "cookie", "authorization", "x-sc-csrf", "origin", "accept", "trpc-accept"];
const FORWARDED_RESPONSE_HEADERS = ["content-type", "retry-after", "cache-control", "allow"];

async function forward(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The API keeps the browser's address beside the proxy's in its audit log.
  headers.set("x-forwarded-for", request.headers.get("x-forwarded-for") ?? "unknown");
  let answer: Response;
  try {
    answer = await fetch(`${apiUrl}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer(),
      redirect: "manual",
    });
  } catch {
    return Response.json({ error: { message: "The API server is not reachable. Is it running (pnpm start)?", code: -32603, data: { code: "BAD_GATEWAY", httpStatus: 502, fieldErrors: null } } }, { status: 502 });
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  for (const cookie of answer.headers.getSetCookie()) out.append("set-cookie", cookie);
  return new Response(answer.body, { status: answer.status, headers: out });
}

export const GET = forward;
export const POST = forward;
export const dynamic = "force-dynamic";
