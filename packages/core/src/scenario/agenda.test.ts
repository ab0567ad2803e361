import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Agenda } from "./agenda";

interface Task {
  readonly ms: number;
  readonly seq: number;
}

/** Pushes (time, lane) and pops, in any mix: what the agenda gives, and what sorting everything waiting gives. */
function replay(ops: readonly ({ push: { ms: number; lane: number } } | { pop: true })[]): { got: (Task | undefined)[]; expected: (Task | undefined)[] } {
  const agenda = new Agenda<Task>();
  const waiting: Task[] = [];
  const got: (Task | undefined)[] = [];
  const expected: (Task | undefined)[] = [];
  let seq = 0;
  for (const op of ops) {
    if ("push" in op) {
      const task = { ms: op.push.ms, seq: seq++ };
      agenda.push(task, op.push.lane);
      waiting.push(task);
    } else {
      waiting.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
      expected.push(waiting.shift());
      got.push(agenda.pop());
    }
  }
  while (waiting.length > 0) {
    waiting.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
    expected.push(waiting.shift());
    got.push(agenda.pop());
  }
  expected.push(undefined);
  got.push(agenda.pop());
  return { got, expected };
}

describe("the runner's agenda", () => {
  it("gives tasks in (time, order scheduled) order, whichever lane each went to and whether or not it came in order", () => {
    const op = fc.oneof(
      fc.record({ push: fc.record({ ms: fc.integer({ min: 0, max: 20 }), lane: fc.integer({ min: 0, max: 4 }) }) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const { got, expected } = replay(ops);
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps order over a long lane that it trims as it goes (more than 4,096 taken)", () => {
    const ops = [
      ...Array.from({ length: 10_000 }, (_, i) => ({ push: { ms: i, lane: 0 } })),
      ...Array.from({ length: 6_000 }, () => ({ pop: true as const })),
      ...Array.from({ length: 3_000 }, (_, i) => ({ push: { ms: 5_000 + 2 * i, lane: i % 2 } })),
    ];
    const { got, expected } = replay(ops);
    expect(got).toEqual(expected);
    expect(got).toHaveLength(13_001);
  });
});
