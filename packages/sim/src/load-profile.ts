// Reads a profile file: JSON, optionally `extends` another file (a path
// relative to it, or "default" for the default profile) whose fields it
// overrides one by one. Bad input is one line naming the file and the field.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Profile, ProfileFile } from "./profile";
import { SimulationError } from "./store";

export const DEFAULT_PROFILE = fileURLToPath(new URL("../profiles/default.json", import.meta.url));

function readJson(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new SimulationError(`profile ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SimulationError(`profile ${path}: not JSON (${(error as Error).message})`);
  }
  const file = ProfileFile.safeParse(parsed);
  if (!file.success) throw new SimulationError(`profile ${path}: a profile is a JSON object`);
  return file.data;
}

function merged(path: string, seen: readonly string[]): Record<string, unknown> {
  if (seen.includes(path)) throw new SimulationError(`profile ${path}: extends itself (${[...seen, path].join(" -> ")})`);
  const { extends: base, ...own } = readJson(path);
  if (typeof base !== "string") return own;
  const basePath = base === "default" ? DEFAULT_PROFILE : resolve(dirname(path), base);
  return { ...merged(basePath, [...seen, path]), ...own };
}

export function loadProfile(path: string = DEFAULT_PROFILE): Profile {
  const absolute = resolve(path);
  const result = Profile.safeParse(merged(absolute, []));
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new SimulationError(`profile ${path}: ${problems.join("; ")}`);
  }
  return result.data;
}
