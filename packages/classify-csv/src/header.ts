// The header row of a CSV, read from its first bytes with the same parser settings as the
// classification itself, so a page can offer the file's own columns to choose from.
import { parse } from "csv-parse/sync";
import { PARSE_OPTIONS } from "./classifyCsv";
import { CsvInputError } from "./errors";

/** The first record's cells. `sample` is the file's beginning: enough bytes to hold its first line. */
export function csvHeaderOf(sample: Buffer, inputName: string): string[] {
  let records: string[][];
  try {
    records = parse(sample, { ...PARSE_OPTIONS, to_line: 1 }) as string[][];
  } catch (error) {
    throw new CsvInputError(`${inputName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = records[0];
  if (header === undefined || header.length === 0) throw new CsvInputError(`${inputName} is empty: it has no header row`);
  return header;
}
