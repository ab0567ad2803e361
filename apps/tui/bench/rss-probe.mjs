// Preloaded into the benchmark's child (`node --import`): on exit, writes the process's peak
// resident set size (KiB, process.resourceUsage().maxRSS) to the file named by SC_BENCH_RSS_FILE.
// Portable where /usr/bin/time -v is not installed.
import { writeFileSync } from "node:fs";
import process from "node:process";

const target = process.env.SC_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
