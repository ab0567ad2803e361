// The typed-client scripts of examples/ run as the README says (from the repo
// root, `npx tsx examples/X.ts`), against the real server; and the README's
// script is examples/classify.ts, word for word.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = promisify(execFile);
const url = inject("apiUrl");

async function example(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", file], { cwd: root, env: { ...process.env, SC_API_URL: url } });
  return stdout;
}

describe("examples/: typed-client scripts", () => {
  it("classify.ts is the README's script and prints the classification and the glossary", async () => {
    const script = readFileSync(`${root}examples/classify.ts`, "utf8");
    const body = script.slice(script.indexOf('import { createClient }')).trim();
    expect(readFileSync(`${root}README.md`, "utf8")).toContain(body);
    const out = await example("examples/classify.ts");
    expect(out).toMatch(/^Level 1: Drugs \(rule /);
    expect(out).toMatch(/SIB = /);
  });

  it("follow-a-booking.ts books, determines, relays and prints the trace", async () => {
    const out = await example("examples/follow-a-booking.ts");
    expect(out).toMatch(/^booked [0-9a-f-]{36}: awaiting-response/m);
    expect(out).toMatch(/^relay: held-at-sib/m);
    expect(out).toMatch(/^relay: relayed/m);
    expect(out).toMatch(/SIB -> LEA {2}relay/);
  });
});
