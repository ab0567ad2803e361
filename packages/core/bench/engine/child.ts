// One measured path of the engine bench, in a process of its own: each path
// starts on a fresh heap, so what one path kept cannot slow the next (in one
// process, the deciders alone measured 34,000/s after the runner's runs and
// 116,000/s on their own). Run by ../engine.ts; answers with one message.
import { performance, PerformanceObserver } from "node:perf_hooks";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { runValidScenario, validateScenario, type Scenario } from "../../src/scenario";
import { decidersAlone, engine, floor, shapeOfOneReport, type ReportShape } from "./paths";
import { engineScenario } from "./world";

export const PATHS = ["engine", "deciders-kept", "deciders-unkept", "floor"] as const;
export type PathName = (typeof PATHS)[number];

export interface PathResult {
  readonly path: PathName;
  /** Wall time of each run, in run order. */
  readonly runsMs: readonly number[];
  /** The main thread's garbage-collection pauses during each run. */
  readonly gcMs: readonly number[];
  /** Bookings that reached the LEA in the last run. */
  readonly relayed: number;
  readonly shape?: ReportShape;
  /** Engine only: heap kept by one run's result, per booking, after a full collection. */
  readonly retainedBytesPerBooking?: number;
  readonly validateMs?: number;
  readonly responseToLea?: { readonly medianMs: number | null; readonly p95Ms: number | null };
}

const WARM_UP_BOOKINGS = 2_000;

/** A full collection on demand: the flag is set before the first call. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function measure(path: PathName, bookings: number, runs: number): Promise<PathResult> {
  let validateMs = performance.now();
  const v = validateScenario(engineScenario(bookings));
  validateMs = performance.now() - validateMs;
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  const scenario: Scenario = v.scenario;
  const warm: Scenario = { ...scenario, timeline: scenario.timeline.slice(0, WARM_UP_BOOKINGS) };
  const shape = path === "floor" ? shapeOfOneReport(scenario) : undefined;
  const once = (s: Scenario): number => {
    switch (path) {
      case "engine":
        return engine(s);
      case "deciders-kept":
        return decidersAlone(s, true);
      case "deciders-unkept":
        return decidersAlone(s, false);
      case "floor":
        return floor(s.timeline.length, shape ?? { objects: 0, arrays: 0 });
    }
  };

  let gcTotal = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcTotal += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0)); // delivers the gc entries

  once(warm);
  const runsMs: number[] = [];
  const gcMs: number[] = [];
  let relayed = 0;
  for (let i = 0; i < runs; i++) {
    await settle();
    const gcBefore = gcTotal;
    const t = performance.now();
    relayed = once(scenario);
    runsMs.push(performance.now() - t);
    await settle();
    gcMs.push(gcTotal - gcBefore);
  }
  observer.disconnect();

  if (path !== "engine") return { path, runsMs, gcMs, relayed, ...(shape === undefined ? {} : { shape }) };
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = runValidScenario(scenario);
  gc();
  const retainedBytesPerBooking = Math.round((process.memoryUsage().heapUsed - before) / result.bookings.length);
  const { medianMs, p95Ms } = result.statistics.responseTimeToLea;
  return { path, runsMs, gcMs, relayed, retainedBytesPerBooking, validateMs, responseToLea: { medianMs, p95Ms } };
}

const path = process.env["SC_ENGINE_PATH"];
if (process.send !== undefined && path !== undefined) {
  const name = PATHS.find((p) => p === path);
  if (name === undefined) throw new Error(`unknown path ${path}`);
  const result = await measure(name, Number(process.env["SC_BENCH_BOOKINGS"] ?? 50_000), Number(process.env["SC_ENGINE_RUNS"] ?? 5));
  process.send(result, () => process.disconnect());
}
