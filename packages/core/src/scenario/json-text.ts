// A scenario file's text to a JSON value, or one problem saying where the
// text stops being JSON: line and column (from 1), and what was expected.
// A UTF-8 byte-order mark at the start is accepted: editors on some systems
// write one, and it is invisible. Pure: the caller reads the file.
import type { Problem } from "../reference/problem";

export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

const BOM = "\uFEFF";

export function parseScenarioText(text: string): JsonText {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // JSON.parse's message names a position on some Node versions and not on others: find it here.
    const { offset, message } = firstSyntaxError(body);
    const { line, column } = lineAndColumn(body, offset);
    return { ok: false, problems: [{ path: "", message: `not valid JSON: line ${line}, column ${column}: ${message}` }] };
  }
}

/** Line and column (both from 1; a column counts UTF-16 units, as editors mostly do) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

interface SyntaxAt {
  readonly offset: number;
  readonly message: string;
}

class Stop extends Error {
  constructor(readonly at: SyntaxAt) {
    super(at.message);
  }
}

function found(text: string, i: number): string {
  if (i >= text.length) return "the end of the file";
  const c = text[i] ?? "";
  return c === "\n" ? "a line break" : JSON.stringify(c);
}

/**
 * The first place `text` breaks the JSON grammar (RFC 8259), found by a
 * recursive-descent scan. Called only once JSON.parse has failed, so its
 * speed does not matter; its depth is bounded by an explicit stack.
 */
export function firstSyntaxError(text: string): SyntaxAt {
  try {
    return scan(text);
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
}

function scan(text: string): SyntaxAt {
  let i = 0;
  const fail = (message: string): never => {
    throw new Stop({ offset: i, message: `${message}, found ${found(text, i)}` });
  };
  const space = (): void => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail("a text is not closed: expected '\"'");
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail("a control character inside a text: write it escaped (\\n, \\t)");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail("expected four hexadecimal digits after \\u");
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i++;
          fail('a backslash in a text starts one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u');
        }
        i += 2;
        continue;
      }
      i++;
    }
  };
  const number = (): void => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === "" || m[0] === "-") fail("expected a value (an object, a list, a text, a number, true, false or null)");
    i += (m as RegExpExecArray)[0].length;
  };
  const word = (w: string): void => {
    if (text.startsWith(w, i)) i += w.length;
    else fail("expected a value (an object, a list, a text, a number, true, false or null)");
  };
  const member = (): void => {
    space();
    if (text[i] !== '"') fail('expected a field name in double quotes or "}"');
    string();
    space();
    if (text[i] !== ":") fail('expected ":" after a field name');
    i++;
  };
  // The containers open, innermost last: "{" or "[". A loop, not recursion, so no nesting overflows the stack.
  const open: string[] = [];
  let needValue = true;
  for (;;) {
    space();
    if (needValue) {
      const c = text[i];
      if (c === "{" || c === "[") {
        const close = c === "{" ? "}" : "]";
        open.push(c);
        i++;
        space();
        if (text[i] === close) {
          open.pop();
          i++;
          needValue = false;
        } else if (c === "{") {
          member();
        }
        continue;
      }
      if (c === '"') string();
      else if (c === "t") word("true");
      else if (c === "f") word("false");
      else if (c === "n") word("null");
      else number();
      needValue = false;
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined) {
      if (i < text.length) fail("expected the end of the file after the value");
      // The text is JSON after all (JSON.parse disagreed): say so at the end.
      return { offset: i, message: "the text could not be read as JSON" };
    }
    const close = top === "{" ? "}" : "]";
    if (text[i] === close) {
      open.pop();
      i++;
      continue;
    }
    if (text[i] !== ",") fail(`expected "," or "${close}"`);
    i++;
    space();
    if (text[i] === close) fail(`${top === "{" ? "a field" : "a value"} after ","; a trailing comma is not JSON`);
    if (top === "{") member();
    needValue = true;
  }
}
