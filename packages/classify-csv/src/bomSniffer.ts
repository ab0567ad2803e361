// Remembers whether the input began with a UTF-8 byte order mark, so the output can begin with one
// too (spreadsheets use it to detect UTF-8). csv-parse strips it (`bom: true`) so the first column
// name matches. Looks at the first chunk only; later chunks pass straight through.
import { Transform, type TransformCallback } from "node:stream";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class BomSniffer extends Transform {
  private seen = false;
  hadBom = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.seen) {
      this.seen = true;
      this.hadBom = typeof chunk === "string" ? chunk.startsWith("\uFEFF") : chunk.subarray(0, 3).equals(BOM);
    }
    callback(null, chunk);
  }
}
