// Issue 15: a JSON syntax error says line and column; a UTF-8 byte-order mark is accepted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSyntaxError, lineAndColumn, parseScenarioText } from "./json-text";

function problem(text: string): string {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error("expected a problem");
  return r.problems.map((p) => p.message).join("\n");
}

describe("a scenario file's text (issue 15)", () => {
  it("given a file that starts with a UTF-8 byte-order mark, when read, then the mark is skipped and the JSON read", () => {
    expect(parseScenarioText('\uFEFF{ "name": "x" }')).toEqual({ ok: true, value: { name: "x" } });
  });

  it("given a missing comma on line 3, when read, then the problem names line 3 and the column, and what was expected", () => {
    expect(problem('{\n  "name": "x",\n  "world": {} "timeline": []\n}')).toBe('not valid JSON: line 3, column 15: expected "," or "}", found "\\""');
  });

  it("given a trailing comma, an unclosed text and a file cut short, then each says where and what", () => {
    expect(problem('{ "a": [1, 2,] }')).toBe('not valid JSON: line 1, column 14: a value after ","; a trailing comma is not JSON, found "]"');
    expect(problem('{ "a": "b }')).toBe("not valid JSON: line 1, column 12: a text is not closed: expected '\"', found the end of the file");
    expect(problem('{\n "a": [1,\n')).toBe("not valid JSON: line 3, column 1: expected a value (an object, a list, a text, a number, true, false or null), found the end of the file");
    expect(problem("")).toContain("line 1, column 1");
  });

  it("given a single-quoted field name, then it is named as such", () => {
    expect(problem("{ 'a': 1 }")).toBe('not valid JSON: line 1, column 3: expected a field name in double quotes or "}", found "\'"');
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("property: any text JSON.parse refuses gets a place within the text (or at its end), never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        if (parses) return;
        const at = firstSyntaxError(text);
        expect(at.offset).toBeGreaterThanOrEqual(0);
        expect(at.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it("reads deep nesting without overflowing the stack", () => {
    expect(problem("[".repeat(200_000))).toContain("found the end of the file");
  });
});
