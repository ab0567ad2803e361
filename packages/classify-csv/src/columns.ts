// Find the named columns in the header row. An unknown name is the user's mistake: say which
// columns the header does have, rather than classify nothing.
import { CsvInputError } from "./errors";

export interface ColumnIndexes {
  readonly code: number;
  /** -1 when no sentence column was asked for: every sentence is then unknown. */
  readonly sentence: number;
}

/** How the caller names the two column choices in its messages: sc's flags, the web page's labels. */
export interface ColumnLabels {
  readonly code: string;
  readonly sentence: string;
}

export const FLAG_LABELS: ColumnLabels = { code: "--code-column", sentence: "--sentence-column" };

export function resolveColumns(header: readonly string[], codeColumn: string, sentenceColumn: string | undefined, labels: ColumnLabels = FLAG_LABELS): ColumnIndexes {
  const code = findColumn(header, codeColumn, labels.code);
  const sentence = sentenceColumn === undefined ? -1 : findColumn(header, sentenceColumn, labels.sentence);
  return { code, sentence };
}

function findColumn(header: readonly string[], name: string, flag: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  // Header cells are matched as written; a trimmed match forgives "ncic " written by a spreadsheet.
  const trimmed = header.findIndex((cell) => cell.trim() === name.trim());
  if (trimmed !== -1) return trimmed;
  const listed = header.map((cell) => JSON.stringify(cell)).join(", ");
  throw new CsvInputError(`${flag} ${JSON.stringify(name)} is not a column of the input; its header has: ${listed}`);
}
