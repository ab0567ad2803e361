// Progress for long CSV runs, on stderr so stdout stays the CSV. On a terminal: one line redrawn
// at most 4 times a second. Otherwise (a log file, CI): a plain line every few seconds, no
// carriage returns.
import type { CsvRunStats } from "@sc/classify-csv";

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

export const TTY_INTERVAL_MS = 250;
export const LOG_INTERVAL_MS = 5_000;

/** Starts reporting; the returned function stops it and clears the redrawn line. */
export function startProgress(stats: CsvRunStats, target: ProgressTarget, now: () => number = () => performance.now()): () => void {
  const started = now();
  const tty = target.isTTY === true;
  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(stats.rows / seconds) : 0;
    return `${formatCount(stats.rows)} rows, ${formatCount(rate)} rows/s`;
  };
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
