// The runner turns milliseconds into ISO instants and back at every step;
// Date formatting and parsing were a large share of a run. A small
// direct-mapped cache of the instants it made itself answers most of them
// (consecutive steps share times: a message's receipt is the next step's
// start). Fixed size, so memory stays flat on long runs.
import { fromMillis, toMillis, type Instant } from "../shared/time";

const SIZE = 4096;

export class InstantCache {
  private readonly keys = new Float64Array(SIZE).fill(Number.NaN);
  private readonly values: (Instant | undefined)[] = new Array<Instant | undefined>(SIZE).fill(undefined);
  private readonly back = new Map<Instant, number>();

  instant(ms: number): Instant {
    const slot = ((ms % SIZE) + SIZE) % SIZE;
    const cached = this.values[slot];
    if (this.keys[slot] === ms && cached !== undefined) return cached;
    const iso = fromMillis(ms);
    if (cached !== undefined) this.back.delete(cached);
    this.keys[slot] = ms;
    this.values[slot] = iso;
    this.back.set(iso, ms);
    return iso;
  }

  millis(instant: Instant): number {
    return this.back.get(instant) ?? toMillis(instant);
  }
}
