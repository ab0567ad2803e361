// The oversight and reference desks (issue 14): the auditor filters the log
// and finds an LEA's booking and every read of that person's record; a CSV
// uploaded to the classifier comes back byte-identical to `sc classify --csv`
// on the same file; an administrator releases a locked account; the glossary.
// axe-core on every page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@sc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, demoPassword, docScreenshot, seriousViolations, signIn, type Desk } from "./desk";
import { startStack, WEB_DIR, type Stack } from "./stack";

let stack: Stack;
const opened: Desk[] = [];
const work = mkdtempSync(join(tmpdir(), "sc-web-tools-"));
const SC_BIN = join(WEB_DIR, "../tui/bin/sc.js");

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const d of opened) await d.close();
  await stack?.stop();
});

async function desk(username: string): Promise<Desk> {
  const d = await signIn(stack.browser, stack.webUrl, username);
  opened.push(d);
  return d;
}

const api = (username: string) => apiAs(stack.apiUrl, username);

describe("the auditor's log", () => {
  it("finds an LEA's booking and the reads of that person's record by object and party, and downloads them as CSV", async () => {
    const lea = await api("lea.nc");
    const subject = (await lea.bookings.subjects.query()).find((s) => s.name === "Morgan Cedar");
    if (subject === undefined) throw new Error("the demo world has no Morgan Cedar");
    const { booking } = await lea.bookings.book.mutate({ idempotencyKey: crypto.randomUUID(), templateId: subject.templateId, charges: ["2399"] });
    await lea.bookings.get.query({ bookingId: booking.bookingId });
    await (await api("sib.nc")).bookings.get.query({ bookingId: booking.bookingId });

    const { page } = await desk("auditor");
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.getByLabel("Object id").fill(booking.bookingId);
    await page.getByRole("button", { name: "Apply the filters" }).click();
    const rows = page.getByRole("row").filter({ hasText: booking.bookingId });
    await expect.poll(() => rows.filter({ hasText: "bookings.book" }).filter({ hasText: "lea.nc" }).count()).toBe(1);
    await expect.poll(() => rows.filter({ hasText: "bookings.get" }).count()).toBe(2);
    expect(await rows.filter({ hasText: "bookings.get" }).filter({ hasText: "sib.nc" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await docScreenshot(page, "audit-log");

    // Only the SIB's reads: the party filter, chosen from the parties the log holds.
    await page.getByRole("button", { name: /Party/ }).click();
    await page.getByRole("option", { name: "SIB NC" }).click();
    await page.getByRole("button", { name: "Apply the filters" }).click();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "lea.nc" }).count()).toBe(0);
    expect(await page.getByRole("row").filter({ hasText: "sib.nc" }).count()).toBeGreaterThan(0);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Download every matching entry as CSV/ }).click();
    const csv = readFileSync((await (await download).path()) ?? "", "utf8").trim().split("\n");
    expect(csv[0]).toBe("id,at,actor,party,action,object_type,object_id,outcome,detail,source");
    expect(csv.length).toBeGreaterThan(1);
    expect(csv.slice(1).every((line) => line.includes(",sib.nc,SIB NC,") && line.includes(booking.bookingId))).toBe(true);
  });
});

describe("the classifier", () => {
  it("returns an uploaded CSV byte-identical to sc classify --csv on the same file", async () => {
    const input = join(work, "charges.csv");
    // A BOM, a quoted field with a comma and a quote, drug codes with and without a sentence,
    // an invalid code, a ragged row: the cases where two implementations would drift apart.
    writeFileSync(input, '\uFEFFbooking,ncic,sentence_days,remark\nB1,0901,,"shot, ""twice"""\nB2,3562,400,\nB3,3562,,pending\nB4,12x4,,bad code\nB5,5404\nB6,6401,2y,D9\n');
    const expected = join(work, "expected.csv");
    execFileSync(process.execPath, [SC_BIN, "classify", "--csv", input, "--out", expected, "--code-column", "ncic", "--sentence-column", "sentence_days", "--quiet"]);

    const { page } = await desk("lea.va");
    await page.getByRole("link", { name: "Classifier" }).click();
    await page.getByRole("heading", { name: "Classifier" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(input);
    await page.getByRole("button", { name: /The sentence column/ }).click();
    await page.getByRole("option", { name: "sentence_days" }).click();
    await page.getByRole("button", { name: "Classify the file" }).click();
    const link = page.getByRole("link", { name: "Download charges.classified.csv" });
    await link.waitFor();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/6 rows classified/);
    const download = page.waitForEvent("download");
    await link.click();
    const got = readFileSync((await (await download).path()) ?? "");
    expect(got.equals(readFileSync(expected))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // The page is long (Appendix A and the NCIC list follow): the picture is the upload, as seen.
    await page.getByRole("heading", { name: "A CSV file" }).evaluate((heading) => heading.scrollIntoView());
    await docScreenshot(page, "classifier", { fullPage: false });
  });

  it("refuses a broken file with the parser's words and the file's name, and keeps nothing", async () => {
    const input = join(work, "unclosed.csv");
    writeFileSync(input, 'ncic,days\n"0901,\n');
    const { page } = await desk("sib.va");
    await page.goto("/classifier");
    await page.locator('input[type="file"]').setInputFiles(input);
    await page.getByRole("button", { name: "Classify the file" }).click();
    await expect.poll(() => page.getByRole("region", { name: "A CSV file" }).getByRole("alert").textContent()).toMatch(/^unclosed\.csv: .*quote/i);
    expect(await page.getByRole("link", { name: /Download unclosed/ }).count()).toBe(0);
  });

  it("explains one code with its rule and D2 note, and lists the codes at Level 3 only by default (D9)", async () => {
    const { page } = await desk("cjis");
    await page.goto("/classifier");
    await page.getByRole("textbox", { name: "NCIC code", exact: true }).fill("3562");
    await page.getByLabel("Sentence (if known)").first().fill("2y");
    await page.getByRole("button", { name: "Classify", exact: true }).click();
    await expect.poll(() => page.getByLabel("Classification of 3562").textContent()).toMatch(/Level 1.*Drugs/s);
    await page.getByText(/Only the codes at Level 3 because Appendix A does not list them/).click();
    await page.getByLabel("Search by code, NCIC literal or category").fill("6401");
    await expect.poll(() => page.getByRole("row").filter({ hasText: "6401" }).filter({ hasText: "D9" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("the administrator", () => {
  it("sees a locked account first and releases the lock, after which the account signs in", async () => {
    const anonymous = createClient({ url: stack.apiUrl });
    for (let i = 0; i < 5; i++) await anonymous.auth.signIn.mutate({ username: "lea.az", password: "not-the-password" }).catch(() => undefined);
    await expect(anonymous.auth.signIn.mutate({ username: "lea.az", password: demoPassword("lea.az") })).rejects.toThrow(/locked/);

    const { page } = await desk("admin");
    await page.getByRole("link", { name: "Accounts" }).click();
    const release = page.getByRole("button", { name: "Release the lock of lea.az" });
    await release.waitFor();
    expect(await page.getByRole("row").nth(1).textContent()).toMatch(/lea\.az/);
    expect(await seriousViolations(page)).toEqual([]);
    await docScreenshot(page, "accounts");
    await release.click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/lea\.az: the lock is released/);
    await expect.poll(() => release.count()).toBe(0);
    const answer = await anonymous.auth.signIn.mutate({ username: "lea.az", password: demoPassword("lea.az") });
    expect(answer.user.username).toBe("lea.az");
  });
});

describe("the glossary", () => {
  it("lists Appendix B and finds a term", async () => {
    const { page } = await desk("publicaffairs");
    await page.getByRole("link", { name: "Glossary" }).click();
    await page.getByLabel("Search the acronyms and their meanings").fill("IAQ");
    await expect.poll(() => page.locator("dl.glossary dt").allTextContents()).toContain("IAQ");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
