// One-shot output: render an Ink element to a string once and write it. No live terminal session,
// so nothing to wait for or unmount, and piping `sc codes | less` works.
import { renderToString } from "ink";
import type { ReactNode } from "react";

export interface OutputStream {
  readonly columns?: number;
  write(text: string): boolean;
}

/** Width when the output is not a terminal (a pipe or a file): wide enough for the NCIC literals. */
export const DEFAULT_COLUMNS = 160;

export function outputColumns(stream: OutputStream): number {
  return stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS;
}

/** `build` receives the width available, for tables that wrap their last column. */
export function printElement(build: (columns: number) => ReactNode, stream: OutputStream): void {
  const columns = outputColumns(stream);
  stream.write(`${renderToString(build(columns), { columns })}\n`);
}
