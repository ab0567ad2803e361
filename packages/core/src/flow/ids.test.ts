import { describe, expect, it } from "vitest";
import { Tcn, tcnOf } from "./ids";

describe("tcnOf (DOMAIN 3.8)", () => {
  it("numbers a booking's messages from 01, two digits at least, and stays a valid TCN past 99", () => {
    expect([1, 9, 10, 99, 100].map((n) => tcnOf("B1", n))).toEqual(["B1-01", "B1-09", "B1-10", "B1-99", "B1-100"]);
    expect(Tcn.safeParse(tcnOf("9355d42b-4d59-4720-ba97-4a05a780a041", 12)).success).toBe(true);
  });
});
