// Property tests over random histories of one MOA: signatures and notices of
// every kind, form and recipient, at increasing times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContactRole } from "../reference/contacts";
import type { Party } from "../reference/parties";
import type { Instant } from "../shared/time";
import { addDays, compareInstants, fromMillis, toMillis } from "../shared/time";
import type { MoaCommand } from "./commands";
import { decideMoa } from "./decide";
import { MoaEvent } from "./events";
import { evolveMoa, replayMoa } from "./evolve";
import { DeliveryMethod, SuspensionGround } from "./notice";
import type { MoaState } from "./state";
import { moaStatusAt } from "./status";
import { draftMoa, ICE, SIB_VA } from "./testing";

const START = toMillis("2026-01-01T00:00:00.000Z");
const HOUR = 3_600_000;

const step = fc.record({
  afterHours: fc.integer({ min: 0, max: 24 * 20 }),
  transitHours: fc.integer({ min: 0, max: 72 }),
  by: fc.constantFrom<Party>(ICE, SIB_VA),
  what: fc.constantFrom("sign", "termination", "suspension", "resumption"),
  to: fc.constantFrom(...ContactRole.options),
  delivery: fc.constantFrom(...DeliveryMethod.options),
  ground: fc.constantFrom(...SuspensionGround.options),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function toCommands(steps: readonly Step[]): MoaCommand[] {
  let clock = START;
  return steps.map((s, i): MoaCommand => {
    clock += s.afterHours * HOUR;
    const sentAt = fromMillis(clock);
    const receivedAt = fromMillis(clock + s.transitHours * HOUR);
    clock += s.transitHours * HOUR;
    const now = receivedAt;
    if (s.what === "sign") return { type: "SignMoa", now, by: s.by, signatory: "someone", title: "signatory" };
    const common = { id: `n${i}`, to: s.to, delivery: s.delivery, sentAt, receivedAt };
    const notice = s.what === "suspension" ? { kind: "suspension" as const, ...common, ground: s.ground } : { kind: s.what, ...common };
    return { type: "GiveNotice", now, by: s.by, notice };
  });
}

function run(commands: readonly MoaCommand[]): { state: MoaState; events: MoaEvent[] } {
  let state = draftMoa();
  const events: MoaEvent[] = [];
  for (const command of commands) {
    const decision = decideMoa(command, state);
    if (decision.outcome === "accepted") {
      events.push(...decision.events);
      state = decision.events.reduce(evolveMoa, state);
    }
  }
  return { state, events };
}

// Histories that sign first so notices have an MOA in effect to act on.
const history = fc.array(step, { minLength: 1, maxLength: 14 }).map((steps) =>
  toCommands([
    { afterHours: 0, transitHours: 0, by: ICE, what: "sign", to: "SIB", delivery: "oral", ground: "resource-constraints" },
    { afterHours: 1, transitHours: 0, by: SIB_VA, what: "sign", to: "SIB", delivery: "oral", ground: "resource-constraints" },
    ...steps,
  ]),
);

const probe = fc.integer({ min: 0, max: 24 * 400 }).map((h): Instant => fromMillis(START + h * HOUR));

describe("MOA properties", () => {
  it("MOA VIII: no termination takes effect before receipt of its notice plus 30 days", () => {
    fc.assert(
      fc.property(history, probe, (commands, now) => {
        const { state } = run(commands);
        const status = moaStatusAt(state, now);
        if (status.status === "terminated") {
          expect(compareInstants(now, addDays(status.termination.receivedAt, 30))).toBeGreaterThanOrEqual(0);
        }
        if (state.termination !== undefined) {
          expect(state.termination.effectiveAt).toBe(addDays(state.termination.receivedAt, 30));
          // the day before it takes effect the MOA is still not terminated
          expect(moaStatusAt(state, addDays(state.termination.effectiveAt, -1)).status).not.toBe("terminated");
          expect(["personal-delivery", "certified-mail", "registered-mail"]).toContain(state.termination.delivery);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("MOA VI, VIII: status is a pure function of the events and now: replaying the events rebuilds the same state", () => {
    fc.assert(
      fc.property(history, probe, (commands, now) => {
        const { state, events } = run(commands);
        // the events survive a trip through JSON and their schema, as they would through a store
        const stored = MoaEvent.array().parse(JSON.parse(JSON.stringify(events)));
        const rebuilt = replayMoa(draftMoa(), stored);
        expect(rebuilt).toEqual(state);
        expect(moaStatusAt(rebuilt, now)).toEqual(moaStatusAt(state, now));
      }),
      { numRuns: 200 },
    );
  });

  it("MOA VIII: a suspension is in force only between its receipt and the suspending party's resumption", () => {
    fc.assert(
      fc.property(history, probe, (commands, now) => {
        const { state } = run(commands);
        const status = moaStatusAt(state, now);
        if (status.status !== "suspended") return;
        for (const s of status.suspensions) {
          expect(compareInstants(s.since, now)).toBeLessThanOrEqual(0);
          if (s.resumedAt !== undefined) expect(compareInstants(now, s.resumedAt)).toBeLessThan(0);
          const resumption = state.notices.find((n) => n.id === s.resumptionNoticeId);
          if (resumption !== undefined) expect(resumption.from).toBe(s.by);
        }
      }),
      { numRuns: 200 },
    );
  });
});
