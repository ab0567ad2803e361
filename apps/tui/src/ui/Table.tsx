// A plain text table for one-shot output: one Box per row, fixed column widths computed from the
// content (capped), the last column taking what is left and wrapping.
import { Box, Text } from "ink";
import type { ReactNode } from "react";

export interface TableColumn {
  readonly header: string;
  /** Never wider than this; longer cells wrap. */
  readonly maxWidth?: number;
}

export interface TableProps {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** Colour for a row, e.g. by status; undefined = default. */
  readonly rowColor?: (row: readonly string[], index: number) => string | undefined;
}

const GAP = 2;

export function Table({ columns, rows, rowColor }: TableProps): ReactNode {
  const widths = columns.map((column, i) => {
    const longest = Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length));
    return Math.min(longest, column.maxWidth ?? longest);
  });
  return (
    <Box flexDirection="column">
      <Row cells={columns.map((c) => c.header)} widths={widths} bold />
      {/* The last column wraps to what is left, so its rule is only as long as its header. */}
      <Row cells={widths.map((w, i) => "─".repeat(i === widths.length - 1 ? (columns[i]?.header.length ?? w) : w))} widths={widths} dim />
      {rows.map((row, index) => (
        <Row key={index} cells={row} widths={widths} color={rowColor?.(row, index)} />
      ))}
    </Box>
  );
}

interface RowProps {
  readonly cells: readonly string[];
  readonly widths: readonly number[];
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly color?: string;
}

function Row({ cells, widths, bold, dim, color }: RowProps): ReactNode {
  return (
    <Box flexDirection="row">
      {widths.map((width, i) => {
        const last = i === widths.length - 1;
        return (
          <Box key={i} width={last ? undefined : width + GAP} flexGrow={last ? 1 : 0} flexShrink={last ? 1 : 0} minWidth={last ? Math.min(width, 20) : undefined}>
            <Text bold={bold} dimColor={dim} color={color} wrap="wrap">
              {cells[i] ?? ""}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
