import { afterEach, describe, expect, it, vi } from "vitest";
import { LOG_INTERVAL_MS, TTY_INTERVAL_MS, startProgress } from "./progress";
import { emptyStats } from "@sc/classify-csv";

afterEach(() => {
  vi.useRealTimers();
});

describe("startProgress", () => {
  it("given stderr is not a terminal, it writes a plain line every few seconds, never a carriage return", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const stats = emptyStats();
    let now = 0;
    const stop = startProgress(stats, { isTTY: false, write: (t) => written.push(t) > 0 }, () => now);
    stats.rows = 200_000;
    now = LOG_INTERVAL_MS;
    vi.advanceTimersByTime(LOG_INTERVAL_MS);
    stop();
    expect(written).toEqual(["progress: 200,000 rows, 40,000 rows/s\n"]);
  });

  it("given a terminal, it redraws one line at most 4 times a second and clears it at the end", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const stats = emptyStats();
    const stop = startProgress(stats, { isTTY: true, write: (t) => written.push(t) > 0 }, () => 0);
    vi.advanceTimersByTime(1000);
    stop();
    expect(written).toHaveLength(1000 / TTY_INTERVAL_MS + 1);
    expect(written.every((t) => t.startsWith("\r"))).toBe(true);
    expect(written.at(-1)).toBe("\r\u001b[K");
  });
});
