// A plain text table for one-shot output: fixed column widths computed from the content (capped),
// the last column taking what is left of the terminal and wrapping.
//
// Speed: a row whose cells all fit is one <Text> of padded cells; only a row that must wrap is
// laid out as one Box per cell. Yoga layout of hundreds of Boxes took over a second for `sc codes`.
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
  /** Terminal width available to the table. */
  readonly width?: number;
  /** Colour for a row, e.g. by status; undefined = default. */
  readonly rowColor?: (row: readonly string[], index: number) => string | undefined;
}

const GAP = 2;
const MIN_LAST_WIDTH = 20;
/** A narrow terminal may give the last column less, down to this. */
const FLOOR_LAST_WIDTH = 12;

/** Pieces a cell may break between: at spaces, and after a hyphen ("pending-" "sentence"); never inside a word. */
export function segments(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.match(/[^-]*-+|[^-]+$/g) ?? [word]).filter((piece) => piece !== "");
}

/** A cell's lines at a width, broken only between segments (a piece longer than the width alone is cut). */
export function wrapCell(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(/[^-]*-+|[^-]+$/g) ?? [word];
    pieces.forEach((piece, i) => {
      const joiner = i === 0 && line !== "" ? " " : "";
      if ((line + joiner + piece).length <= width) line += joiner + piece;
      else {
        if (line !== "") lines.push(line);
        line = piece;
        while (line.length > width) {
          lines.push(line.slice(0, width));
          line = line.slice(width);
        }
      }
    });
  }
  lines.push(line);
  return lines.join("\n");
}

export function Table({ columns, rows, width = 160, rowColor }: TableProps): ReactNode {
  const widths = columns.map((column, i) => {
    const longest = Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length));
    return Math.min(longest, column.maxWidth ?? longest);
  });
  const floors = columns.map((column, i) => Math.min(column.maxWidth ?? Infinity, Math.max(column.header.length, ...rows.flatMap((row) => segments(row[i] ?? "").map((p) => p.length)))));
  fitToWidth(widths, floors, width - MIN_LAST_WIDTH);
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + GAP, 0);
  const lastWidth = Math.max(FLOOR_LAST_WIDTH, width - fixed);
  // The last column wraps to what is left, so its rule is only as long as its header.
  const rule = widths.map((w, i) => "─".repeat(i === widths.length - 1 ? (columns[i]?.header.length ?? w) : w));
  const all = [columns.map((c) => c.header), rule, ...rows];
  const style = (index: number): RowStyle => (index === 0 ? { bold: true } : index === 1 ? { dim: true } : { color: rowColor?.(rows[index - 2] ?? [], index - 2) });
  return <Box flexDirection="column">{blocks(all, widths, lastWidth, style)}</Box>;
}

/**
 * On a narrow terminal, narrow the widest of the fixed columns (their cells wrap)
 * until they fit, but never below a column's longest unbreakable piece: a word is
 * not broken in the middle ("classifie"/"d" at 80 columns was).
 */
function fitToWidth(widths: number[], floors: readonly number[], available: number): void {
  const fixedCount = widths.length - 1;
  const total = () => widths.slice(0, fixedCount).reduce((sum, w) => sum + w + GAP, 0);
  while (total() > available) {
    let widest = -1;
    for (let i = 0; i < fixedCount; i++) {
      const floor = floors[i] ?? 1;
      if ((widths[i] ?? 0) > floor && (widest === -1 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
    }
    if (widest === -1) return;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
}

interface RowStyle {
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly color?: string | undefined;
}

/** Runs of rows that fit become one <Text> of lines (no layout per row); a row that wraps gets Boxes. */
function blocks(all: readonly (readonly string[])[], widths: readonly number[], lastWidth: number, style: (index: number) => RowStyle): ReactNode[] {
  const out: ReactNode[] = [];
  let run: ReactNode[] = [];
  const flush = () => {
    if (run.length > 0) out.push(<Text key={`run-${out.length}`}>{run}</Text>);
    run = [];
  };
  const last = widths.length - 1;
  all.forEach((cells, index) => {
    const { bold, dim, color } = style(index);
    const fits = widths.every((w, i) => (cells[i] ?? "").length <= (i === last ? lastWidth : w));
    if (fits) {
      const line = widths.map((w, i) => (i === last ? (cells[i] ?? "") : (cells[i] ?? "").padEnd(w + GAP))).join("").trimEnd();
      run.push(
        <Text key={index} bold={bold} dimColor={dim} color={color}>
          {run.length > 0 ? `\n${line}` : line}
        </Text>,
      );
      return;
    }
    flush();
    out.push(<WrappedRow key={index} cells={cells} widths={widths} lastWidth={lastWidth} bold={bold} dim={dim} color={color} />);
  });
  flush();
  return out;
}

interface RowProps {
  readonly cells: readonly string[];
  readonly widths: readonly number[];
  readonly lastWidth: number;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly color?: string | undefined;
}

function WrappedRow({ cells, widths, lastWidth, bold, dim, color }: RowProps): ReactNode {
  const last = widths.length - 1;
  return (
    <Box flexDirection="row">
      {widths.map((w, i) => (
        <Box key={i} width={i === last ? lastWidth : w + GAP} paddingRight={i === last ? 0 : GAP} flexShrink={0}>
          <Text bold={bold} dimColor={dim} color={color} wrap="wrap">
            {wrapCell(cells[i] ?? "", i === last ? lastWidth : w)}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
