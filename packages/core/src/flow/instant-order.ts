// Ordering instants on the hot path. Two ISO UTC strings of the same length
// have the same shape (same count of fraction digits, all fields fixed-width),
// so they order as strings; only mixed shapes need parsing. The flow compares
// times at every step, and parsing each one dominated the benchmark.
import { compareInstants, type Instant } from "../shared/time";

export function compareInstantsFast(a: Instant, b: Instant): number {
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  return compareInstants(a, b);
}
