// `sc --embedded`: the API in the same process on the embedded database in
// SC_DATA_DIR, and a clear answer when another process holds that database.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runSc, STACK_LINE } from "./runSc";

describe("sc --embedded", () => {
  const home = mkdtempSync(join(tmpdir(), "sc-home-embedded-"));

  it("says which process holds the database when the API server has it open (exit 5), and opens nothing", async () => {
    const dir = inject("apiDataDir");
    const r = await runSc(["--embedded", "whoami"], undefined, { SC_DATA_DIR: dir, XDG_CONFIG_HOME: home });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^sc: the embedded database in .* is in use by process \d+ \(since \d{4}-/m);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it("runs the API in this process on SC_DATA_DIR (seeding the demo world): login, then whoami in a later run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-embedded-"));
    const env = { SC_DATA_DIR: dir, XDG_CONFIG_HOME: home };
    const r = await runSc(["--embedded", "login", "cjis", "--password-stdin", "--json"], "demo-cjis-2026\n", env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ username: "cjis", server: `embedded:${dir}` });
    const me = await runSc(["--embedded", "whoami", "--json"], undefined, env);
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout)).toMatchObject({ username: "cjis", partyLabel: "FBI CJIS" });
  }, 240_000);
});
