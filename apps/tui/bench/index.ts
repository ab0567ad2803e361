// `pnpm --filter @sc/tui bench`: the acceptance figures for `sc classify --csv`.
// Generates a CSV (5,000,000 rows, or SC_BENCH_ROWS) in the temp directory, then runs the REAL
// CLI as child processes: once passing rows through unclassified (hidden --no-classify: same
// parser, stringifier and settings) and once classifying. Prints rows/s for each, the ratio
// (target: at least 0.60) and each child's peak RSS (target: under 200 MB). Asserts nothing.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCsv } from "./generate";

const ROWS = Number(process.env.SC_BENCH_ROWS ?? 5_000_000);
const SC = fileURLToPath(new URL("../bin/sc.js", import.meta.url));
const PROBE = fileURLToPath(new URL("./rss-probe.mjs", import.meta.url));

interface RunFigures {
  readonly mode: string;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /** The CLI's own figure from its summary: rows / time spent streaming (start-up excluded). */
  readonly streamRowsPerSecond: number;
  readonly peakRssMb: number;
  readonly outputMb: number;
}

async function runCli(mode: "pass-through" | "classify", input: string, dir: string): Promise<RunFigures> {
  const output = join(dir, `${mode}.out.csv`);
  const rssFile = join(dir, `${mode}.rss`);
  const args = ["--import", PROBE, SC, "classify", "--csv", input, "--out", output, "--code-column", "ncic", "--sentence-column", "sentence_days"];
  if (mode === "pass-through") args.push("--no-classify");
  const started = performance.now();
  let stderr = "";
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "pipe"], env: { ...process.env, SC_BENCH_RSS_FILE: rssFile } });
    // stderr (the progress lines and the summary) is shown as it comes, and kept for the summary.
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      stderr += text;
      process.stderr.write(text);
    });
    child.on("error", reject);
    child.on("close", resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`sc classify (${mode}) exited with ${String(code)}`);
  const peakKb = Number(await readFile(rssFile, "utf8"));
  const outputMb = (await stat(output)).size / 2 ** 20;
  await rm(output);
  const streamed = /rows in ([\d.]+) s/.exec(stderr);
  const streamSeconds = streamed?.[1] === undefined ? Number.NaN : Number(streamed[1]);
  return { mode, seconds, rowsPerSecond: ROWS / seconds, streamRowsPerSecond: ROWS / streamSeconds, peakRssMb: peakKb / 1024, outputMb };
}

function row(cells: readonly string[]): string {
  const widths = [14, 10, 12, 16, 14, 12];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 10) : cell.padStart(widths[i] ?? 10))).join(" ");
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "sc-bench-"));
  try {
    const input = join(dir, "bookings.csv");
    const genStart = performance.now();
    await generateCsv(input, ROWS);
    const inputMb = (await stat(input)).size / 2 ** 20;
    console.log(`generated ${ROWS.toLocaleString("en-US")} rows (${inputMb.toFixed(0)} MB) in ${((performance.now() - genStart) / 1000).toFixed(1)} s: ${input}`);
    const pass = await runCli("pass-through", input, dir);
    const classify = await runCli("classify", input, dir);
    console.log("");
    console.log(row(["run", "seconds", "rows/s", "stream rows/s", "peak RSS MB", "output MB"]));
    for (const r of [pass, classify]) {
      const perSecond = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "?");
      console.log(row([r.mode, r.seconds.toFixed(1), perSecond(r.rowsPerSecond), perSecond(r.streamRowsPerSecond), r.peakRssMb.toFixed(0), r.outputMb.toFixed(0)]));
    }
    const ratio = classify.rowsPerSecond / pass.rowsPerSecond;
    const streamRatio = classify.streamRowsPerSecond / pass.streamRowsPerSecond;
    console.log(`\nclassify / pass-through rows/s: ${ratio.toFixed(2)} wall-clock, ${streamRatio.toFixed(2)} streaming (target >= 0.60)`);
    console.log("peak RSS target: under 200 MB. seconds: wall-clock per child, start-up included;");
    console.log("stream rows/s: the CLI's own summary (rows / time spent streaming).");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
