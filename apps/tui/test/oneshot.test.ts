// Every one-shot command that calls the API, run as the real `sc` in child
// processes against the real server (global-setup.ts): its --json output and
// its exit codes (0 ok, 2 bad input, 3 refused by a rule, 4 not signed in or not
// allowed, 5 unreachable), and never a stack trace. Each account has its own
// config folder (XDG_CONFIG_HOME), as each person has their own.
import { mkdtempSync, statSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { runSc, STACK_LINE, type ScResult } from "./runSc";

const url = inject("apiUrl");
const homes = new Map<string, string>();
const homeOf = (user: string): string => {
  const existing = homes.get(user);
  if (existing !== undefined) return existing;
  const dir = mkdtempSync(join(tmpdir(), `sc-home-${user}-`));
  homes.set(user, dir);
  return dir;
};

/** `sc ARGS` as USER (their config folder), against the test server. */
async function sc(user: string, args: readonly string[], stdin?: string): Promise<ScResult> {
  const result = await runSc(args, stdin, { XDG_CONFIG_HOME: homeOf(user), SC_API_URL: url, NO_COLOR: "1" });
  expect(result.stderr).not.toMatch(STACK_LINE);
  return result;
}

function json<T = Record<string, unknown>>(result: ScResult): T {
  return JSON.parse(result.stdout) as T;
}

/** A port nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const login = (user: string) => sc(user, ["login", user, "--password-stdin", "--json"], `demo-${user}-2026\n`);

interface Failure {
  error: { kind: string; exitCode: number; rule: string | null; message: string };
}

describe("sc login / whoami / logout", () => {
  it("keeps the session in the user's config folder, readable by that user only", async () => {
    const r = await login("lea.va");
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ username: "lea.va", partyLabel: "LEA VA0010000", server: url });
    const file = join(homeOf("lea.va"), "sc", "session.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(homeOf("lea.va"), "sc")).mode & 0o777).toBe(0o700);
    const me = await sc("lea.va", ["whoami", "--json"]);
    expect(me.code).toBe(0);
    expect(json<{ may: string[] }>(me).may).toContain("bookings.book");
  });

  it("refuses a wrong password (exit 4) and a missing session (exit 4), and says so in one line", async () => {
    const [wrong, none] = await Promise.all([sc("nobody", ["login", "lea.va", "--password-stdin", "--json"], "wrong\n"), sc("nobody", ["whoami", "--json"])]);
    expect(wrong.code).toBe(4);
    expect(json<Failure>(wrong).error.kind).toBe("not-signed-in");
    expect(none.code).toBe(4);
    expect(none.stderr.trim().split("\n")).toHaveLength(1);
    expect(none.stderr).toMatch(/not signed in .*sc login/);
  });

  it("says the server cannot be reached (exit 5)", async () => {
    const port = await closedPort();
    const r = await runSc(["bookings", "--json"], undefined, { XDG_CONFIG_HOME: homeOf("lea.va"), SC_API_URL: `http://127.0.0.1:${port}`, SC_TOKEN: "a-token-for-a-server-that-is-not-there" });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`^sc: cannot reach the API at http://127\\.0\\.0\\.1:${port} \\(connection refused\\)`));
    expect(json<Failure>(r).error.kind).toBe("unreachable");
  });

  it("logout ends the session; whoami then answers exit 4", async () => {
    await login("lea.az");
    const out = await sc("lea.az", ["logout", "--json"]);
    expect(out.code).toBe(0);
    expect(json(out)).toMatchObject({ signedOut: true, endedOnServer: true });
    expect((await sc("lea.az", ["whoami"])).code).toBe(4);
  });
});

describe("the flow: book, determine, relay, trace, cases, detainer, custody", () => {
  let bookingId = "";
  beforeAll(async () => {
    // One after another, and each must succeed: every later step needs the session.
    for (const user of ["lea.tx", "lesc", "sib.tx", "dro.dal"]) expect((await login(user)).code).toBe(0);
  });

  it("sc book books a subject by name and classifies its charges; a bad code or an unknown name is exit 2", async () => {
    const r = await sc("lea.tx", ["book", "--subject", "jordan", "--charges", "0901", "--json"]);
    expect(r.code).toBe(0);
    const body = json<{ subject: string; booking: { bookingId: string; status: string }; classifications: { code: string; level: number }[] }>(r);
    expect(body.subject).toBe("Jordan Alder");
    expect(body.classifications[0]).toMatchObject({ code: "0901", level: 1 });
    bookingId = body.booking.bookingId;
    const [badCode, badName] = await Promise.all([sc("lea.tx", ["book", "-s", "jordan", "-c", "09x1", "--json"]), sc("lea.tx", ["book", "-s", "Nobody Here", "-c", "0901"])]);
    expect(badCode.code).toBe(2);
    expect(json<Failure>(badCode).error.message).toMatch(/^--charges: 09x1/);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toMatch(/no subject named "Nobody Here" \(subjects: Casey Birch, Jordan Alder/);
  });

  it("sc bookings lists it; sc determine (LESC) lists the IAQ, then records the determination; again is refused (exit 3)", async () => {
    const list = await sc("lea.tx", ["bookings", "--json"]);
    expect(json<{ items: { bookingId: string; status: string }[] }>(list).items.find((b) => b.bookingId === bookingId)?.status).toBe("awaiting-response");
    const queue = await sc("lesc", ["determine", "--json"]);
    expect(json<{ queue: { bookingId: string }[] }>(queue).queue.map((q) => q.bookingId)).toContain(bookingId);
    const bad = await sc("lesc", ["determine", bookingId, "deportable", "--json"]);
    expect(bad.code).toBe(2);
    const done = await sc("lesc", ["determine", bookingId, "removable", "--json"]);
    expect(done.code).toBe(0);
    expect(json<{ booking: { status: string } }>(done).booking.status).toBe("response-at-sib");
    const again = await sc("lesc", ["determine", bookingId, "removable", "--json"]);
    expect(again.code).toBe(3);
    expect(json<Failure>(again).error.kind).toBe("refused");
  });

  it("sc relay: the SIB without capability holds it with core's reason, relays it by other means, and a third relay is refused citing the rule", async () => {
    const notAllowed = await sc("lea.tx", ["relay", bookingId, "--json"]);
    expect(notAllowed.code).toBe(4);
    const queue = json<{ awaitingRelay: { bookingId: string }[] }>(await sc("sib.tx", ["relay", "--json"]));
    expect(queue.awaitingRelay.map((r) => r.bookingId)).toContain(bookingId);
    const held = await sc("sib.tx", ["relay", bookingId, "--json"]);
    expect(held.code).toBe(0);
    expect(json<{ booking: { status: string; heldAtSib: { reason: string } } }>(held).booking).toMatchObject({ status: "held-at-sib", heldAtSib: { reason: expect.stringMatching(/no technical capability/) } });
    const relayed = await sc("sib.tx", ["relay", bookingId]);
    expect(relayed.code).toBe(0);
    expect(relayed.stdout).toMatch(/relayed/);
    const third = await sc("sib.tx", ["relay", bookingId, "--json"]);
    expect(third.code).toBe(3);
    expect(third.stderr).toMatch(/^sc: refused: /);
    expect(third.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("sc trace draws the sequence diagram in 80 columns; --json has the diagram", async () => {
    const text = await sc("lea.tx", ["trace", bookingId]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines.find((l) => l.startsWith("UTC"))).toMatch(/^UTC\s+LEA\s+SIB\s+CJIS\s+IAFIS\s+IDENT\s+LESC\s+ICE$/);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(text.stdout).toMatch(/│───CAR──▶│/);
    expect(text.stdout).toMatch(/relay/);
    const wide = await sc("sib.tx", ["trace", bookingId, "--width", "140", "--json"]);
    const body = json<{ diagram: { lanes: string[]; rows: { kind: string }[] } }>(wide);
    expect(body.diagram.lanes).toEqual(["LEA", "SIB", "CJIS", "IAFIS", "IDENT", "LESC", "ICE"]);
    expect(body.diagram.rows.some((r) => r.kind === "stop")).toBe(true);
    const missing = await sc("lea.tx", ["trace", "00000000-0000-4000-8000-000000000000"]);
    expect(missing.code).toBe(2);
  });

  it("sc cases shows the case with core's refusals; sc detainer lodges one; sc custody is refused until local custody ended (exit 3)", async () => {
    const cases = await sc("dro.dal", ["cases", "--json"]);
    expect(cases.code).toBe(0);
    const mine = json<{ bookingId: string; refusals: Record<string, unknown> }[]>(cases).find((c) => c.bookingId === bookingId);
    expect(mine?.refusals.LodgeDetainer).toBeNull();
    expect(mine?.refusals.TakeIntoCustody).toMatchObject({ rule: expect.stringMatching(/MOA/) });
    const detainer = await sc("dro.dal", ["detainer", bookingId, "--json"]);
    expect(detainer.code).toBe(0);
    const custody = await sc("dro.dal", ["custody", bookingId, "--json"]);
    expect(custody.code).toBe(3);
    expect(json<Failure>(custody).error.rule).toMatch(/^MOA V/);
  });
});

describe("sc moa, notice, stats, audit", () => {
  beforeAll(async () => {
    // One after another, and each must succeed: every later step needs the session.
    for (const user of ["program", "auditor", "sib.va"]) expect((await login(user)).code).toBe(0);
  });

  it("sc moa lists the MOAs; sc moa VA shows one; an unknown state is exit 2", async () => {
    const [list, one, unknown] = await Promise.all([sc("program", ["moa", "--json"]), sc("sib.va", ["moa", "va", "--json"]), sc("program", ["moa", "ZZ", "--json"])]);
    expect(list.code).toBe(0);
    expect(json<{ state: string; status: string }[]>(list).map((m) => m.state)).toEqual(expect.arrayContaining(["VA", "TX", "MD", "AZ"]));
    expect(json<{ state: string; status: { status: string } }>(one)).toMatchObject({ state: "VA", status: { status: "in-effect" } });
    expect(unknown.code).toBe(2);
  });

  it("sc notice: a termination by email is refused citing MOA VIII (exit 3); a bad option is exit 2", async () => {
    const refused = await sc("program", ["notice", "VA", "--kind", "termination", "--delivery", "email", "--to", "SIB", "--json"]);
    expect(refused.code).toBe(3);
    expect(json<Failure>(refused).error.rule).toBe("MOA VIII");
    const bad = await sc("program", ["notice", "VA", "--kind", "termination", "--delivery", "pigeon", "--to", "SIB"]);
    expect(bad.code).toBe(2);
  });

  it("sc stats prints core's statistics with charts; a period ending before it starts is exit 2", async () => {
    const [js, text, bad] = await Promise.all([
      sc("program", ["stats", "--json"]),
      sc("program", ["stats"]),
      sc("program", ["stats", "--from", "2026-03-01T00:00:00Z", "--to", "2026-02-01T00:00:00Z", "--json"]),
    ]);
    expect(js.code).toBe(0);
    expect(json<{ bookings: number }>(js).bookings).toBeGreaterThan(0);
    expect(text.stdout).toMatch(/match rate/);
    expect(text.stdout).toMatch(/Determinations/);
    expect(bad.code).toBe(2);
    expect(json<Failure>(bad).error.message).toMatch(/to: the period ends before it starts/);
  });

  it("sc oversight shows core's profiling oversight to the program office; a SIB is not allowed (exit 4); a bad margin is exit 2", async () => {
    const [js, text, denied, bad] = await Promise.all([
      sc("program", ["oversight", "--json"]),
      sc("auditor", ["oversight", "--margin", "15"]),
      sc("sib.va", ["oversight", "--json"]),
      sc("program", ["oversight", "--margin", "150", "--json"]),
    ]);
    expect(js.code).toBe(0);
    expect(json<{ options: { marginPoints: number; minimumMatched: number }; notice: string }>(js)).toMatchObject({ options: { marginPoints: 20, minimumMatched: 10 }, notice: expect.stringMatching(/suspends no one/) });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/more than 15 points above the state's share/);
    expect(denied.code).toBe(4);
    expect(bad.code).toBe(2);
    expect(json<Failure>(bad).error.message).toMatch(/margin is 0 to 100 percentage points/);
  });

  it("sc audit filters the log (auditors); another party is not allowed (exit 4)", async () => {
    const [rows, denied] = await Promise.all([sc("auditor", ["audit", "--actor", "lea.va", "--json"]), sc("sib.va", ["audit", "--json"])]);
    expect(rows.code).toBe(0);
    const list = json<{ actor: string }[]>(rows);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.actor === "lea.va")).toBe(true);
    expect(denied.code).toBe(4);
  });
});
