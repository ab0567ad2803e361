// One real API server for the suites that talk to it (screens, one-shot commands,
// the tmux end-to-end test): its own process (packages/api's main.ts, as `pnpm
// start` runs it), a fresh temporary data directory, a free port, the demo world
// seeded. Each suite uses its own states' accounts so they can run side by side.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
    /** The server's embedded data directory (held by it: the lock test). */
    apiDataDir: string;
  }
}

const apiDir = fileURLToPath(new URL("../../../packages/api/", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "sc-tui-api-"));
  const port = await freePort();
  // Embedded PGlite in a fresh directory, also when the run has a PostgreSQL (with-postgres.sh).
  const { DATABASE_URL: _postgres, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: apiDir,
    env: { ...env, SC_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", SC_SEED_DEMO: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Seeding hashes every demo password at full cost: minutes when the db/api suites run beside it.
  const deadline = Date.now() + 480_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API server exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) break;
    } catch {
      // not listening yet: it seeds the demo world first
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API server did not answer in 480 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("apiUrl", url);
  project.provide("apiDataDir", dataDir);
  return async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  };
}
