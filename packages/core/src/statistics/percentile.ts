// Median and 95th percentile of response times (DOMAIN section 5).
// Decision: nearest-rank percentiles (the value at rank ceil(p*n)), so every
// figure is a response time that actually happened; the median of an even
// count is the mean of the two middle values, as usually taught.

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  if (n % 2 === 1) return sorted[mid] ?? null;
  const a = sorted[mid - 1];
  const b = sorted[mid];
  return a === undefined || b === undefined ? null : (a + b) / 2;
}

/** Nearest-rank percentile, p in (0, 1]. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  return sorted[rank - 1] ?? null;
}
