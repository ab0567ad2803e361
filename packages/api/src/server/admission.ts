// Load shedding by waiting time (issue 12). At most `maxInFlight` requests run
// at once; the next ones wait in arrival order, each for at most `maxWaitMs`.
// One that cannot start within that budget is answered 503 + Retry-After at
// that moment, so a client waits at most the budget (plus the work itself)
// for an answer, never the seconds a queue would build up to. A refused
// request never started, so nothing acknowledged is lost; one whose client
// went away while waiting is dropped.
//
// Starting is not the whole wait: a request that starts still waits inside for
// the database (one connection on PGlite, one group commit after another). So
// the number let in at once follows what the server gets done: at most what it
// completes in half the budget (Little's law: in flight = rate x time), never
// more than `maxInFlight`. When the machine slows, fewer run at once, the rest
// wait at the door and are refused at the budget, instead of all of them
// waiting inside past a client's patience.
//
// Decision: the budget defaults to 1 s (SC_MAX_WAIT_MS), well under the 5 s a
// client is assumed to wait, so an answer (work or 503) comes in time to retry:
// about half the budget running, at most the budget waiting.

export interface AdmissionOptions {
  /** Requests served at once. */
  readonly maxInFlight: number;
  /** The longest a request may wait to start before it is refused. */
  readonly maxWaitMs: number;
  /** Requests waiting at once before more are refused at once (bounds memory). */
  readonly maxWaiting: number;
}

export interface Waiting {
  readonly start: () => void;
  readonly refuse: () => void;
  timer?: NodeJS.Timeout;
  done: boolean;
}

/** Withdrawing a request that already started or was refused does nothing. */
const NOTHING_TO_WITHDRAW = (): void => undefined;
/** The window completions are counted over. */
const WINDOW_MS = 250;

export class Admission {
  private running = 0;
  private readonly queue: Waiting[] = [];
  private head = 0;
  /** Requests completed per second, smoothed; undefined until a first window is measured. */
  private rate: number | undefined;
  private windowStart = Date.now();
  private windowCompletions = 0;

  constructor(private readonly options: AdmissionOptions) {}

  /** How many may run at once now: what completes in half the budget, at least 2, at most maxInFlight. */
  get limit(): number {
    const { maxInFlight, maxWaitMs } = this.options;
    if (this.rate === undefined || maxWaitMs <= 0) return maxInFlight;
    return Math.max(Math.min(2, maxInFlight), Math.min(maxInFlight, Math.floor((this.rate * maxWaitMs) / 2_000)));
  }

  private measure(): void {
    this.windowCompletions++;
    const now = Date.now();
    const elapsed = now - this.windowStart;
    if (elapsed < WINDOW_MS) return;
    const sample = (this.windowCompletions * 1_000) / elapsed;
    this.rate = this.rate === undefined ? sample : this.rate * 0.7 + sample * 0.3;
    this.windowStart = now;
    this.windowCompletions = 0;
  }

  get inFlight(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length - this.head;
  }

  /**
   * Starts the request now, or when a slot frees within the budget, or refuses
   * it. Returns a function that withdraws it (its client went away); the caller
   * calls `release` once a started request has finished.
   */
  admit(start: () => void, refuse: () => void): () => void {
    if (this.running < this.limit && this.waiting === 0) {
      this.running++;
      start();
      return NOTHING_TO_WITHDRAW;
    }
    if (this.waiting >= this.options.maxWaiting || this.options.maxWaitMs <= 0) {
      refuse();
      return NOTHING_TO_WITHDRAW;
    }
    const entry: Waiting = { start, refuse, done: false };
    entry.timer = setTimeout(() => {
      if (entry.done) return;
      entry.done = true;
      refuse();
    }, this.options.maxWaitMs);
    this.queue.push(entry);
    return () => {
      if (entry.done) return;
      entry.done = true;
      clearTimeout(entry.timer);
    };
  }

  /** A started request finished: the longest-waiting ones still waiting start, as far as the limit allows. */
  release(): void {
    this.running--;
    this.measure();
    while (this.head < this.queue.length && this.running < this.limit) {
      const next = this.queue[this.head++];
      if (next === undefined || next.done) continue;
      next.done = true;
      clearTimeout(next.timer);
      this.running++;
      next.start();
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
