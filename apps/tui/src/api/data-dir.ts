// Where sc --embedded keeps its data: SC_DATA_DIR, else the API server's default
// (.data/ at the repo root), so `sc --embedded` and `pnpm start` share one world.
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_DATA_DIR = fileURLToPath(new URL("../../../../.data", import.meta.url));

export function embeddedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SC_DATA_DIR;
  if (dir === undefined || dir === "") return REPO_DATA_DIR;
  return isAbsolute(dir) ? dir : resolve(dir);
}
