// The web app's environment, read once and validated (STYLE.md). Read by
// next.config.ts at build and start: the /trpc proxy's destination.
import { z } from "zod";

const Env = z.object({
  /** Where the API server listens; the web app proxies /trpc there (same origin for the cookie). */
  SC_API_URL: z.string().url().default("http://127.0.0.1:4000"),
});

export function readEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = Env.safeParse(source);
  if (!parsed.success) throw new Error(`bad environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { apiUrl: parsed.data.SC_API_URL.replace(/\/+$/, "") };
}
