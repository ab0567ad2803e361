// Each desk on its own (issue 11): what the navigation shows comes from the
// API (auth.me's may), every desk passes axe-core at 1280 and 768 pixels wide,
// a double click books once, and the 30-minute idle lock sends the browser
// back to sign-in saying why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, docScreenshot, seriousViolations, signIn, type Desk } from "./desk";
import { startStack, type Stack } from "./stack";

let stack: Stack;
const opened: Desk[] = [];

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const d of opened) await d.close();
  await stack?.stop();
});

async function desk(username: string, width = 1280): Promise<Desk> {
  const d = await signIn(stack.browser, stack.webUrl, username, { width, height: 900 });
  opened.push(d);
  return d;
}

const navLabels = async (d: Desk) => d.page.getByRole("navigation", { name: "Desks" }).getByRole("link").allTextContents();

describe("the desks", () => {
  it("shows each party only the desks core lets it use: the IAQ queue to LESC (and to the auditor, who reads every queue, D12), to no other party", async () => {
    expect(await navLabels(await desk("lea.va"))).toEqual(["Book a subject", "Bookings", "MOAs", "Statistics", "Classifier", "Glossary"]);
    expect(await navLabels(await desk("lesc"))).toContain("IAQ queue");
    for (const username of ["lea.va", "sib.va", "cjis", "dro.was"]) expect(await navLabels(await desk(username))).not.toContain("IAQ queue");
  });

  it.each([
    ["cjis", "/cjis", "cjis-desk"],
    ["auditor", "/bookings", "bookings-list"],
    ["sib.tx", "/sib", null],
    ["dro.was", "/ice", null],
  ] as const)("%s's %s passes axe-core at 1280 and 768 pixels wide", async (username, path, screenshot) => {
    for (const width of [1280, 768]) {
      const d = await desk(username, width);
      await d.page.goto(path);
      await d.page.getByRole("heading", { level: 1 }).waitFor();
      await d.page.locator("table, ol.cards > li").first().waitFor();
      expect(await seriousViolations(d.page)).toEqual([]);
      if (screenshot !== null) await docScreenshot(d.page, width === 1280 ? screenshot : `${screenshot}-768`);
    }
  });

  it("passes axe-core on the sign-in page", async () => {
    const context = await stack.browser.newContext({ baseURL: stack.webUrl });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByText(/system use|authorized/i).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await docScreenshot(page, "sign-in");
    await context.close();
  });

  it("books once on a double click: one submission, one idempotency key", async () => {
    const d = await desk("lea.md");
    const api = await apiAs(stack.apiUrl, "lea.md");
    const before = (await api.bookings.list.query({ limit: 500 })).items.length;
    await d.page.goto("/lea");
    await d.page.getByRole("button", { name: /Subject \(synthetic\)/ }).click();
    await d.page.getByRole("option", { name: /Morgan Cedar/ }).click();
    await d.page.getByLabel("Charge 1").fill("2399");
    await d.page.getByRole("button", { name: /Book and send the CAR/ }).dblclick();
    await d.page.getByRole("status").filter({ hasText: "Booked" }).waitFor();
    await d.page.waitForTimeout(1000);
    expect((await api.bookings.list.query({ limit: 500 })).items.length).toBe(before + 1);
  });

  it("locks a desk left 30 minutes without a key or a click, and says why on the sign-in page", async () => {
    const context = await stack.browser.newContext({ baseURL: stack.webUrl });
    await context.clock.install();
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Username").fill("cjis");
    await page.getByLabel("Password").fill("demo-cjis-2026");
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("navigation", { name: "Desks" }).waitFor();
    await page.clock.fastForward("31:00");
    await page.waitForURL(/\/sign-in/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/locked after 30 minutes/);
    await context.close();
  });
});
