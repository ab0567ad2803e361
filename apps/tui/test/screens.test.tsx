// The interactive app's screens through ink-testing-library, against the real
// API server (global-setup.ts): the sign-in, the desks each party has (from
// auth.me's may), and every desk drawing what the API answers.
import { createClient, type ApiClient } from "@sc/client";
import { render } from "ink-testing-library";
import { describe, expect, inject, it } from "vitest";
import { App } from "../src/ui/app/App";
import type { AppApi, Me, Screen } from "../src/ui/app/context";
import { bookScreen } from "../src/ui/app/screens/Book";
import { bookingScreen } from "../src/ui/app/screens/Booking";
import { bookingsScreen, cjisScreen, iceScreen, lescScreen, sibScreen } from "../src/ui/app/screens/FlowDesks";
import { disputesScreen, moaScreen, moasScreen, releasesScreen } from "../src/ui/app/screens/MoaDesks";
import { auditScreen, statisticsScreen } from "../src/ui/app/screens/Reports";

const url = inject("apiUrl");
const anonymous = createClient({ url });
const withToken = (token: string) => createClient({ url, token });

async function session(user: string): Promise<{ api: ApiClient; me: Me }> {
  const { token } = await anonymous.auth.signIn.mutate({ username: user, password: `demo-${user}-2026`, channel: "bearer" });
  const api = withToken(token ?? "");
  return { api, me: await api.auth.me.query() };
}

async function waitFor(frame: () => string | undefined, pattern: RegExp | string | ((text: string) => boolean), ms = 30_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = frame() ?? "";
    if (typeof pattern === "string" ? text.includes(pattern) : typeof pattern === "function" ? pattern(text) : pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)} in:\n${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A person's pace: a busy machine needs time to draw what a key changed.
const tick = () => new Promise((r) => setTimeout(r, 300));

/** A key as a person presses it: after the screen is drawn, then time to draw what it changed. */
async function press(ui: { stdin: { write(data: string): void } }, keys: string): Promise<void> {
  await tick();
  ui.stdin.write(keys);
  await tick();
}

async function desk(user: string, screen: (app: AppApi) => Screen) {
  const s = await session(user);
  return render(<App where="test" anonymous={anonymous} withToken={withToken} session={s} initial={screen} />);
}

describe("sign-in", () => {
  it("shows the banner, masks the password, and opens the desks core gives the account", async () => {
    const ui = render(<App where="test" anonymous={anonymous} withToken={withToken} />);
    await waitFor(ui.lastFrame, "SECURE COMMUNITIES INTEROPERABILITY");
    expect(ui.lastFrame()).toMatch(/username:/);
    await press(ui, "sib.nc");
    await press(ui, "\r");
    await press(ui, "demo-sib.nc-2026");
    expect(ui.lastFrame()).toContain("password: ****************");
    expect(ui.lastFrame()).not.toContain("demo-sib.nc-2026");
    await press(ui, "\r");
    const home = await waitFor(ui.lastFrame, "Your desks");
    expect(home).toContain("SIB queue");
    expect(home).not.toContain("Book a subject");
    expect(home).not.toContain("Audit log");
    ui.unmount();
  });

  it("says a wrong password in one line and stays on the sign-in", async () => {
    const ui = render(<App where="test" anonymous={anonymous} withToken={withToken} />);
    await waitFor(ui.lastFrame, "username:");
    await press(ui, "lea.nc");
    await press(ui, "\r");
    await press(ui, "not-the-password");
    await press(ui, "\r");
    expect(await waitFor(ui.lastFrame, /username or password is wrong/)).toContain("password:");
    ui.unmount();
  });
});

describe("the desks", () => {
  it("Home lists an LEA's desks from may, and ? lists every key", async () => {
    const s = await session("lea.nc");
    const ui = render(<App where="test" anonymous={anonymous} withToken={withToken} session={s} />);
    const home = await waitFor(ui.lastFrame, "Your desks");
    expect(home).toContain("Book a subject");
    expect(home).not.toContain("SIB queue");
    expect(home).toMatch(/\? keys · q quit/);
    await press(ui, "?");
    const keys = await waitFor(ui.lastFrame, "Everywhere");
    expect(keys).toMatch(/Esc\s+back/);
    expect(keys).toMatch(/q\s+quit/);
    ui.unmount();
  });

  it("Book classifies each code as it is typed, and books the subject chosen by name", async () => {
    const ui = await desk("lea.nc", bookScreen);
    await waitFor(ui.lastFrame, "Jordan Alder");
    await press(ui, "j"); // Jordan Alder
    await tick();
    await press(ui, "\r");
    await press(ui, "0901 12");
    const typed = await waitFor(ui.lastFrame, /12\s+invalid/);
    expect(typed).toMatch(/0901\s+Level 1\s+Homicide/);
    await press(ui, "\u007f");
    await press(ui, "\u007f");
    await press(ui, "\u007f");
    await waitFor(ui.lastFrame, (text) => !text.includes("invalid"));
    await press(ui, "\r");
    await waitFor(ui.lastFrame, /booked Jordan Alder: [0-9a-f-]{36}/);
    const trace = await waitFor(ui.lastFrame, /UTC\s+LEA\s+SIB\s+CJIS\s+IAFIS\s+IDENT\s+LESC\s+ICE/);
    expect(trace).toMatch(/│─+CAR─+▶│/);
    expect(trace).toMatch(/a adjudication · e end of local custody/);
    ui.unmount();
  });

  it("Bookings lists what the party may see; Enter opens the trace", async () => {
    const ui = await desk("lea.va", bookingsScreen);
    const list = await waitFor(ui.lastFrame, "DEMO-0001");
    expect(list).toMatch(/booking\s+booked UTC\s+ORI\s+status\s+charges/);
    expect(list).toMatch(/DEMO-0001\s+\S+ \S+\s+VA0010000\s+relayed/);
    await press(ui, "G");
    await press(ui, "\r");
    const trace = await waitFor(ui.lastFrame, /UTC\s+LEA\s+SIB/);
    expect(trace).toMatch(/│─+CAR─+▶│/);
    ui.unmount();
  });

  it("the trace shows a held response's stop with core's reason, in lanes", async () => {
    const ui = await desk("sib.tx", () => bookingScreen("DEMO-0003"));
    const frame = await waitFor(ui.lastFrame, /IDR\/IAR/);
    expect(frame).toMatch(/UTC\s+LEA\s+SIB\s+CJIS\s+IAFIS\s+IDENT\s+LESC\s+ICE/);
    ui.unmount();
  });

  it("the SIB queue shows what waits to be relayed, and the MOA status is one key away", async () => {
    const ui = await desk("sib.tx", sibScreen);
    const frame = await waitFor(ui.lastFrame, "DEMO-0003");
    expect(frame).toMatch(/DEMO-0003\s+TX0010000\s+relay\s+IDR_IAR/);
    expect(frame).toMatch(/r relay · f forward · m MOA status/);
    await press(ui, "m");
    await waitFor(ui.lastFrame, /MOA TX: in-effect/);
    ui.unmount();
  });

  it("the SIB queue keeps the cursor on the booking it acted on when the list reloads and that row moves", async () => {
    const lea = await session("lea.tx");
    const subject = (await lea.api.bookings.subjects.query()).find((x) => x.name === "Morgan Cedar");
    const book = async () => (await lea.api.bookings.book.mutate({ idempotencyKey: crypto.randomUUID(), templateId: subject?.templateId ?? "", charges: ["2399"] })).booking.bookingId;
    const first = await book();
    const second = await book();
    const ui = await desk("sib.tx", sibScreen);
    await waitFor(ui.lastFrame, second.slice(0, 8));
    const cursorLine = () => (ui.lastFrame() ?? "").split("\n").find((l) => l.trimStart().startsWith("›")) ?? "";
    for (let i = 0; i < 40 && !cursorLine().includes(first.slice(0, 8)); i++) await press(ui, "j");
    expect(cursorLine()).toContain(first.slice(0, 8));
    // TX has no relay capability (MOA IV.B): the relay holds it, and held rows sort after those to relay.
    await press(ui, "r");
    await waitFor(ui.lastFrame, `${first.slice(0, 8)}: held-at-sib`);
    await waitFor(ui.lastFrame, () => /held/.test(cursorLine()));
    expect(cursorLine()).toContain(first.slice(0, 8));
    ui.unmount();
  });

  it("the CJIS queue says what each booking waits for", async () => {
    const ui = await desk("cjis", cjisScreen);
    const frame = await waitFor(ui.lastFrame, /nothing waits at CJIS|step/);
    expect(frame).toMatch(/p run the step/);
    ui.unmount();
  });

  it("LESC: the IAQs oldest first with their age; d asks for the outcome in core's words", async () => {
    const ui = await desk("lesc", lescScreen);
    const frame = await waitFor(ui.lastFrame, "DEMO-0005");
    expect(frame).toMatch(/booking\s+ORI\s+waiting\s+IAQ sent\s+charges/);
    expect(frame).toMatch(/waiting \d+d\d+h \(oldest first\)|waiting \d+h\d+m \(oldest first\)/);
    await press(ui, "d");
    const dialog = await waitFor(ui.lastFrame, "subject to removal");
    expect(dialog).toContain("needs further investigation");
    await press(ui, "\u001b"); // Esc: cancel, nothing recorded
    await waitFor(ui.lastFrame, (t) => !t.includes("Enter choose"));
    ui.unmount();
  });

  it("ICE: the priority queue with each step's refusal in core's words", async () => {
    const ui = await desk("dro.was", iceScreen);
    const frame = await waitFor(ui.lastFrame, /detainer: |no cases in your area/);
    expect(frame).toMatch(/d detainer · c custody · r removal/);
    if (!frame.includes("no cases")) expect(frame).toMatch(/custody: (done|may be taken now|not yet \(MOA)/);
    ui.unmount();
  });

  it("MOAs: every state's status; Enter opens one with its notices and modifications", async () => {
    const ui = await desk("program", moasScreen);
    const frame = await waitFor(ui.lastFrame, /AZ\s+\S+/);
    expect(frame).toMatch(/MD\s+.*suspended/);
    expect(frame).toMatch(/AZ\s+.*termination-pending\s+\S+\s+in \d+ days/);
    ui.unmount();
    const one = await desk("program", () => moaScreen("AZ"));
    const detail = await waitFor(one.lastFrame, "notices (");
    expect(detail).toMatch(/termination: takes effect \d{4}-\d\d-\d\d \(\d+ days left, MOA VIII\)/);
    expect(detail).toMatch(/n give notice · p propose modification/);
    one.unmount();
  });

  it("disputes and statistics releases list with their actions", async () => {
    const ui = await desk("sib.va", disputesScreen);
    expect(await waitFor(ui.lastFrame, /no disputes|submitted|resolved|raised/)).toMatch(/s submit a dispute/);
    ui.unmount();
    const pa = await desk("publicaffairs", releasesScreen);
    expect(await waitFor(pa.lastFrame, /no statistics release|requested|approved|published|refused/)).toMatch(/a approve · x refuse/);
    pa.unmount();
  });

  it("the audit log filters by outcome", async () => {
    const ui = await desk("auditor", auditScreen);
    await waitFor(ui.lastFrame, /auth\.signIn/);
    await press(ui, "o");
    await waitFor(ui.lastFrame, "Only the outcome");
    await press(ui, "j");
    await press(ui, "\r"); // success
    const filtered = await waitFor(ui.lastFrame, "filters: outcome success");
    const rows = filtered.split("\n").filter((l) => /^\S?\s+\d\d-\d\d \d\d:/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => l.trimEnd().endsWith("success"))).toBe(true);
    ui.unmount();
  });

  it("statistics with bar charts", async () => {
    const ui = await desk("program", statisticsScreen);
    const frame = await waitFor(ui.lastFrame, "match rate");
    expect(frame).toContain("Flow");
    expect(frame).toMatch(/bookings\s+[█▆▓▒░]+/);
    ui.unmount();
  });
});
