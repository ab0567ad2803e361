// Find the named columns in the header row. An unknown name is the user's mistake: say which
// columns the header does have (exit code 2), rather than classify nothing.
import { CliError } from "../errors";

export interface ColumnIndexes {
  readonly code: number;
  /** -1 when no sentence column was asked for: every sentence is then unknown. */
  readonly sentence: number;
}

export function resolveColumns(header: readonly string[], codeColumn: string, sentenceColumn: string | undefined): ColumnIndexes {
  const code = findColumn(header, codeColumn, "--code-column");
  const sentence = sentenceColumn === undefined ? -1 : findColumn(header, sentenceColumn, "--sentence-column");
  return { code, sentence };
}

function findColumn(header: readonly string[], name: string, flag: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  // Header cells are matched as written; a trimmed match forgives "ncic " written by a spreadsheet.
  const trimmed = header.findIndex((cell) => cell.trim() === name.trim());
  if (trimmed !== -1) return trimmed;
  const listed = header.map((cell) => JSON.stringify(cell)).join(", ");
  throw new CliError(`${flag} ${JSON.stringify(name)} is not a column of the input; its header has: ${listed}`);
}
