// POST /downloads/classified?code=ncic&sentence=days&name=in.csv, the body a
// CSV file: the file classified by MOA Appendix A, by @sc/classify-csv, the
// very code behind `sc classify --csv`, so the two files are byte-identical.
// Decision: the classified file is written to a temporary file first and sent
// once complete (with its length, so the page can show download progress). A
// broken file (a quote never closed on row 90,000) is then a clear 400 with
// the parser's words, never a truncated download that looks like a result;
// memory stays flat whatever the file's size.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { classifyCsv, CsvInputError, emptyStats } from "@sc/classify-csv";
import { apiForRequest, problem, requireSession } from "../../../lib/api-for-request";
import { firstProblem, PAGE_LABELS, queryOf } from "./columns";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const session = await requireSession(apiForRequest(request));
  if (!session.ok) return session.response;
  const query = queryOf(request);
  if (!query.success) return problem(400, firstProblem(query.error));
  if (request.body === null) return problem(400, "The upload is empty: choose a CSV file.");
  const { code, sentence, name } = query.data;
  const dir = await mkdtemp(join(tmpdir(), "sc-classified-"));
  const path = join(dir, "classified.csv");
  const stats = emptyStats();
  try {
    await classifyCsv({
      input: Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>),
      output: createWriteStream(path),
      inputName: name,
      codeColumn: code,
      ...(sentence === undefined ? {} : { sentenceColumn: sentence }),
      classify: true,
      stats,
      columnLabels: PAGE_LABELS,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof CsvInputError) return problem(400, error.message);
    return problem(500, "The file could not be classified (an unexpected error on the server); nothing was kept.");
  }
  const { size } = await stat(path);
  const file = createReadStream(path);
  file.once("close", () => void rm(dir, { recursive: true, force: true }));
  const downloadName = `${name.replace(/\.csv$/i, "")}.classified.csv`;
  return new Response(Readable.toWeb(file) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-length": String(size),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(downloadName)}`,
      // The run's counts, for the page's summary beside the download.
      "x-sc-stats": JSON.stringify(stats),
    },
  });
}
