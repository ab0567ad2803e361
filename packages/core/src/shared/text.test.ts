import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ownEntry } from "./own";
import { MAX_INPUT_DEPTH, Text, textIssuesIn, textProblem, writtenText } from "./text";

describe("the text rule (issue 12)", () => {
  it.each([
    ["a NUL character", "ab\u0000c", "NUL"],
    ["a lone high surrogate", "ab\ud800", "surrogate"],
    ["a lone low surrogate", "\udc00ab", "surrogate"],
    ["a reversed pair", "\udc00\ud800", "surrogate"],
  ])("refuses %s", (_what, value, word) => {
    expect(textProblem(value)).toContain(word);
  });

  it.each([["plain"], ["Ünïcödé"], ["an emoji 🙂 is a surrogate pair"], [""]])("accepts %j", (value) => {
    expect(textProblem(value)).toBeNull();
  });

  it("refuses through any schema built on Text, at the field's path", () => {
    const schema = z.strictObject({ name: writtenText("the name"), code: Text.regex(/^.*$/s) });
    const result = schema.safeParse({ name: "x\u0000", code: "\ud800" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message.includes("which no text may hold")])).toEqual([
      ["name", true],
      ["code", true],
    ]);
  });

  it("finds every bad string and field name in a whole input, with paths", () => {
    expect(textIssuesIn({ a: ["ok", "x\u0000"], b: { "k\ud800": 1 }, c: 3 }).map((i) => i.path.join("."))).toEqual(["b.k\ud800", "a.1"]);
    expect(textIssuesIn({ a: ["ok"], b: { c: null } })).toEqual([]);
  });

  it("refuses nesting deeper than its limit without recursing", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = textIssuesIn(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toHaveLength(MAX_INPUT_DEPTH);
    expect(issues[0]?.message).toContain("nested more than");
  });
});

describe("ownEntry (issue 12)", () => {
  it("never finds an inherited property", () => {
    const record: Record<string, number> = { a: 1 };
    expect(ownEntry(record, "a")).toBe(1);
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(ownEntry(record, id)).toBeUndefined();
  });
});
