// Streams a CSV of any size through Appendix A: every input row and column unchanged and in order,
// plus sc_level, sc_category, sc_status and sc_note. parse -> classify -> stringify, joined by
// pipeline() so backpressure keeps memory flat whatever the file size.
//
// The same function, with `classify: false`, passes rows through unchanged: that is the benchmark's
// baseline, so both runs share the parser, the stringifier and their settings.
import { pipeline } from "node:stream/promises";
import { Transform, type Readable, type TransformCallback, type Writable } from "node:stream";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import { BomSniffer } from "./bomSniffer";
import { FLAG_LABELS, resolveColumns, type ColumnIndexes, type ColumnLabels } from "./columns";
import { CsvInputError } from "./errors";
import { createCellCache, type CellCache, type CachedCells } from "./cellCache";
import { emptyStats, type CsvRunStats } from "./stats";

/** The columns appended to every row, in this order. */
export const SC_COLUMNS = ["sc_level", "sc_category", "sc_status", "sc_note"] as const;

export interface CsvClassifyOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** Shown in error messages ("IN.csv", "stdin"). */
  readonly inputName: string;
  readonly codeColumn: string;
  /** Cells hold days ("400") or a duration ("400d", "18m", "2y"); empty = sentence unknown. */
  readonly sentenceColumn?: string;
  /** false: pass rows through unchanged (benchmark baseline). */
  readonly classify: boolean;
  /** Updated as rows go by, so a progress display can read it. */
  readonly stats?: CsvRunStats;
  /** How messages name the column choices (default: sc's flags). */
  readonly columnLabels?: ColumnLabels;
}

// Shared by both modes. `relax_column_count`: ragged rows reach us instead of stopping the run
// (see RowStage.classifyRow); `relax_quotes`: a stray quote inside an unquoted field is kept as text.
export const PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true } as const;
const STRINGIFY_OPTIONS = {} as const;
// 64 KiB reads: csv-parse turns a whole chunk into records at once, so 1 MiB reads made it hold
// ~15,000 rows at a time (peak RSS about 80 MB higher).
export const READ_HIGH_WATER_MARK = 1 << 16;
// Rows are stringified BATCH_ROWS at a time (csv-stringify's sync API, same options) and written as
// one string: one push and one write per batch instead of one per row.
const BATCH_ROWS = 512;
// Classifying, each row goes to csv-stringify with this one marker cell in place of the four sc_
// cells, and the marker is then replaced by the four cells csv-stringify wrote once per
// (code, sentence) pair (cellCache). csv-stringify's cost is per field, so this saves three fields
// per row. The marker has no comma, quote or newline, so it is never quoted; if a batch's text
// holds it more often than there are rows (the data itself contains it), that batch is written
// the plain way instead. Either way every byte comes from csv-stringify.
const MARKER = "\u0001sc-cells\u0002";

export async function classifyCsv(options: CsvClassifyOptions): Promise<CsvRunStats> {
  const stats = options.stats ?? emptyStats();
  const sniffer = new BomSniffer();
  const rows = new RowStage(options, stats, sniffer);
  try {
    await pipeline(options.input, sniffer, parse(PARSE_OPTIONS), rows, options.output);
  } catch (error) {
    throw explainCsvError(error, options.inputName);
  }
  if (!rows.sawHeader) throw new CsvInputError(`${options.inputName} is empty: it has no header row`);
  return stats;
}

/** Turns each parsed row (an array of strings) into the output row, and batches of rows into CSV text. */
class RowStage extends Transform {
  sawHeader = false;
  private batch: string[][] = [];
  /** The sc_ cells of each row in `batch` (classifying only). */
  private cells: CachedCells[] = [];
  private columns: ColumnIndexes = { code: -1, sentence: -1 };
  private width = 0;
  private readonly cache: CellCache = createCellCache();

  constructor(
    private readonly options: CsvClassifyOptions,
    private readonly stats: CsvRunStats,
    private readonly sniffer: BomSniffer,
  ) {
    super({ writableObjectMode: true, readableObjectMode: false });
  }

  private enqueue(row: string[], callback: TransformCallback): void {
    this.batch.push(row);
    if (this.batch.length < BATCH_ROWS) {
      callback();
      return;
    }
    callback(null, this.takeBatch());
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.batch.length > 0 ? this.takeBatch() : undefined);
  }

  private takeBatch(): string {
    const { batch, cells } = this;
    this.batch = [];
    this.cells = [];
    const text = stringify(batch, STRINGIFY_OPTIONS);
    if (!this.options.classify) return text;
    const parts = text.split(MARKER);
    if (parts.length === batch.length + 1) {
      let out = parts[0] ?? "";
      for (let i = 0; i < cells.length; i++) out += (cells[i]?.csv ?? "") + (parts[i + 1] ?? "");
      return out;
    }
    // The data contains the marker: write the batch with the four cells in place, plainly.
    const full = batch.map((row, i) => {
      const c = cells[i];
      return c === undefined ? row : [...row.slice(0, -1), c.level, c.category, c.status, c.note];
    });
    return stringify(full, STRINGIFY_OPTIONS);
  }

  override _transform(row: string[], _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.sawHeader) {
      this.header(row, callback);
      return;
    }
    this.stats.rows++;
    if (this.options.classify) this.classifyRow(row);
    this.enqueue(row, callback);
  }

  private header(row: string[], callback: TransformCallback): void {
    this.sawHeader = true;
    this.width = row.length;
    if (this.options.classify) {
      try {
        this.columns = resolveColumns(row, this.options.codeColumn, this.options.sentenceColumn, this.options.columnLabels ?? FLAG_LABELS);
      } catch (error) {
        callback(error as Error);
        return;
      }
      row.push(...SC_COLUMNS);
    }
    // The header is the first record, so the BOM goes first.
    callback(null, `${this.sniffer.hadBom ? "\uFEFF" : ""}${stringify([row], STRINGIFY_OPTIONS)}`);
  }

  private classifyRow(row: string[]): void {
    let cells: CachedCells;
    if (row.length === this.width) {
      const code = row[this.columns.code] ?? "";
      const sentence = this.columns.sentence === -1 ? "" : (row[this.columns.sentence] ?? "");
      cells = this.cache.cellsFor(code, sentence);
    } else {
      // Decision (README "Ragged rows"): a row with more or fewer fields than the header is
      // invalid, its own fields are kept as they are; a short row is padded with empty cells so
      // the sc_ columns still sit under their header. A long row keeps its extra fields, so its
      // sc_ cells come after them (it never lined up with the header anyway).
      cells = this.cache.ragged(this.stats.rows, row.length, this.width);
      while (row.length < this.width) row.push("");
      this.stats.ragged++;
    }
    this.stats.byStatus[cells.status]++;
    this.stats.byLevel[cells.levelKey]++;
    row.push(MARKER);
    this.cells.push(cells);
  }
}

function explainCsvError(error: unknown, inputName: string): unknown {
  if (error instanceof CsvInputError) return error;
  // csv-parse's errors carry a code (CSV_QUOTE_NOT_CLOSED, ...) and say the line: keep its words.
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string" && code.startsWith("CSV_")) {
    return new CsvInputError(`${inputName}: ${error.message}`);
  }
  return error;
}
