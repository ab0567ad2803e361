// Progress for long runs (a CSV, a simulation), on stderr so stdout stays the output. On a
// terminal: one line redrawn at most 4 times a second. Otherwise (a log file, CI): a plain line
// every few seconds, no carriage returns. With a total known: a bar, the rate and the time left.
import type { CsvRunStats } from "@sc/classify-csv";

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

export const TTY_INTERVAL_MS = 250;
export const LOG_INTERVAL_MS = 5_000;

/** Starts reporting; the returned function stops it and clears the redrawn line. */
export function startProgress(stats: CsvRunStats, target: ProgressTarget, now: () => number = () => performance.now()): () => void {
  return startCountProgress(() => ({ done: stats.rows }), "rows", target, now);
}

const BAR_WIDTH = 24;

/** How far a run is: what is done (from when the counter started), and out of how many when known. */
export interface Count {
  readonly done: number;
  readonly total?: number;
  /** Done before this process started (a resumed run): not counted in the rate. */
  readonly before?: number;
}

/** One progress line: `[#####.....] 1,234 / 10,000 bookings, 456 bookings/s, 19 s left`. */
export function progressLine(count: Count, unit: string, seconds: number): string {
  const rate = seconds > 0 ? Math.round((count.done - (count.before ?? 0)) / seconds) : 0;
  const counted = `${formatCount(count.done)}${count.total === undefined ? "" : ` / ${formatCount(count.total)}`} ${unit}, ${formatCount(rate)} ${unit}/s`;
  if (count.total === undefined || count.total <= 0) return counted;
  const filled = Math.min(BAR_WIDTH, Math.round((BAR_WIDTH * count.done) / count.total));
  const left = rate > 0 ? `, ${formatSeconds((count.total - count.done) / rate)} left` : "";
  return `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${counted}${left}`;
}

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** Starts reporting `read()`; the returned function stops it and clears the redrawn line. */
export function startCountProgress(read: () => Count, unit: string, target: ProgressTarget, now: () => number = () => performance.now()): () => void {
  const started = now();
  const tty = target.isTTY === true;
  const line = () => progressLine(read(), unit, (now() - started) / 1000);
  const timer = setInterval(
    () => {
      target.write(tty ? `\r\u001b[K${line()}` : `progress: ${line()}\n`);
    },
    tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS,
  );
  // Never keep the process alive for the sake of a progress line.
  timer.unref();
  return () => {
    clearInterval(timer);
    if (tty) target.write("\r\u001b[K");
  };
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
