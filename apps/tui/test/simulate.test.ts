// `sc simulate` as a user runs it: JSON statistics on stdout, progress on
// stderr, the same command again on the same data continues the (finished)
// run and prints the same bytes; a bad profile is one line naming the field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runSc, STACK_LINE } from "./runSc";

const dir = mkdtempSync(join(tmpdir(), "sc-simulate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { SC_DATA_DIR: join(dir, "data"), DATABASE_URL: "" };

describe("sc simulate", () => {
  it("given a small run, then --json has the API's statistics and a report is written; the same command again prints the same bytes", async () => {
    const args = ["simulate", "--bookings", "300", "--days", "30", "--seed", "5", "--states", "VA", "NC", "--json", "--report", join(dir, "report.html")];
    const first = await runSc(args, undefined, env);
    expect(first.stderr).not.toMatch(STACK_LINE);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { bookings: number; states: string[]; statistics: { bookings: number; cpis: number } };
    expect(result.states).toEqual(["NC", "VA"]);
    expect(result.statistics.bookings).toBe(300);
    expect(result.statistics.cpis).toBeGreaterThan(0); // NC is an NFF state (MOA IV.A)
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/(src|href)="https?:/);
    const again = await runSc(args.slice(0, -2), undefined, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it("given a profile with a bad figure, then exit 2 and one line naming the file and the field", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ extends: "default", identMatchRate: 1.5 }));
    const answer = await runSc(["simulate", "--bookings", "10", "--profile", bad], undefined, env);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain(`profile ${bad}: identMatchRate: a share is between 0 and 1`);
    expect(answer.stderr).not.toMatch(STACK_LINE);
  });
});
