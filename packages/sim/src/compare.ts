// --compare: the same seed and size under two profiles, each run in a
// throw-away in-memory database of its own (the MOAs' streams and the
// directory are the world's, so two worlds cannot share one), and every
// figure of the statistics side by side with its difference.
import type { ProgramStatistics } from "@sc/core";
import type { Profile } from "./profile";
import { simulate, type RunResult, type SimulateOptions } from "./simulate";

export interface FigureRow {
  /** The figure's path in ProgramStatistics: "determinations.removable". */
  readonly figure: string;
  readonly base: number | null;
  readonly other: number | null;
  /** other - base, when both are numbers. */
  readonly difference: number | null;
}

export interface Comparison {
  readonly base: RunResult;
  readonly other: RunResult;
  readonly figures: readonly FigureRow[];
}

/** Every number of a statistics answer by its path (the filter is the run's, not a figure). */
export function figuresOf(statistics: ProgramStatistics): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "number" || value === null) out.set(path, value);
    else if (typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path === "" ? k : `${path}.${k}`);
  };
  const { filter: _filter, ...figures } = statistics;
  walk(figures, "");
  return out;
}

export function compareResults(base: RunResult, other: RunResult): Comparison {
  const a = figuresOf(base.statistics);
  const b = figuresOf(other.statistics);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  const figures = names.map((figure) => {
    const x = a.get(figure) ?? null;
    const y = b.get(figure) ?? null;
    return { figure, base: x, other: y, difference: x === null || y === null ? null : y - x };
  });
  return { base, other, figures };
}

export async function compareRuns(options: Omit<SimulateOptions, "database" | "workers" | "profile"> & { readonly base: Profile; readonly other: Profile }): Promise<Comparison> {
  const run = (profile: Profile, offset: number) =>
    simulate({ ...options, profile, database: { kind: "pglite" }, onProgress: (done, total) => options.onProgress?.(done + offset, 2 * total) });
  const base = await run(options.base, 0);
  const other = await run(options.other, options.parameters.bookings);
  return compareResults(base, other);
}
