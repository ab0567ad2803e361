import { describe, expect, it } from "vitest";
import { loadProfile } from "./load-profile";
import { planRun, shardStates, simBooking, subjectRoot } from "./workload";

const profile = loadProfile();

describe("the workload (pure)", () => {
  it("splits N over the states by volume, exactly N, and the largest state gets the most", () => {
    const plan = planRun(profile, { bookings: 100_003, days: 365, seed: 1 });
    expect([...plan.counts.values()].reduce((a, b) => a + b, 0)).toBe(100_003);
    expect(Math.max(...plan.counts.values())).toBe(plan.counts.get("CA"));
    expect(() => planRun(profile, { bookings: 10, days: 1, seed: 1, states: ["VA", "XX"] })).toThrow("--states: XX not in the profile's states");
  });

  it("draws a booking from (seed, state, index) alone: the same facts whenever it is made, another seed other facts", () => {
    const plan = planRun(profile, { bookings: 10_000, days: 365, seed: 7 });
    expect(simBooking(plan, "TX", 1234)).toEqual(simBooking(plan, "TX", 1234));
    const other = planRun(profile, { bookings: 10_000, days: 365, seed: 8 });
    expect(simBooking(other, "TX", 1234)).not.toEqual(simBooking(plan, "TX", 1234));
  });

  it("books a state's bookings in index order within its period, a re-arrest's subject from an earlier booking", () => {
    const plan = planRun(profile, { bookings: 20_000, days: 30, seed: 3 });
    const n = plan.counts.get("VA") ?? 0;
    let last = 0;
    let rearrests = 0;
    for (let k = 0; k < n; k++) {
      const b = simBooking(plan, "VA", k);
      expect(b.bookedAtMs).toBeGreaterThan(last);
      last = b.bookedAtMs;
      const root = subjectRoot(3, profile, "VA", k);
      expect(root).toBeLessThanOrEqual(k);
      expect(b.newSubject === null).toBe(root !== k);
      if (root !== k) rearrests++;
    }
    expect(last).toBeLessThan(Date.parse(profile.start) + 30 * 86_400_000);
    expect(rearrests / n).toBeGreaterThan(0.15);
    expect(rearrests / n).toBeLessThan(0.35);
  });

  it("matches about the profile's IDENT match rate of new subjects (6.6%)", () => {
    const plan = planRun(profile, { bookings: 200_000, days: 365, seed: 11 });
    let subjects = 0;
    let matched = 0;
    for (let k = 0; k < (plan.counts.get("CA") ?? 0); k++) {
      const s = simBooking(plan, "CA", k).newSubject;
      if (s === null) continue;
      subjects++;
      if (s.encounter !== null) matched++;
    }
    expect(matched / subjects).toBeGreaterThan(0.055);
    expect(matched / subjects).toBeLessThan(0.077);
  });

  it("shards states over workers, each state in one shard, balanced by bookings", () => {
    const plan = planRun(profile, { bookings: 100_000, days: 365, seed: 1 });
    const shards = shardStates(plan, 2);
    expect(shards.flat().sort()).toEqual([...plan.counts.keys()].sort());
    const load = shards.map((s) => s.reduce((sum, st) => sum + (plan.counts.get(st) ?? 0), 0));
    expect(Math.abs((load[0] ?? 0) - (load[1] ?? 0))).toBeLessThan(2_000);
  });
});
