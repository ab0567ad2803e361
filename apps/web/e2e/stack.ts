// The real stack for browser tests: the API server on a fresh embedded
// database (seeded with the demo world), the built web app in front of it,
// and Debian's Chromium driven by playwright-core. Ports are free ones, so a
// running `pnpm start` is not disturbed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const WEB_DIR = fileURLToPath(new URL("..", import.meta.url));
const API_DIR = join(WEB_DIR, "../../packages/api");
const NEXT_BIN = join(WEB_DIR, "node_modules/next/dist/bin/next");
export const CHROMIUM = process.env.SC_CHROMIUM ?? "/usr/bin/chromium";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resolves once the child prints `ready` on stdout or stderr; fails if it exits first or takes too long. */
function waitFor(child: ChildProcess, ready: RegExp, name: string, timeoutMs = 90_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

export interface Stack {
  readonly webUrl: string;
  readonly apiUrl: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (child.exitCode !== null || pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // gone
      }
      resolve();
    }, 5000).unref();
  });
}

export async function startStack(): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "sc-web-e2e-"));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  // The embedded database, whatever DATABASE_URL the caller's shell has.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  const api = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: API_DIR,
    env: { ...env, PORT: String(apiPort), SC_DATA_DIR: dataDir, SC_ALLOWED_ORIGINS: `http://127.0.0.1:${webPort}` },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const web = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(webPort), "-H", "127.0.0.1"], {
    cwd: WEB_DIR,
    env: { ...env, SC_API_URL: `http://127.0.0.1:${apiPort}` },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    await Promise.all([waitFor(api, /\[api\] listening/, "the API server"), waitFor(web, /Ready in|started server/i, "the web app")]);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    return {
      webUrl: `http://127.0.0.1:${webPort}`,
      apiUrl: `http://127.0.0.1:${apiPort}`,
      browser,
      stop: async () => {
        await browser.close();
        await Promise.all([stopChild(web), stopChild(api)]);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all([stopChild(web), stopChild(api)]);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
