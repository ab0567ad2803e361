// The booking journey through the web UI, as each party signs in (issue 11):
// an LEA books a Level 1 charge that matches; the NFF state's SIB sends a CPI;
// a SIB without relay capability holds, then relays by hand; LESC determines;
// the field office finds the case first, lodges a detainer, is refused custody
// with the MOA's reason, and takes custody once the LEA recorded adjudication
// and release; the booking's diagram shows every message; and after an MOA is
// suspended through the API the next booking's diagram shows IAFIS only and why.
// Every desk and the booking page pass axe-core (no serious or critical
// violation), and no page logs a console error.
import { createClient } from "@sc/client";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docScreenshot, seriousViolations, type Desk, pageAs } from "./desk";
import { startStack, type Stack } from "./stack";

let stack: Stack;
const desks: Desk[] = [];

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const d of desks) await d.close();
  await stack?.stop();
});

const as = (username: string, viewport?: { width: number; height: number }) => pageAs(stack, desks, username, viewport);

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Books a subject picked by name with the given charges; returns the booking id the desk announces. */
async function book(page: Page, subject: string, charges: readonly string[]): Promise<string> {
  await page.goto("/lea");
  await page.getByRole("button", { name: /Subject \(synthetic\)/ }).click();
  await page.getByRole("option", { name: new RegExp(subject) }).click();
  for (const [i, code] of charges.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add a charge" }).click();
    await page.getByLabel(`Charge ${i + 1}`).fill(code);
  }
  await page.getByRole("button", { name: /Book and send the CAR/ }).click();
  const notice = page.getByRole("status").filter({ hasText: "Booked" });
  await notice.waitFor();
  const id = await notice.getByRole("link").textContent();
  if (!id) throw new Error("no booking id announced");
  return id;
}

async function traceTypes(page: Page, bookingId: string): Promise<string[]> {
  await page.goto(`/bookings/${bookingId}`);
  const table = page.getByRole("table", { name: new RegExp(`Trace of booking ${bookingId}`) });
  await table.waitFor();
  return table.locator("tbody tr.message td:nth-child(2)").allTextContents();
}

describe("the booking journey in the browser", () => {
  let level1Booking = "";

  it("an LEA books a Level 1 charge that matches, with the charge classified as it is typed", async () => {
    const lea = await as("lea.va");
    await lea.goto("/lea");
    await lea.getByLabel("Charge 1").fill("1201");
    await expect.poll(() => lea.locator(".answer").first().textContent()).toMatch(/Level 1/);
    await expectAccessible(lea);
    await docScreenshot(lea, "lea-desk");
    level1Booking = await book(lea, "Quinn Elm", ["1201"]);
    await expect.poll(() => lea.getByRole("row", { name: new RegExp(level1Booking) }).textContent()).toMatch(/awaiting response/);
  });

  it("the SIB of an NFF state sends a CPI on a later booking, and says why", async () => {
    const lea = await as("lea.nc");
    const cpiBooking = await book(lea, "Taylor Fir", ["2399"]);
    const sib = await as("sib.nc");
    await sib.goto("/sib");
    await expect.poll(() => sib.getByRole("row", { name: new RegExp(cpiBooking) }).textContent()).toMatch(/CPI \(NFF state, later booking\)/);
    await expect.poll(() => sib.getByRole("status").filter({ hasText: "MOA" }).textContent()).toMatch(/in effect/);
    await expectAccessible(sib);
    await docScreenshot(sib, "sib-desk");
  });

  it("a SIB without relay capability holds the response, then relays it by hand", async () => {
    const lea = await as("lea.tx");
    const noMatch = await book(lea, "Riley Dogwood", ["5499"]);
    const sib = await as("sib.tx");
    await sib.goto("/sib");
    const waiting = sib.getByRole("listitem").filter({ hasText: noMatch });
    await waiting.getByRole("button", { name: /Relay to/ }).click();
    const held = sib.getByRole("region", { name: "Responses held at the SIB" }).getByRole("listitem").filter({ hasText: noMatch });
    await expect.poll(() => held.textContent()).toMatch(/no technical capability to relay/);
    await expectAccessible(sib);
    await held.getByRole("button", { name: /Relay by hand/ }).click();
    await expect.poll(() => sib.getByRole("row", { name: new RegExp(noMatch) }).textContent()).toMatch(/relayed to LEA/);
    expect(await traceTypes(sib, noMatch)).toContain("relay");
  });

  it("LESC finds the IAQ, oldest first with its age, and determines the status", async () => {
    const lesc = await as("lesc");
    await lesc.goto("/lesc");
    const item = lesc.getByRole("listitem").filter({ hasText: level1Booking });
    await expect.poll(() => item.textContent()).toMatch(/waiting \d+ min/);
    await expectAccessible(lesc);
    await docScreenshot(lesc, "lesc-desk");
    await item.getByRole("button", { name: /Immigration status/ }).click();
    await lesc.getByRole("option", { name: "subject to removal" }).click();
    await item.getByRole("button", { name: /Record the determination/ }).click();
    await expect.poll(() => lesc.getByRole("listitem").filter({ hasText: level1Booking }).count()).toBe(0);
  });

  it("the field office finds the case first, lodges a detainer, is refused custody with the MOA's reason, and takes custody after adjudication and release", async () => {
    const ice = await as("dro.was");
    await ice.goto("/ice");
    const first = ice.getByRole("list", { name: "Cases in priority order" }).getByRole("listitem").first();
    await expect.poll(() => first.getAttribute("aria-label")).toBe(`Case 1: ${level1Booking}`);
    await expect.poll(() => first.textContent()).toMatch(/level 1 priority/);
    await first.getByRole("button", { name: "Lodge a detainer" }).click();
    await expect.poll(() => first.textContent()).toMatch(/Lodged a detainer/);
    const custody = first.getByRole("button", { name: "Take into ICE custody" });
    expect(await custody.isDisabled()).toBe(true);
    await expect.poll(() => first.locator(".refusal").first().textContent()).toMatch(/MOA V.*local custody/);
    await expectAccessible(ice);
    await docScreenshot(ice, "ice-desk");

    const lea = await as("lea.va");
    await lea.goto(`/bookings/${level1Booking}`);
    await lea.locator("label", { hasText: "Convicted of 1201" }).click();
    await lea.getByLabel("Sentence in days").fill("400");
    await lea.getByRole("button", { name: "Record adjudication" }).click();
    await lea.getByText("Charges adjudicated.").waitFor();
    await lea.getByRole("button", { name: "Record release" }).click();
    await lea.getByText("Out of local custody.").waitFor();

    await ice.reload();
    const again = ice.getByRole("list", { name: "Cases in priority order" }).getByRole("listitem").first();
    await expect.poll(() => again.getByRole("button", { name: "Take into ICE custody" }).isEnabled()).toBe(true);
    await again.getByRole("button", { name: "Take into ICE custody" }).click();
    await expect.poll(() => again.textContent()).toMatch(/Taken into ICE custody/);
  });

  it("the booking's diagram shows every message, with a table of the same facts", async () => {
    const auditor = await as("auditor");
    expect(await traceTypes(auditor, level1Booking)).toEqual(["CAR", "CAR", "SRE", "IDENT search", "IDENT result", "IAQ", "IAR", "IDR/IAR", "relay"]);
    expect(await auditor.getByRole("img", { name: /Sequence diagram of booking/ }).count()).toBe(1);
    await expectAccessible(auditor);
    await docScreenshot(auditor, "booking-diagram");
  });

  it("after an MOA is suspended through the API, the next booking's diagram shows IAFIS only and the reason", async () => {
    const { token } = await createClient({ url: stack.apiUrl }).auth.signIn.mutate({ username: "sib.az", password: "demo-sib.az-2026" });
    const now = new Date().toISOString();
    await createClient({ url: stack.apiUrl, token }).moa.giveNotice.mutate({
      idempotencyKey: "e2e-suspend-az-0001",
      state: "AZ",
      notice: { kind: "suspension", to: "ICE-DRO", delivery: "other-written", sentAt: now, receivedAt: now, ground: "resource-constraints" },
    });
    const lea = await as("lea.az");
    const suspended = await book(lea, "Jordan Alder", ["1201"]);
    const auditor = await as("auditor");
    expect(await traceTypes(auditor, suspended)).toEqual(["CAR", "CAR", "SRE"]);
    const stop = auditor.locator("tbody tr.stop");
    await expect.poll(() => stop.textContent()).toMatch(/no IDENT search.*suspend/i);
    await docScreenshot(auditor, "booking-diagram-suspended");
  });

  it("logged no console error on any page", () => {
    expect(desks.flatMap((d) => d.consoleErrors)).toEqual([]);
  });
});
