import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { traceOf } from "../flow/trace";
import { scenarioResultJson } from "./json";
import { runScenario, type ScenarioResult } from "./runner";

function example(name: string): ScenarioResult {
  const run = runScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), "utf8")));
  if (!run.ok) throw new Error(run.problems.map((p) => p.message).join("; "));
  return run.result;
}

describe("a scenario result as JSON (sc scenario --json)", () => {
  const result = example("03-nff-second-booking-cpi.json");
  type Booking = { status: string; trace: unknown[]; messagesSent: number };

  it("DOMAIN 3.8: puts each booking's trace, read off its events, in its booking beside the state, and leaves the events out unless asked", () => {
    const json = JSON.parse(JSON.stringify(scenarioResultJson(result, { events: false }))) as { bookings: { bookingId: string; booking: Booking; events?: unknown }[] };
    expect(json.bookings).toHaveLength(result.bookings.length);
    json.bookings.forEach((b, i) => {
      const report = result.bookings[i];
      expect(b.bookingId).toBe(report?.bookingId);
      expect(Object.keys(b.booking).slice(0, 3)).toEqual(["status", "booking", "trace"]);
      expect(b.booking.trace).toEqual(JSON.parse(JSON.stringify(traceOf(report?.events ?? []))));
      expect(b.booking.messagesSent).toBe(b.booking.trace.filter((e) => (e as { kind: string }).kind === "message").length);
      expect(b).not.toHaveProperty("events");
    });
  });

  it("keeps each booking's events with `events`", () => {
    const json = scenarioResultJson(result, { events: true }) as { bookings: { events: unknown[] }[] };
    expect(json.bookings.map((b) => b.events.length)).toEqual(result.bookings.map((b) => b.events.length));
  });
});
