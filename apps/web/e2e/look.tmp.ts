import { chromium } from "playwright-core";
const [web, user, path, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 900 } });
page.on("console", (m) => m.type() === "error" && console.log("CONSOLE", m.text()));
await page.goto(`${web}/sign-in`);
await page.getByLabel("Username").fill(user!);
await page.getByLabel("Password").fill(`demo-${user}-2026`);
await page.getByRole("button", { name: /sign in/i }).click();
await page.getByRole("navigation", { name: "Desks" }).waitFor();
await page.goto(`${web}${path}`);
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
if (process.env.CLICK) { await page.getByRole("button", { name: new RegExp(process.env.CLICK) }).click(); await page.waitForTimeout(1500); }
await page.screenshot({ path: out!, fullPage: true });
await browser.close();
