// Before the browser tests: Debian's Chromium (installed here as root on a
// clean machine, as scripts/with-postgres.sh installs PostgreSQL), and a
// production build of the web app (`next build`; SC_WEB_SKIP_BUILD=1 reuses
// the last one while iterating).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, WEB_DIR } from "./stack";

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium) or set SC_CHROMIUM`);
  execFileSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], { stdio: "inherit" });
}

export default function setup(): void {
  ensureChromium();
  if (process.env.SC_WEB_SKIP_BUILD === "1" && existsSync(join(WEB_DIR, ".next/BUILD_ID"))) return;
  execFileSync(process.execPath, [join(WEB_DIR, "node_modules/next/dist/bin/next"), "build"], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
}
