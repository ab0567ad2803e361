// POST /downloads/classified/header?name=in.csv, the body the file's first
// 64 KiB: its header row as @sc/classify-csv reads it, so the page offers the
// file's own columns for the code and the sentence.
import { csvHeaderOf, CsvInputError } from "@sc/classify-csv";
import { apiForRequest, problem, requireSession } from "../../../../lib/api-for-request";

export const dynamic = "force-dynamic";

const SAMPLE_LIMIT = 1 << 16;

export async function POST(request: Request): Promise<Response> {
  const session = await requireSession(apiForRequest(request));
  if (!session.ok) return session.response;
  const name = new URL(request.url).searchParams.get("name") ?? "upload.csv";
  const sample = Buffer.from(await request.arrayBuffer());
  if (sample.length > SAMPLE_LIMIT) return problem(413, `send at most the first ${SAMPLE_LIMIT} bytes of the file`);
  try {
    return Response.json({ columns: csvHeaderOf(sample, name) });
  } catch (error) {
    if (error instanceof CsvInputError) return problem(400, error.message);
    throw error;
  }
}
