// The CSV upload's transport: the file to /downloads/classified, with upload
// and download progress (XMLHttpRequest: fetch reports neither), and the
// classified file back as a Blob. No rule here: the server's @sc/classify-csv
// classifies, and its refusal ("The code column "x" is not a column...") is
// shown in its words.

export type UploadPhase = { readonly kind: "uploading" | "classifying" | "downloading"; readonly done: number; readonly total: number | null };

export interface CsvRunCounts {
  readonly rows: number;
  readonly ragged: number;
  readonly byStatus: Record<string, number>;
  readonly byLevel: Record<string, number>;
}

export interface Classified {
  readonly blob: Blob;
  readonly fileName: string;
  readonly counts: CsvRunCounts | null;
}

/** The route's `{ message }`, or the status when the answer is not ours (a proxy's page). */
function messageOf(text: string, status: number): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // not JSON: fall through
  }
  return `The server answered ${status}`;
}

export async function readColumns(file: File): Promise<string[]> {
  const sample = await file.slice(0, 1 << 16).arrayBuffer();
  const answer = await fetch(`/downloads/classified/header?name=${encodeURIComponent(file.name)}`, { method: "POST", body: sample });
  const body = (await answer.json()) as { columns?: string[]; message?: string };
  if (!answer.ok || body.columns === undefined) throw new Error(body.message ?? `The server answered ${answer.status}`);
  return body.columns;
}

export function classifyFile(file: File, columns: { code: string; sentence: string | null }, onPhase: (phase: UploadPhase) => void): Promise<Classified> {
  const query = new URLSearchParams({ code: columns.code, name: file.name });
  if (columns.sentence !== null) query.set("sentence", columns.sentence);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/downloads/classified?${query.toString()}`);
    xhr.responseType = "blob";
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => onPhase({ kind: "uploading", done: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onPhase({ kind: "classifying", done: 0, total: null });
    xhr.onprogress = (e) => onPhase({ kind: "downloading", done: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onerror = () => reject(new Error("The upload broke off: the web server could not be reached."));
    xhr.onload = () => {
      const blob = xhr.response as Blob;
      if (xhr.status !== 200) {
        void blob.text().then((text) => reject(new Error(messageOf(text, xhr.status))));
        return;
      }
      const stats = xhr.getResponseHeader("x-sc-stats");
      const disposition = xhr.getResponseHeader("content-disposition") ?? "";
      const named = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      resolve({
        blob,
        fileName: named === undefined ? "classified.csv" : decodeURIComponent(named),
        counts: stats === null ? null : (JSON.parse(stats) as CsvRunCounts),
      });
    };
    xhr.send(file);
  });
}
