import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Admission } from "./admission";

describe("admission by waiting time (issue 12)", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const track = () => {
    const log: string[] = [];
    return { log, start: (name: string) => () => log.push(`start ${name}`), refuse: (name: string) => () => log.push(`refuse ${name}`) };
  };

  it("starts at once below the limit, then in arrival order as slots free within the budget", () => {
    const admission = new Admission({ maxInFlight: 1, maxWaitMs: 1_000, maxWaiting: 10 });
    const { log, start, refuse } = track();
    admission.admit(start("a"), refuse("a"));
    admission.admit(start("b"), refuse("b"));
    admission.admit(start("c"), refuse("c"));
    vi.advanceTimersByTime(999);
    admission.release();
    expect(log).toEqual(["start a", "start b"]);
    expect(admission.waiting).toBe(1);
  });

  it("refuses a request that cannot start within the budget at the moment the budget ends", () => {
    const admission = new Admission({ maxInFlight: 1, maxWaitMs: 1_000, maxWaiting: 10 });
    const { log, start, refuse } = track();
    admission.admit(start("a"), refuse("a"));
    admission.admit(start("b"), refuse("b"));
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(["start a", "refuse b"]);
    // A refused request never starts, even when a slot frees later.
    admission.release();
    expect(log).toEqual(["start a", "refuse b"]);
    expect(admission.inFlight).toBe(0);
  });

  it("refuses at once past the waiting room, or with no budget at all", () => {
    const full = new Admission({ maxInFlight: 1, maxWaitMs: 1_000, maxWaiting: 1 });
    const { log, start, refuse } = track();
    full.admit(start("a"), refuse("a"));
    full.admit(start("b"), refuse("b"));
    full.admit(start("c"), refuse("c"));
    const none = new Admission({ maxInFlight: 1, maxWaitMs: 0, maxWaiting: 10 });
    none.admit(start("d"), refuse("d"));
    none.admit(start("e"), refuse("e"));
    expect(log).toEqual(["start a", "refuse c", "start d", "refuse e"]);
  });

  it("drops a waiting request whose client went away, and starts the next", () => {
    const admission = new Admission({ maxInFlight: 1, maxWaitMs: 1_000, maxWaiting: 10 });
    const { log, start, refuse } = track();
    admission.admit(start("a"), refuse("a"));
    const withdrawB = admission.admit(start("b"), refuse("b"));
    admission.admit(start("c"), refuse("c"));
    withdrawB();
    admission.release();
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(["start a", "start c"]);
  });

  it("lets fewer run at once when the server completes few a second, so a request waits at the door, not inside", () => {
    const admission = new Admission({ maxInFlight: 64, maxWaitMs: 1_000, maxWaiting: 100 });
    const { log, start, refuse } = track();
    for (const name of ["a", "b", "c"]) admission.admit(start(name), refuse(name));
    expect(admission.limit).toBe(64);
    // One completion in a second: half a second's work is less than one request, so the floor of 2 runs.
    vi.advanceTimersByTime(1_000);
    admission.release();
    expect(admission.limit).toBe(2);
    admission.admit(start("d"), refuse("d"));
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(["start a", "start b", "start c", "refuse d"]);
  });
});
