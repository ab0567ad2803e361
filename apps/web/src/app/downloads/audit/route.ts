// GET /downloads/audit?actor=&party=&action=&objectType=&objectId=&outcome=&from=&to=
// The audit log as CSV, every row the filters match, newest first: the API's
// audit.list read page after page under the auditor's own session (so the
// same scope applies) and streamed out by csv-stringify as the pages arrive.
// The first page is read before the answer starts, so a bad filter is a clear
// 400 with the API's words rather than an empty file.
import { describeError, type ApiClient, type ApiInputs, type ApiOutputs } from "@sc/client";
import { stringify } from "csv-stringify/sync";
import { apiForRequest, problem } from "../../../lib/api-for-request";

export const dynamic = "force-dynamic";

type AuditFilter = Omit<ApiInputs["audit"]["list"], "before" | "limit">;
type AuditRow = ApiOutputs["audit"]["list"][number];

const FILTERS = ["actor", "party", "action", "objectType", "objectId", "outcome", "from", "to"] as const;
const PAGE = 500;
const COLUMNS = ["id", "at", "actor", "party", "action", "object_type", "object_id", "outcome", "detail", "source"];

function filterOf(request: Request): AuditFilter {
  const params = new URL(request.url).searchParams;
  const filter: Record<string, string> = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value !== null && value !== "") filter[key] = value;
  }
  // The API's zod schema checks every value (and names the one that is wrong).
  return filter as AuditFilter;
}

const line = (row: AuditRow) => stringify([[row.id, row.at, row.actor, row.party ?? "", row.action, row.objectType ?? "", row.objectId ?? "", row.outcome, row.detail ?? "", row.source]]);

const page = (api: ApiClient, filter: AuditFilter, before: number | undefined) =>
  api.audit.list.query({ ...filter, limit: PAGE, ...(before === undefined ? {} : { before }) });

export async function GET(request: Request): Promise<Response> {
  const api = apiForRequest(request);
  const filter = filterOf(request);
  let first: AuditRow[];
  try {
    first = await page(api, filter, undefined);
  } catch (error) {
    const described = describeError(error);
    const status = described.code === "UNAUTHORIZED" ? 401 : described.code === "FORBIDDEN" ? 403 : described.code === "BAD_REQUEST" ? 400 : 502;
    const message = described.fieldErrors.length > 0 ? described.fieldErrors.map((f) => `${f.path}: ${f.message}`).join("; ") : described.message;
    return problem(status, message);
  }
  const encoder = new TextEncoder();
  let rows: AuditRow[] | null = first;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([COLUMNS])));
    },
    async pull(controller) {
      if (rows === null) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(rows.map(line).join("")));
      const last = rows.at(-1);
      rows = rows.length < PAGE || last === undefined ? null : await page(api, filter, last.id);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log.csv"`,
    },
  });
}
