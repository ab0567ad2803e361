// What every browser test does on a page: sign in as a demo account, collect
// console errors, run axe-core, and keep a screenshot (for the docs, or of a
// failure).
import AxeBuilder from "@axe-core/playwright";
import { createClient, type ApiClient } from "@sc/client";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { onTestFailed } from "vitest";
import { WEB_DIR, type Stack } from "./stack";

export const demoPassword = (username: string) => `demo-${username}-2026`;

/** The typed client signed in as a demo account (bearer token): a test's other party, beside the browser. */
export async function apiAs(apiUrl: string, username: string): Promise<ApiClient> {
  const { token } = await createClient({ url: apiUrl }).auth.signIn.mutate({ username, password: demoPassword(username) });
  return createClient({ url: apiUrl, token });
}

export interface Desk {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export async function signIn(browser: Browser, webUrl: string, username: string, viewport = { width: 1280, height: 900 }): Promise<Desk> {
  const context = await browser.newContext({ viewport, baseURL: webUrl });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(demoPassword(username));
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("navigation", { name: "Desks" }).waitFor();
  return { page, context, consoleErrors, close: () => context.close() };
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} - ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const SCREENSHOTS = join(WEB_DIR, "../../docs/screenshots");
const FAILURES = join(WEB_DIR, "e2e/failures");

/** With SC_SCREENSHOTS=1, writes docs/screenshots/<name>.png (the README shows them). */
export async function docScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.SC_SCREENSHOTS !== "1") return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** A failing test keeps a screenshot of where it stood (e2e/failures/, not committed). */
export async function failureScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(FAILURES, { recursive: true });
  const path = join(FAILURES, `${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 80)}.png`);
  await page.screenshot({ path, fullPage: true }).catch(() => undefined);
  return path;
}

/**
 * A page signed in as `username`, kept in `opened` for the file's afterAll to close; if the
 * test fails, a screenshot of where this page stood is kept (e2e/failures/).
 */
export async function pageAs(stack: Pick<Stack, "browser" | "webUrl">, opened: Desk[], username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const desk = await signIn(stack.browser, stack.webUrl, username, viewport);
  opened.push(desk);
  onTestFailed(async ({ task }) => {
    console.error(`screenshot of the failure: ${await failureScreenshot(desk.page, `${task.name}-${username}`)}`);
  });
  return desk.page;
}
