// `sc scenario FILE.json`: the real CLI over core's example scenarios and a malformed one.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runSc, STACK_LINE } from "./runSc";

const example = (name: string): string => fileURLToPath(new URL(`../../../packages/core/scenarios/${name}`, import.meta.url));

describe.concurrent("sc scenario", () => {
  it("prints an NFF second booking's trace readably: a CAR first, then a CPI with no prints (MOA IV.A)", async () => {
    const run = await runSc(["scenario", example("03-nff-second-booking-cpi.json"), "--check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SIB \w\w\s+-> FBI CJIS\s+CAR\s/);
    expect(run.stdout).toMatch(/SIB \w\w\s+-> FBI CJIS\s+CPI\s/);
    expect(run.stdout).toContain("Expectations: all met.");
  });

  it("prints JSON with every booking's trace and the statistics", async () => {
    const run = await runSc(["scenario", example("05-suspended-moa.json"), "--json"]);
    expect(run.code).toBe(0);
    type Entry = { kind: "message"; message: { type: string; tcn: string } } | { kind: "note"; note: { rule?: string; text: string } };
    const result = JSON.parse(run.stdout) as {
      bookings: { bookingId: string; booking: { status: string; trace: Entry[]; messagesSent: number } }[];
      statistics: { identSearches: number; withheld: number };
    };
    // DOMAIN D7: B1, booked while the SIB's suspension is in force, gets no IDENT search; B2, after it resumes, does.
    expect(result.bookings.map((b) => [b.bookingId, b.booking.status])).toEqual([
      ["B1", "withheld"],
      ["B2", "relayed"],
    ]);
    const [b1, b2] = result.bookings;
    expect(b1?.booking.trace.filter((e) => e.kind === "note" && e.note.rule === "DOMAIN D7")).toHaveLength(1);
    const b2Messages = (b2?.booking.trace ?? []).flatMap((e) => (e.kind === "message" ? [e.message] : []));
    expect(b2Messages.map((m) => m.type)).toEqual(["CAR", "CAR", "IDENT_SEARCH", "IDENT_RESULT", "IAQ", "SRE", "IAR", "IDR_IAR", "RELAY"]);
    expect(b2Messages.map((m) => m.tcn)).toEqual(b2Messages.map((_, i) => `B2-0${i + 1}`));
    expect(b2?.booking.messagesSent).toBe(9);
    expect(result.statistics).toMatchObject({ identSearches: 1, withheld: 1 });
  });

  it("DOMAIN section 5: narrows the statistics to a state, agency and period, and names a bad filter with exit code 2", async () => {
    // 05: B1 booked 2026-03-06 during the suspension (withheld), B2 on 2026-03-09 after it (searched).
    const all = await runSc(["scenario", example("05-suspended-moa.json"), "--json"]);
    const later = await runSc(["scenario", example("05-suspended-moa.json"), "--json", "--state", "VA", "--ori", "VA0010000", "--from", "2026-03-07T00:00:00Z"]);
    const parse = (out: string) => JSON.parse(out) as { bookings: unknown[]; statistics: { bookings: number; withheld: number; identSearches: number; filter: object } };
    expect(parse(all.stdout).statistics).toMatchObject({ bookings: 2, withheld: 1, identSearches: 1 });
    expect(parse(later.stdout).statistics).toMatchObject({ bookings: 1, withheld: 0, identSearches: 1, filter: { state: "VA", ori: "VA0010000", from: "2026-03-07T00:00:00Z" } });
    expect(parse(later.stdout).bookings).toHaveLength(2); // traces stay whole
    const backwards = await runSc(["scenario", example("05-suspended-moa.json"), "--from", "2026-03-09T00:00:00Z", "--to", "2026-03-01T00:00:00Z"]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain("--to: 2026-03-01T00:00:00Z is before --from");
    const bad = await runSc(["scenario", example("06-termination-before-and-after.json"), "--from", "yesterday"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--from: an instant is a UTC time");
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it("with --json --check, keeps stdout JSON and lists unmet expectations on stderr, exit 1", async () => {
    const scenario = JSON.parse(await readFile(example("01-standard-match.json"), "utf8")) as Record<string, unknown>;
    const run = await runSc(["scenario", "-", "--json", "--check"], JSON.stringify({ ...scenario, expect: { moas: { VA: "suspended" } } }));
    expect(run.code).toBe(1);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stderr).toContain('MOA VA status: expected "suspended", got "in-effect"');
  });

  it("lists every problem of a malformed scenario by path, with exit code 2 and no stack trace", async () => {
    const malformed = JSON.stringify({
      name: "broken",
      world: {
        states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
        agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
        fieldOffices: [],
        moas: [],
        subjects: [],
      },
      timeline: [{ type: "book", at: "2026-03-01T10:00:00Z", bookingId: "B1", ori: "VA9999999", subject: "nobody", charges: ["0901"] }],
    });
    const run = await runSc(["scenario", "-"], malformed);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/timeline\[0\]\.ori: .*unknown agency/);
    expect(run.stderr).toMatch(/timeline\[0\]\.subject: /);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("issue 15: accepts a UTF-8 byte-order mark, and names a JSON syntax error by line and column (exit 2)", async () => {
    const text = await readFile(example("01-standard-match.json"), "utf8");
    const bom = await runSc(["scenario", "-", "--check"], `\uFEFF${text}`);
    expect(bom.code).toBe(0);
    expect(bom.stdout).toContain("Expectations: all met.");
    const broken = await runSc(["scenario", "-"], '{\n  "name": "x",\n  "world": {} "timeline": []\n}');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('sc: - is not valid JSON: line 3, column 15: expected "," or "}", found "\\""\n');
  });

  it("issue 15: a timing of 1e20 seconds is a problem (exit 2), not an unexpected error", async () => {
    const scenario = JSON.parse(await readFile(example("01-standard-match.json"), "utf8")) as Record<string, unknown>;
    const run = await runSc(["scenario", "-", "--check"], JSON.stringify({ ...scenario, timing: { transmission: 1e20 } }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("timing.transmission: 100000000000000000000 seconds is longer than any run can hold");
    expect(run.stderr).not.toContain("unexpected error");
  });

  it("issue 15: with --check, a scenario expected to be invalid exits 0 when its problem is found, 1 when not", async () => {
    const met = await runSc(["scenario", example("12-expected-invalid-timing.json"), "--check"]);
    expect(met.code).toBe(0);
    expect(met.stdout).toContain("Expectations: all met (the scenario is invalid, as expected).");
    expect(met.stderr).toContain("is not a valid scenario");
    const scenario = JSON.parse(await readFile(example("12-expected-invalid-timing.json"), "utf8")) as Record<string, unknown>;
    const unmet = await runSc(["scenario", "-", "--check"], JSON.stringify({ ...scenario, expect: { invalid: [{ path: "name" }] } }));
    expect(unmet.code).toBe(1);
    expect(unmet.stdout).toContain("expected a problem at name, found none");
    const unchecked = await runSc(["scenario", example("12-expected-invalid-timing.json")]);
    expect(unchecked.code).toBe(2);
  });

  it("issue 15: prints the first 50 problems and a count of the rest", async () => {
    const scenario = JSON.parse(await readFile(example("01-standard-match.json"), "utf8")) as { timeline: Record<string, unknown>[] };
    const timeline = Array.from({ length: 120 }, (_, i) => ({ ...scenario.timeline[0], bookingId: `B${i}`, at: `bad-${i}` }));
    const run = await runSc(["scenario", "-"], JSON.stringify({ ...scenario, timeline }));
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("sc: - is not a valid scenario (120 problems):");
    expect(lines).toHaveLength(52);
    expect(lines[51]).toBe("  ... and 70 more problems (the first 50 are shown)");
  });

  it("says a missing file is missing", async () => {
    const run = await runSc(["scenario", "no-such-file.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sc: cannot read no-such-file.json/);
  });
});
