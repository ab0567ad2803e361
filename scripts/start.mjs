#!/usr/bin/env node
// `pnpm start`: the API server (:4000) and the web app (:3000) together, on the
// embedded database by default (.data/ at the repo root, or SC_DATA_DIR), or on
// PostgreSQL when DATABASE_URL is set. Builds the web app first (next build),
// then runs `next start`. Ctrl-C (or SIGTERM) stops both.
// The servers are spawned directly (not through pnpm, whose children outlive it
// when it is killed), each in its own process group, which is signalled whole.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const webPort = process.env.WEB_PORT ?? "3000";
const nextBin = join(root, "apps/web/node_modules/next/dist/bin/next");

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    spawn(command, args, { cwd, env, stdio: "inherit" }).once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
}

console.log("[start] building the web app (next build)...");
await run(process.execPath, [nextBin, "build"], join(root, "apps/web"));

const servers = [
  { name: "api", args: ["--import", "tsx", "src/server/main.ts"], cwd: join(root, "packages/api") },
  { name: "web", args: [nextBin, "start", "-p", webPort], cwd: join(root, "apps/web") },
].map((server) => ({ ...server, child: spawn(process.execPath, server.args, { cwd: server.cwd, env, stdio: "inherit", detached: true }) }));

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of servers) {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
  Promise.all(servers.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null))).then(() => process.exit(code));
  setTimeout(() => process.exit(code), 5000).unref();
}
for (const { name, child } of servers) {
  child.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${code ?? signal}); stopping the other`);
      stopAll(code ?? 1);
    }
  });
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
process.on("SIGHUP", () => stopAll(0));
// Said once both answer, not when they were spawned: the API seeds an empty database first.
const apiPort = process.env.PORT ?? "4000";
async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
const started = Date.now();
while (!stopping && !((await answers(`http://127.0.0.1:${apiPort}/health`)) && (await answers(`http://localhost:${webPort}/sign-in`)))) {
  if (Date.now() - started > 120_000) {
    console.error("[start] the API or the web app did not answer within 2 minutes; stopping");
    stopAll(1);
    break;
  }
  await new Promise((r) => setTimeout(r, 300));
}
if (!stopping) console.log(`[start] ready: API on http://127.0.0.1:${apiPort} (GET /health), web app on http://localhost:${webPort}`);
