// The MOA's machinery in the browser (issue 14): the program office gives a
// termination notice and the state's MOA page counts the days from receipt; a
// suspension stops the next booking's IDENT search and a resumption restores
// it (the booking's trace shows the step withheld with core's reason); a
// dispute goes through both levels, neither party resolving it alone (D11);
// ICE Public Affairs approves one statistics release, which its requester then
// publishes, and refuses another, which never is. axe-core on every page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, docScreenshot, seriousViolations, type Desk, pageAs } from "./desk";
import { startStack, type Stack } from "./stack";

let stack: Stack;
const desks: Desk[] = [];
const DAY_MS = 86_400_000;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const d of desks) await d.close();
  await stack?.stop();
});

const as = (username: string) => pageAs(stack, desks, username);

const api = (username: string) => apiAs(stack.apiUrl, username);

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** A datetime-local value in UTC, to the minute. */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("button", { name: new RegExp(label) }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const banner = (page: Page) => page.getByRole("status").filter({ hasText: "MOA with" }).first();

async function openMoa(page: Page, state: string): Promise<void> {
  await page.goto(`/moa/${state}`);
  await page.getByRole("heading", { level: 1, name: `The MOA with ${state}` }).waitFor();
  await banner(page).waitFor();
}

async function giveNotice(page: Page, kind: "termination" | "suspension" | "resumption", times?: { sent: number; received: number }): Promise<void> {
  const form = page.getByRole("form", { name: "Give notice" });
  await choose(page, "Kind of notice", kind);
  if (times !== undefined) {
    await form.getByLabel("Sent (UTC)").fill(local(times.sent));
    await form.getByLabel("Received (UTC)").fill(local(times.received));
  }
  await form.getByRole("button", { name: `Give the ${kind} notice` }).click();
  await form.getByRole("status").filter({ hasText: "recorded" }).waitFor();
}

/** Books through the typed client as the LEA; answers the booking id and where the automatic steps stopped, if they did. */
async function bookAs(username: string, subject: string, charges: string[], key: string) {
  const lea = await api(username);
  const template = (await lea.bookings.subjects.query()).find((s) => s.name === subject);
  if (template === undefined) throw new Error(`no subject ${subject}`);
  const booked = await lea.bookings.book.mutate({ idempotencyKey: key, templateId: template.templateId, charges });
  return { bookingId: booked.booking.bookingId, stopped: booked.stopped === null ? null : `${booked.stopped.rule}: ${booked.stopped.message}` };
}

async function traceTable(page: Page, bookingId: string) {
  await page.goto(`/bookings/${bookingId}`);
  const table = page.getByRole("table", { name: new RegExp(`Trace of booking ${bookingId}`) });
  await table.waitFor();
  return table;
}

describe("the MOA's machinery in the browser", () => {
  it("the program office gives a termination notice, and the state's MOA page counts the days from receipt (MOA VIII)", async () => {
    const program = await as("program");
    await program.goto("/moa");
    await program.getByRole("link", { name: /NC/ }).waitFor();
    await expectAccessible(program);
    await openMoa(program, "NC");
    const now = Date.now();
    await giveNotice(program, "termination", { sent: now - 3 * DAY_MS, received: now - 2 * DAY_MS });
    await expect.poll(() => banner(program).textContent()).toMatch(/stays in effect until .*, 28 days left \(MOA VIII, 30 days from receipt\)/);
    await expectAccessible(program);
    await docScreenshot(program, "moa-page");

    const sib = await as("sib.nc");
    await openMoa(sib, "NC");
    await expect.poll(() => banner(sib).textContent()).toMatch(/28 days left/);
    const timeline = sib.getByRole("list", { name: "Timeline of the MOA with NC" });
    await expect.poll(() => timeline.textContent()).toMatch(/ICE gave notice of termination NOTICE-\S+ to Demo NC SIB Point of Contact .* by certified mail/);
    await expect.poll(() => timeline.locator("li.ahead").textContent()).toMatch(/The MOA terminates, 30 days after receipt/);
    const day = sib.getByLabel("Day (UTC, as it ends)");
    await day.fill(new Date(now - 5 * DAY_MS).toISOString().slice(0, 10));
    await expect.poll(() => sib.getByRole("region", { name: "What held on a day" }).textContent()).toMatch(/The MOA with NC is in effect/);
    await day.fill(new Date(now + 40 * DAY_MS).toISOString().slice(0, 10));
    await expect.poll(() => sib.getByRole("region", { name: "What held on a day" }).textContent()).toMatch(/The MOA with NC was terminated on/);
    await expectAccessible(sib);

    await program.goto("/moa");
    await expect.poll(() => program.getByRole("row", { name: /NC/ }).textContent()).toMatch(/termination pending.*28$/);
    await docScreenshot(program, "moa-desk");
  });

  it("a suspension stops the next booking's IDENT search, with core's reason on its trace, and a resumption restores it (DOMAIN D7)", async () => {
    const program = await as("program");
    await openMoa(program, "VA");
    await giveNotice(program, "suspension");
    await expect.poll(() => banner(program).textContent()).toMatch(/suspended since/);
    const { bookingId: stopped } = await bookAs("lea.va", "Jordan Alder", ["1201"], "e2e-moa-suspended-0001");

    // The auditor reads every message of the trace (D12); the LEA sees only its own exchange with the SIB.
    const auditor = await as("auditor");
    const table = await traceTable(auditor, stopped);
    await expect.poll(() => table.locator("tbody tr.stop").first().textContent()).toMatch(/no IDENT search.*suspend/i);
    await docScreenshot(auditor, "booking-suspended-by-notice");

    await openMoa(program, "VA");
    await giveNotice(program, "resumption");
    await expect.poll(() => banner(program).textContent()).toMatch(/is in effect/);
    const { bookingId: restored, stopped: restoredStop } = await bookAs("lea.va", "Casey Birch", ["2399"], "e2e-moa-resumed-0001");
    expect(restoredStop).toBeNull();
    const again = await traceTable(auditor, restored);
    await expect.poll(() => again.locator("tbody tr.message td:nth-child(2)").allTextContents(), { timeout: 90_000 }).toContain("IDENT search");
    expect(await again.locator("tbody tr.stop").count()).toBe(0);
  });

  it("a dispute goes to the program office level, is raised to agency level and resolved there, neither party resolving it alone (MOA VII, DOMAIN D11)", async () => {
    const sib = await as("sib.va");
    await openMoa(sib, "VA");
    await sib.getByLabel("Areas of disagreement (in writing, to the program office POC)").fill("Who pays for the second relay line");
    await sib.getByRole("button", { name: "Submit the dispute" }).click();
    const card = (page: Page) => page.getByRole("listitem", { name: /^Dispute DISPUTE-/ }).first();
    await card(sib).waitFor();

    const program = await as("program");
    await openMoa(program, "VA");
    await card(program).getByLabel(/at program office level/).fill("Each party bears its own costs (MOA IX)");
    await card(program).getByRole("button", { name: "Record the resolution (program office level)" }).click();
    await expect.poll(() => card(program).textContent()).toMatch(/Agreeing to the resolution: not now\. DOMAIN D11: neither party resolves a dispute alone/);
    await expectAccessible(program);

    await sib.reload();
    await expect.poll(() => card(sib).textContent()).toMatch(/ICE wrote a resolution at program office level/);
    await card(sib).getByLabel(/did not resolve/).fill("The SIB cannot fund the line this year");
    await card(sib).getByRole("button", { name: "Raise to agency level" }).click();
    await expect.poll(() => card(sib).textContent()).toMatch(/raised to agency level/);

    await program.reload();
    await card(program).getByLabel(/at agency level/).fill("ICE funds the second line");
    await card(program).getByRole("button", { name: "Record the resolution (agency level)" }).click();
    await expect.poll(() => card(program).textContent()).toMatch(/ICE wrote a resolution at agency level/);

    await sib.reload();
    await card(sib).getByRole("button", { name: /Agree in writing to the resolution/ }).click();
    await expect.poll(() => card(sib).locator(".pill").textContent()).toBe("resolved at agency level");
    expect(await card(sib).getByRole("list", { name: /History of dispute/ }).getByRole("listitem").allTextContents()).toEqual([
      expect.stringMatching(/SIB: submitted to program office: Who pays for the second relay line/),
      expect.stringMatching(/SIB: raised to agency level: The SIB cannot fund the line this year/),
      expect.stringMatching(/ICE: resolved at agency level: ICE funds the second line/),
    ]);
    await expectAccessible(sib);
    await docScreenshot(sib, "moa-dispute");
  });

  it("ICE Public Affairs approves one release, which is then published, and refuses another, which never is (MOA X)", async () => {
    const program = await as("program");
    await program.goto("/releases");
    for (const [title, figures] of [
      ["Quarterly bookings, Virginia", "1,204 bookings; 51 IDENT matches"],
      ["Draft match rates", "match rate 4.2% (not final)"],
    ] as const) {
      await program.getByLabel("Title", { exact: true }).fill(title);
      await program.getByLabel("Figures to release").fill(figures);
      await program.getByRole("button", { name: "Ask ICE Public Affairs to approve" }).click();
      await program.getByRole("listitem", { name: `Release ${title}` }).waitFor();
    }

    const publicAffairs = await as("publicaffairs");
    await publicAffairs.goto("/releases");
    const approved = publicAffairs.getByRole("listitem", { name: "Release Quarterly bookings, Virginia" });
    await approved.getByRole("button", { name: "Approve the release" }).click();
    await expect.poll(() => approved.locator(".pill").textContent()).toBe("approved");
    const refused = publicAffairs.getByRole("listitem", { name: "Release Draft match rates" });
    await refused.getByLabel(/Reason for refusing/).fill("the figures are not final");
    await refused.getByRole("button", { name: "Refuse the release" }).click();
    await expect.poll(() => refused.locator(".pill").textContent()).toBe("refused");
    await expectAccessible(publicAffairs);
    await docScreenshot(publicAffairs, "publicaffairs-desk");

    await program.reload();
    const mine = program.getByRole("listitem", { name: "Release Quarterly bookings, Virginia" });
    await mine.getByLabel(/is published/).fill("ice.gov newsroom");
    await mine.getByRole("button", { name: "Publish the release" }).click();
    await expect.poll(() => mine.locator(".pill").textContent()).toBe("published");
    const notMine = program.getByRole("listitem", { name: "Release Draft match rates" });
    await expect.poll(() => notMine.textContent()).toMatch(/Publishing: not now\. MOA X: only a release ICE Public Affairs approved can be published; .* is refused/);
    expect(await notMine.getByRole("button", { name: "Publish the release" }).count()).toBe(0);
    await expectAccessible(program);

    const client = await api("program");
    const refusedId = (await client.releases.list.query()).find((r) => r.title === "Draft match rates")?.requestId ?? "";
    await expect(client.releases.publish.mutate({ requestId: refusedId, channel: "anyway" })).rejects.toThrow(/MOA X: only a release ICE Public Affairs approved can be published/);
    const seenByAnLea = (await (await api("lea.tx")).releases.list.query()).map((r) => `${r.title}: ${r.status}`);
    expect(seenByAnLea).toEqual(["Quarterly bookings, Virginia: published"]);

    await openMoa(publicAffairs, "VA");
    await publicAffairs.getByLabel("Media outlet").fill("Richmond Daily");
    await publicAffairs.getByRole("button", { name: "Give a copy of the MOA to the media" }).click();
    await expect.poll(() => publicAffairs.getByRole("list", { name: "Timeline of the MOA with VA" }).textContent()).toMatch(/gave a copy of the signed MOA to the media \(Richmond Daily\)/);
    await expectAccessible(publicAffairs);
  });
});
