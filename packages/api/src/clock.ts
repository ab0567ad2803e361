// The clock is a value in the context, so tests drive time (idle lock, lockout window).
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: string | Date) {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  advanceMinutes(minutes: number): void {
    this.#ms += minutes * 60_000;
  }
  advanceMs(ms: number): void {
    this.#ms += ms;
  }
}
