// Runs the real `sc` (bin/sc.js) in a child process, as a user would.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const SC_BIN = fileURLToPath(new URL("../bin/sc.js", import.meta.url));

export interface ScResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runSc(args: readonly string[], stdin?: string, env?: Readonly<Record<string, string>>): Promise<ScResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SC_BIN, ...args], { stdio: ["pipe", "pipe", "pipe"], ...(env === undefined ? {} : { env: { ...process.env, ...env } }) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** A stack trace line, which the user must never see. */
export const STACK_LINE = /^\s+at .+[(:]/m;
