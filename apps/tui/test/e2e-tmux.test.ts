// End to end, as people at terminals: the real API server (global-setup.ts: a
// fresh data directory, a free port) and the real `sc` in 80x24 tmux panes. An
// LEA in Texas books a subject with live classification; LESC determines; the
// Texas SIB (no relay capability: MOA IV.B) sees the response held with core's
// reason and relays it by other means; `sc trace` and the interactive trace
// then show every step in lanes. Set SC_E2E_CAPTURES=dir to keep the screens.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SC_BIN } from "./runSc";
import { ensureTmux, killServer, Pane } from "./tmux";

const url = inject("apiUrl");
const socket = `sc-e2e-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), "sc-e2e-home-"));
const captures = process.env.SC_E2E_CAPTURES;

function keep(name: string, screen: string): void {
  if (captures === undefined) return;
  mkdirSync(captures, { recursive: true });
  writeFileSync(join(captures, `${name}.txt`), screen);
}

// Ink draws only the last frame when it believes it runs in CI (is-in-ci: CI or
// CONTINUOUS_INTEGRATION set), so a pane started by CI would stay blank until sc
// exits. The person at this terminal is not a CI job: those two are unset.
const asPerson = "env -u CI -u CONTINUOUS_INTEGRATION";

function sc(name: string, args = ""): Pane {
  // The pane stays after sc exits, so its last screen and exit code can be read.
  return Pane.open(socket, name, `${asPerson} SC_API_URL=${url} XDG_CONFIG_HOME=${home} NO_COLOR=1 ${process.execPath} ${SC_BIN} ${args}; echo "sc exited $?"; sleep 600`);
}

async function signIn(pane: Pane, user: string): Promise<void> {
  await pane.waitFor("password:");
  await pane.waitFor("All people in this model are synthetic");
  await pane.type(user);
  await pane.key("Enter");
  await pane.type(`demo-${user}-2026`);
  await pane.key("Enter");
  await pane.waitFor("Your desks");
}

const short = (id: string) => id.slice(0, 8);

describe("sc in an 80x24 terminal: LEA books, LESC determines, the SIB relays, the trace shows it all", () => {
  beforeAll(() => ensureTmux());
  afterAll(() => killServer(socket));

  let bookingId = "";

  it("the LEA books Jordan Alder, sees each charge classified as typed, and lands on the booking's trace", async () => {
    const lea = sc("lea");
    keep("sign-in", await lea.waitFor("All people in this model are synthetic"));
    await signIn(lea, "lea.tx");
    await lea.select("❯", "Book a subject");
    await lea.key("Enter");
    await lea.waitFor("Jordan Alder");
    await lea.select("›", "Jordan Alder");
    await lea.key("Enter");
    await lea.type("0901 3562");
    const typed = await lea.waitFor(/3562\s+Level 1 or 2\s+Drugs \(sentence decides\)/);
    expect(typed).toMatch(/0901\s+Level 1\s+Homicide/);
    keep("book", typed);
    await lea.key("Enter");
    const booked = await lea.waitFor(/booked Jordan Alder: [0-9a-f-]{36}/);
    bookingId = /booked Jordan Alder: ([0-9a-f-]{36})/.exec(booked)?.[1] ?? "";
    const trace = await lea.waitFor(/UTC\s+LEA\s+SIB\s+CJIS\s+IAFIS\s+IDENT\s+LESC\s+ICE/);
    expect(trace).toMatch(/│───CAR──▶│/);
    expect(trace.split("\n").every((l) => l.length <= 80)).toBe(true);
    await lea.key("q");
    await lea.waitFor("sc exited 0");
  });

  it("LESC finds the IAQ in its queue (oldest first, with its age) and records removable", async () => {
    const lesc = sc("lesc");
    await signIn(lesc, "lesc");
    await lesc.select("❯", "LESC");
    await lesc.key("Enter");
    await lesc.waitFor(short(bookingId));
    await lesc.select("›", short(bookingId));
    keep("lesc", lesc.capture());
    await lesc.key("d");
    await lesc.waitFor("subject to removal");
    await lesc.key("Enter");
    await lesc.waitFor(`${short(bookingId)}: subject to removal; response-at-sib`);
    await lesc.key("q");
    await lesc.waitFor("sc exited 0");
  });

  it("the Texas SIB sees the response, holds it for want of capability with core's reason, then relays it by other means", async () => {
    const sib = sc("sib");
    await signIn(sib, "sib.tx");
    await sib.select("❯", "SIB queue");
    await sib.key("Enter");
    await sib.waitFor(short(bookingId));
    const row = await sib.select("›", short(bookingId));
    expect(row).toMatch(/relay\s+IDR_IAR/);
    await sib.key("r");
    await sib.waitFor(`${short(bookingId)}: held-at-sib`);
    // The list reloads after the step: the row then waits as held, with core's reason under it.
    const held = await sib.waitFor(/held \(MOA IV\.B\): .*no technical\s+capability/s);
    expect(held).toMatch(new RegExp(`${short(bookingId)}\\s+TX0010000\\s+held\\s+IDR_IAR`));
    keep("sib-held", held);
    await sib.select("›", short(bookingId));
    await sib.key("r");
    await sib.waitFor(`${short(bookingId)}: relayed`);
    await sib.key("m");
    await sib.waitFor("MOA TX: in-effect");
    await sib.key("q");
    await sib.waitFor("sc exited 0");
  });

  it("sc trace draws every step in lanes within 80 columns", async () => {
    // The LEA's session from its sign-in is not kept (interactive); log in for the one-shot.
    const login = Pane.open(socket, "login", `printf '%s\\n' demo-lea.tx-2026 | ${asPerson} SC_API_URL=${url} XDG_CONFIG_HOME=${home} ${process.execPath} ${SC_BIN} login lea.tx --password-stdin; echo "sc exited $?"; sleep 600`);
    await login.waitFor("sc exited 0");
    const trace = sc("trace", `trace ${bookingId}`);
    const screen = await trace.waitFor("sc exited 0");
    expect(screen).toMatch(/UTC\s+LEA\s+SIB\s+CJIS\s+IAFIS\s+IDENT\s+LESC\s+ICE/);
    expect(screen).toMatch(/│───CAR──▶│/);
    expect(screen).toMatch(/◀.*relay|relay.*◀/); // the SIB's relay to the LEA
    expect(screen).toContain(`status relayed`);
    expect(screen.split("\n").every((l) => l.length <= 80)).toBe(true);
    keep("trace-oneshot", screen);
  });

  it("the interactive trace shows the same steps, and scrolls under fixed lane names", async () => {
    const lea = sc("lea2");
    await signIn(lea, "lea.tx");
    await lea.select("❯", "Bookings");
    await lea.key("Enter");
    await lea.waitFor(short(bookingId));
    await lea.select("›", short(bookingId));
    await lea.key("Enter");
    const screen = await lea.waitFor(/UTC\s+LEA\s+SIB/);
    expect(screen).toContain(`${bookingId}  TX0010000  relayed`);
    expect(screen).toMatch(/│───CAR──▶│/);
    keep("trace-interactive", screen);
    await lea.key("G");
    const end = await lea.waitFor(/relay/);
    expect(end).toMatch(/UTC\s+LEA\s+SIB/); // the lanes stay on top
    await lea.key("?");
    expect(await lea.waitFor("Everywhere")).toMatch(/q\s+quit/);
    await lea.key("Escape");
    await lea.key("Escape");
    await lea.waitFor("booking ");
    await lea.key("q");
    await lea.waitFor("sc exited 0");
  });
});
