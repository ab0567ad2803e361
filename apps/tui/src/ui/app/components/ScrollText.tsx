// Lines that scroll (a trace, an MOA): j/k a line, space/PgDn a page; the first
// `sticky` lines (the diagram's lane names) stay put so long traces keep their lanes.
import { Box, Text, useInput } from "ink";
import { useState, type ReactNode } from "react";
import { KEYS } from "../keys";

export interface ScrollTextProps {
  readonly lines: readonly string[];
  readonly sticky?: readonly string[];
  readonly height: number;
  readonly active: boolean;
}

export function ScrollText({ lines, sticky = [], height, active }: ScrollTextProps): ReactNode {
  const [top, setTop] = useState(0);
  const visible = Math.max(1, height - sticky.length - 1);
  const maxTop = Math.max(0, lines.length - visible);
  useInput(
    (input, key) => {
      const go = (t: number) => setTop(Math.max(0, Math.min(maxTop, t)));
      if (KEYS.up.matches(input, key)) go(top - 1);
      else if (KEYS.down.matches(input, key)) go(top + 1);
      else if (KEYS.pageUp.matches(input, key)) go(top - visible);
      else if (KEYS.pageDown.matches(input, key)) go(top + visible);
      else if (KEYS.top.matches(input, key)) go(0);
      else if (KEYS.bottom.matches(input, key)) go(maxTop);
    },
    { isActive: active },
  );
  const start = Math.min(top, maxTop);
  return (
    <Box flexDirection="column">
      {sticky.map((line, i) => (
        <Text key={`s${i}`} bold>
          {line}
        </Text>
      ))}
      {lines.slice(start, start + visible).map((line, i) => (
        <Text key={i}>{line === "" ? " " : line}</Text>
      ))}
      {lines.length > visible ? <Text dimColor>{`  lines ${start + 1}-${Math.min(lines.length, start + visible)} of ${lines.length} (j/k, space)`}</Text> : null}
    </Box>
  );
}
