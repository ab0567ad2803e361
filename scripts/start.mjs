#!/usr/bin/env node
// `pnpm start`: the API server (:4000) and the web app (:3000) together, on the
// embedded database by default (.data/ at the repo root, or SC_DATA_DIR), or on
// PostgreSQL when DATABASE_URL is set. Builds the web app first (next build),
// then runs `next start`. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const pnpm = (args, options = {}) =>
  spawn(process.execPath, [join(root, "node_modules/pnpm/bin/pnpm.cjs"), ...args], { cwd: root, env, stdio: "inherit", ...options });

function run(args) {
  return new Promise((resolve, reject) => {
    pnpm(args).once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(" ")} exited with ${code}`))));
  });
}

const children = [];
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

console.log("[start] building the web app (next build)...");
await run(["--filter", "@sc/web", "build"]);

for (const [name, args] of [
  ["api", ["--filter", "@sc/api", "start"]],
  ["web", ["--filter", "@sc/web", "start"]],
]) {
  const child = pnpm(args);
  children.push(child);
  child.once("exit", (code) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${code}); stopping`);
      stopAll(code ?? 1);
    }
  });
}
console.log("[start] API on http://127.0.0.1:4000 (GET /health), web app on http://localhost:3000");
