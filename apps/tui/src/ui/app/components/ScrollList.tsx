// A list of preformatted rows with a selection that scrolls inside the height it
// is given (long queues, the audit log), and says where you are ("12-30 of 140").
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import { KEYS } from "../keys";

export interface ScrollListProps {
  readonly rows: readonly string[];
  readonly header?: string;
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  readonly onOpen?: (index: number) => void;
  readonly height: number;
  readonly width: number;
  readonly active: boolean;
  readonly empty?: string;
}

export function ScrollList({ rows, header, selected, onSelect, onOpen, height, width, active, empty = "(nothing here)" }: ScrollListProps): ReactNode {
  const visible = Math.max(1, height - (header === undefined ? 0 : 1) - 1);
  useInput(
    (input, key) => {
      if (rows.length === 0) return;
      const go = (i: number) => onSelect(Math.max(0, Math.min(rows.length - 1, i)));
      if (KEYS.up.matches(input, key)) go(selected - 1);
      else if (KEYS.down.matches(input, key)) go(selected + 1);
      else if (KEYS.pageUp.matches(input, key)) go(selected - visible);
      else if (KEYS.pageDown.matches(input, key)) go(selected + visible);
      else if (KEYS.top.matches(input, key)) go(0);
      else if (KEYS.bottom.matches(input, key)) go(rows.length - 1);
      else if (KEYS.open.matches(input, key)) onOpen?.(selected);
    },
    { isActive: active },
  );
  const first = Math.max(0, Math.min(selected - Math.floor(visible / 2), rows.length - visible));
  const shown = rows.slice(first, first + visible);
  const clip = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  return (
    <Box flexDirection="column">
      {header === undefined ? null : <Text bold>{clip(`  ${header}`)}</Text>}
      {rows.length === 0 ? <Text dimColor>{`  ${empty}`}</Text> : null}
      {shown.map((row, i) => {
        const index = first + i;
        const isSelected = index === selected;
        return (
          <Text key={index} inverse={isSelected && active} bold={isSelected}>
            {clip(`${isSelected ? "›" : " "} ${row}`)}
          </Text>
        );
      })}
      {rows.length > visible ? <Text dimColor>{`  ${first + 1}-${first + shown.length} of ${rows.length}`}</Text> : null}
    </Box>
  );
}
