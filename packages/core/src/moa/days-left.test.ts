import { describe, expect, it } from "vitest";
import { terminationDaysLeft } from "./days-left";
import { apply, notice, SIB_VA, signedMoa } from "./testing";

const RECEIVED = "2026-02-01T12:00:00.000Z";

describe("days left of a termination notice (MOA VIII: 30 days after receipt)", () => {
  const terminating = apply(signedMoa(), notice(SIB_VA, { kind: "termination", id: "n1", to: "ICE-DRO", delivery: "certified-mail", sentAt: "2026-01-30T12:00:00.000Z", receivedAt: RECEIVED }));

  it("given no termination notice, then there are no days left to count", () => {
    expect(terminationDaysLeft(signedMoa(), RECEIVED)).toBeNull();
  });
  it("given a notice received, when asked at receipt, then 30 days are left, counted from receipt", () => {
    expect(terminationDaysLeft(terminating, RECEIVED)).toBe(30);
  });
  it("given 29 and a half days later, then one day (a part of a day counts) is left; at the effective instant none", () => {
    expect(terminationDaysLeft(terminating, "2026-03-03T00:00:00.000Z")).toBe(1);
    expect(terminationDaysLeft(terminating, "2026-03-03T12:00:00.000Z")).toBe(0);
  });
});
