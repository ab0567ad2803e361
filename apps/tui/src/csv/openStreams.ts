// Opens the CSV input and output named on the command line; "-" means stdin / stdout.
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { CliError } from "../errors";
import { READ_HIGH_WATER_MARK } from "@sc/classify-csv";

export const STDIO = "-";

export interface CsvEnds {
  readonly input: Readable;
  readonly inputName: string;
  readonly output: Writable;
  /** The output file, so a failed run can remove what it half wrote; undefined for stdout. */
  readonly outputPath?: string;
}

export async function openCsvEnds(inPath: string, outPath: string): Promise<CsvEnds> {
  if (inPath !== STDIO) await requireReadableFile(inPath);
  if (inPath !== STDIO && inPath === outPath) throw new CliError(`--out ${outPath} is also the input; write to another file`);
  const input = inPath === STDIO ? process.stdin : createReadStream(inPath, { highWaterMark: READ_HIGH_WATER_MARK });
  const output = outPath === STDIO ? process.stdout : createWriteStream(outPath);
  return {
    input,
    inputName: inPath === STDIO ? "stdin" : inPath,
    output,
    ...(outPath === STDIO ? {} : { outputPath: outPath }),
  };
}

/** Checked before anything is opened, so a missing input leaves no empty output file behind. */
async function requireReadableFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new CliError(`cannot read --csv ${path}: no such file`);
  if (!info.isFile()) throw new CliError(`cannot read --csv ${path}: not a file`);
}
