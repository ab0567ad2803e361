// Word wrapping for plain-text output: lines break between words, and only a
// word longer than the whole width is cut (a TCN or a URL).
export function wrapWords(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > max) {
        if (line !== "") lines.push(line);
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
        line = "";
      }
      if (line === "") line = rest;
      else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}
