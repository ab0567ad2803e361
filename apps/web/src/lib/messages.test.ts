import { describe, expect, it } from "vitest";
import { errorLines, needsSignIn } from "./messages";

describe("errorLines", () => {
  it("lists field errors one per line", () => {
    expect(errorLines({ message: "x", code: "BAD_REQUEST", fieldErrors: [{ path: "username", message: "too short" }, { path: "password", message: "enter the password" }] })).toEqual([
      "username: too short",
      "password: enter the password",
    ]);
  });
  it("says the API is unreachable for a network failure", () => {
    expect(errorLines({ message: "fetch failed", code: null, fieldErrors: [] })[0]).toMatch(/not reachable/);
  });
  it("passes the server's message through otherwise", () => {
    expect(errorLines({ message: "username or password is wrong", code: "UNAUTHORIZED", fieldErrors: [] })).toEqual(["username or password is wrong"]);
    expect(needsSignIn({ message: "", code: "UNAUTHORIZED", fieldErrors: [] })).toBe(true);
    expect(needsSignIn({ message: "", code: "FORBIDDEN", fieldErrors: [] })).toBe(false);
  });
});
