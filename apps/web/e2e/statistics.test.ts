// The statistics and profiling-oversight pages (issue 14): the statistics page draws
// every chart with its table, follows its filters, and downloads a CSV whose figures are
// the API's; the oversight view flags the LEA of a seeded world whose IDENT matches are
// mostly traffic offenses, and not its neighbours. axe-core on both pages.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, docScreenshot, seriousViolations, type Desk, pageAs } from "./desk";
import { startStack, type Stack } from "./stack";

let stack: Stack;
const desks: Desk[] = [];

beforeAll(async () => {
  stack = await startStack();
  // Given, through the typed client: VA0010000 (lea.va) books IDENT-matched subjects for
  // traffic offenses, its neighbours VA0020000 (lea.va2) and NC0010000 (lea.nc) for
  // burglaries and larcenies.
  const matches = ["T-DEMO-0001", "T-DEMO-0002", "T-DEMO-0005"];
  const book = async (username: string, count: number, charges: (i: number) => string[]) => {
    const api = await apiAs(stack.apiUrl, username);
    for (let i = 0; i < count; i++) await api.bookings.book.mutate({ idempotencyKey: `e2e-oversight-${username}-${i}`, templateId: matches[i % matches.length] ?? "", charges: charges(i) });
  };
  await book("lea.va", 12, (i) => [i % 2 === 0 ? "5499" : "5404"]);
  await book("lea.va2", 12, (i) => [i % 2 === 0 ? "2299" : "2399"]);
  await book("lea.nc", 4, () => ["2299"]);
});
afterAll(async () => {
  for (const d of desks) await d.close();
  await stack?.stop();
});

const as = (username: string) => pageAs(stack, desks, username);

const cellOf = (page: Page, table: string, row: string, column: number) =>
  page.getByRole("table", { name: table }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: row, exact: true }) }).getByRole("cell").nth(column);

describe("statistics", () => {
  it("draws every chart with its table, follows the state filter, and downloads the same figures as CSV", async () => {
    const page = await as("program");
    await page.goto("/statistics");
    await page.getByRole("heading", { name: "Statistics", level: 1 }).waitFor();
    await page.getByRole("table", { name: "CAR vs CPI" }).waitFor();
    // Every figure: a recharts chart and a table.
    const titles = ["Bookings over time (by week): CAR and CPI", "CAR vs CPI", "Subjects by level", "Determinations by outcome", "Detainers, custody and removals", "Response-time distribution"];
    for (const title of titles) await page.getByRole("table", { name: title }).waitFor();
    await expect.poll(() => page.locator(".stat-chart svg.recharts-surface").count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.locator(".stat-chart .recharts-bar-rectangle").count()).toBeGreaterThan(5);

    const api = await apiAs(stack.apiUrl, "program");
    const all = await api.statistics.summary.query({});
    await expect.poll(() => cellOf(page, "CAR vs CPI", "CAR", 0).textContent()).toBe(String(all.cars));
    expect(all.cars).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);
    await docScreenshot(page, "statistics");

    // The state filter: Virginia's figures.
    await page.getByRole("button", { name: /All states in your scope/ }).click();
    await page.getByRole("option", { name: "Virginia (VA)" }).click();
    const va = await api.statistics.summary.query({ state: "VA" });
    expect(va.cars).toBeLessThan(all.cars);
    await expect.poll(() => cellOf(page, "CAR vs CPI", "CAR", 0).textContent()).toBe(String(va.cars));

    // The CSV: the figures of the filtered page, row by row.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("sc-statistics.csv");
    const path = await download.path();
    const rows = parse(readFileSync(path, "utf8"), { columns: true }) as { table: string; row: string; column: string; value: string }[];
    const value = (table: string, row: string, column: string) => rows.find((r) => r.table === table && r.row === row && r.column === column)?.value;
    expect(value("filter", "state", "")).toBe("VA");
    expect(value("CAR vs CPI", "CAR", "Count")).toBe(String(va.cars));
    expect(value("IDENT searches, matches and the match rate (by week)", "Whole period", "IDENT matches")).toBe(String(va.identMatches));
    expect(value("Determinations by outcome", "Removable", "Determinations")).toBe(String(va.determinations.removable));
    expect(value("Response times from booking: median and 95th percentile (seconds)", "At the SIB", "Responses")).toBe(String(va.responseTimeToSib.count));
    const histogram = await api.statistics.responseTimes.query({ state: "VA" });
    expect(rows.filter((r) => r.table === "Response-time distribution" && r.column === "At the SIB").map((r) => Number(r.value))).toEqual(histogram.map((b) => b.toSib));
  });
});

describe("profiling oversight", () => {
  it("flags the LEA of the seeded world whose matches are mostly traffic offenses, and not its neighbours", async () => {
    const page = await as("auditor");
    await page.goto("/oversight");
    await page.getByRole("heading", { name: "Profiling oversight", level: 1 }).waitFor();
    const table = page.getByRole("table", { name: "Agencies, flagged first" });
    await table.waitFor();
    await expect.poll(() => table.getByRole("row", { name: "VA0010000, flagged" }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row", { name: "VA0020000", exact: true }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row", { name: "NC0010000", exact: true }).count()).toBe(1);
    expect(await table.getByText("Flagged", { exact: true }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row", { name: "VA0010000, flagged" }).textContent()).toMatch(/Level 3 or traffic offenses, [\d.]+ points above VA's/);
    await page.getByText(/suspends no one/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await docScreenshot(page, "oversight");

    // A margin wider than any gap flags no one; the page says the rule it used.
    await page.getByLabel("Margin (percentage points)").fill("99");
    await expect.poll(() => table.getByText("Flagged", { exact: true }).count()).toBe(0);
    await page.getByText(/more than 99 points above/).waitFor();
    // A margin out of range is refused by the API, naming the field.
    await page.getByLabel("Margin (percentage points)").fill("150");
    await page.getByRole("alert").filter({ hasText: /margin is 0 to 100 percentage points/ }).waitFor();
  });

  it("is not a desk of an LEA or a SIB (core's ReadProfilingOversight)", async () => {
    const page = await as("sib.va");
    const links = await page.getByRole("navigation", { name: "Desks" }).getByRole("link").allTextContents();
    expect(links).toContain("Statistics");
    expect(links).not.toContain("Profiling oversight");
  });
});
