// Load shedding by waiting time (issue 12). At most `maxInFlight` requests run
// at once; the next ones wait in arrival order, each for at most `maxWaitMs`.
// One that cannot start within that budget is answered 503 + Retry-After at
// that moment, so a client waits at most the budget (plus the work itself)
// for an answer, never the seconds a queue would build up to. A refused
// request never started, so nothing acknowledged is lost; one whose client
// went away while waiting is dropped.
//
// Decision: the budget defaults to 1 s (SC_MAX_WAIT_MS), well under the 5 s a
// client is assumed to wait, so an answer (work or 503) comes in time to retry.

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

export class Admission {
  private running = 0;
  private readonly queue: Waiting[] = [];
  private head = 0;

  constructor(private readonly options: AdmissionOptions) {}

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
    if (this.running < this.options.maxInFlight && this.waiting === 0) {
      this.running++;
      start();
      return () => {};
    }
    if (this.waiting >= this.options.maxWaiting || this.options.maxWaitMs <= 0) {
      refuse();
      return () => {};
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

  /** A started request finished: the longest-waiting one still waiting starts. */
  release(): void {
    this.running--;
    while (this.head < this.queue.length) {
      const next = this.queue[this.head++];
      if (next === undefined || next.done) continue;
      next.done = true;
      clearTimeout(next.timer);
      this.running++;
      next.start();
      break;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
