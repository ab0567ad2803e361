// Text output of the one-shot API commands: tables through the shared Table
// (widths from the terminal, last column wraps between words) and labelled
// fields wrapped to the width. Loaded on demand, like ui/output.tsx.
import type { ReactNode } from "react";
import { Box, Text } from "ink";
import { BarChart } from "@pppp606/ink-chart";
import { wrapWords } from "../render/wrap";
import { outputColumns, printElement, type OutputStream } from "./print";
import { Table, type TableColumn } from "./Table";

export function printTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], stream: OutputStream, empty = "(none)"): void {
  if (rows.length === 0) {
    stream.write(`${empty}\n`);
    return;
  }
  printElement((width) => <Table columns={columns} rows={rows} width={width} />, stream);
}

/** `label: value` lines, values wrapped under themselves. */
export function printFields(fields: readonly (readonly [string, string])[], stream: OutputStream): void {
  const width = outputColumns(stream);
  const labelWidth = Math.min(24, Math.max(...fields.map(([l]) => l.length)) + 2);
  const lines = fields.flatMap(([label, value]) =>
    wrapWords(value, Math.max(20, width - labelWidth)).map((part, i) => `${(i === 0 ? `${label}:` : "").padEnd(labelWidth)}${part}`),
  );
  stream.write(`${lines.join("\n")}\n`);
}

export function printLines(lines: readonly string[], stream: OutputStream): void {
  stream.write(`${lines.join("\n")}\n`);
}

export interface Bars {
  readonly title: string;
  readonly data: readonly { label: string; value: number }[];
}

/** Bar charts (ink-chart) one under another, for `sc stats`. */
export function printBars(charts: readonly Bars[], stream: OutputStream): void {
  printElement(
    (width): ReactNode => (
      <Box flexDirection="column">
        {charts.map((chart) => (
          <Box key={chart.title} flexDirection="column" marginBottom={1}>
            <Text bold>{chart.title}</Text>
            <BarChart data={chart.data.map((d) => ({ ...d }))} showValue="right" width={Math.min(width, 100)} />
          </Box>
        ))}
      </Box>
    ),
    stream,
  );
}
