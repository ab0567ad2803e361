// Bookings per second end to end, in memory, through the pure scenario runner:
// book -> CAR -> SIB -> CJIS (IAFIS + IDENT) -> IAQ -> LESC determination ->
// IDR/IAR -> relay to the LEA, every booking an IDENT match. Beside it, in the
// same run and each in a process of its own (engine/child.ts):
// - the deciders alone, with every booking's state and events kept, and with
//   nothing kept: what the runner adds, and what keeping the output costs;
// - the floor: allocating, and keeping, as many plain objects and arrays per
//   booking as a booking's report holds, with nothing computed.
// The floor plus the deciders keeping nothing estimates the most an engine
// that decides these commands and keeps these reports can do on this machine
// (both allocate the output, so the sum is a little under the true ceiling).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PATHS, type PathName, type PathResult } from "./engine/child";

const BOOKINGS = Number(process.env["SC_BENCH_BOOKINGS"] ?? 50_000);
const RUNS = 5;
const TARGET = 100_000;
const CHILD = fileURLToPath(new URL("./engine/child.ts", import.meta.url));

function measure(path: PathName): Promise<PathResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      env: { ...process.env, SC_ENGINE_PATH: path, SC_BENCH_BOOKINGS: String(BOOKINGS), SC_ENGINE_RUNS: String(RUNS) },
      execArgv: process.execArgv, // tsx's loader
    });
    let answer: PathResult | undefined;
    child.on("message", (m) => {
      answer = m as PathResult;
    });
    child.on("error", reject);
    child.on("exit", (code) => (answer === undefined ? reject(new Error(`bench path ${path} exited with ${code} and no answer`)) : resolve(answer)));
  });
}

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? Number.NaN;
const best = (xs: readonly number[]): number => sorted(xs)[0] ?? Number.NaN;
const perSecond = (ms: number): number => Math.round((BOOKINGS / ms) * 1000);
const fmt = (n: number): string => n.toLocaleString("en-US");

function line(r: PathResult, label: string): string {
  const m = median(r.runsMs);
  const gcShare = r.gcMs.reduce((a, b) => a + b, 0) / r.runsMs.reduce((a, b) => a + b, 0);
  return `${label}: median ${m.toFixed(0)} ms -> ${fmt(perSecond(m))}/s, best ${fmt(perSecond(best(r.runsMs)))}/s (runs ${r.runsMs.map((x) => x.toFixed(0)).join(", ")} ms; gc pauses ${(gcShare * 100).toFixed(0)}%)`;
}

export async function run(): Promise<void> {
  const results = new Map<PathName, PathResult>();
  for (const path of PATHS) results.set(path, await measure(path));
  const get = (path: PathName): PathResult => {
    const r = results.get(path);
    if (r === undefined || r.relayed !== BOOKINGS) throw new Error(`bench path ${path} did not run every booking to the LEA: ${r?.relayed ?? 0}/${BOOKINGS}`);
    return r;
  };
  const eng = get("engine");
  const kept = get("deciders-kept");
  const unkept = get("deciders-unkept");
  const fl = get("floor");
  const engineMs = median(eng.runsMs);
  const ceilingMs = best(fl.runsMs) + best(unkept.runsMs);

  console.log(`bookings: ${fmt(BOOKINGS)} (all IDENT matches: 9 messages each, relayed to the LEA); ${RUNS} runs per line, each line in its own process`);
  console.log(line(eng, "engine (runValidScenario, every report kept)"));
  console.log(line(kept, "deciders alone, keeping every state and event (no runner, gate always open)"));
  console.log(line(unkept, "deciders alone, keeping nothing (each booking dropped once relayed)"));
  console.log(line(fl, `floor (allocating and keeping a report's ${fl.shape?.objects ?? "?"} objects and ${fl.shape?.arrays ?? "?"} arrays per booking, nothing computed)`));
  console.log(`engine / floor (medians): ${(median(fl.runsMs) / engineMs).toFixed(2)} (1.00 would be an engine that costs no more than writing its output down)`);
  console.log(`ceiling here (best floor + best deciders keeping nothing: ${((ceilingMs / BOOKINGS) * 1000).toFixed(1)} us per booking): about ${fmt(perSecond(ceilingMs))}/s for any engine that decides these commands and keeps these reports`);
  console.log(`target ${fmt(TARGET)} bookings/s: ${perSecond(engineMs) >= TARGET ? "met" : "not met"}`);
  console.log(`heap kept per booking by a run's result: ${fmt(eng.retainedBytesPerBooking ?? 0)} bytes`);
  console.log(`validation of the scenario JSON (zod + cross-references, not in the figures above): ${(eng.validateMs ?? 0).toFixed(0)} ms -> ${fmt(perSecond(eng.validateMs ?? Number.NaN))}/s`);
  console.log(`response time to LEA: median ${eng.responseToLea?.medianMs ?? "-"} ms, p95 ${eng.responseToLea?.p95Ms ?? "-"} ms (simulated)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
