// The runner turns milliseconds into ISO instants at every step; Date
// formatting was a large share of a run. A direct-mapped cache of the instants
// it made itself answers most of them (a message's receipt is the next step's
// start, and bookings close together share instants). Slots are chosen modulo
// a prime: times are often multiples of 100 ms, which a power-of-two size
// would crowd into a quarter of the slots. Fixed size, so memory stays flat on
// long runs. Going back (instant -> ms) is toMillis's own fast path.
import { fromMillis, toMillis, type Instant } from "../shared/time";

const SLOTS = 65_521;

export class InstantCache {
  private readonly keys = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly values: (Instant | undefined)[] = new Array<Instant | undefined>(SLOTS).fill(undefined);

  instant(ms: number): Instant {
    let slot = ms % SLOTS;
    if (slot < 0) slot += SLOTS;
    const cached = this.values[slot];
    if (this.keys[slot] === ms && cached !== undefined) return cached;
    const iso = fromMillis(ms);
    this.keys[slot] = ms;
    this.values[slot] = iso;
    return iso;
  }

  millis(instant: Instant): number {
    return toMillis(instant);
  }
}
