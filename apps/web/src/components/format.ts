// How instants, ages and statuses read on the desks (display only).

/** "2026-03-02 09:00 UTC": desks across time zones read one clock. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return "-";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "3 min", "2 h 05 min", "4 d 2 h": how long something has waited. */
export function formatAge(fromIso: string, nowMs: number): string {
  const minutes = Math.max(0, Math.floor((nowMs - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** A duration in milliseconds, as "27 min 10 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "-";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** "Level 1"; "Level 1 or 2" while a drug code waits for its sentence (D2); "no level" (invalid, D8). */
export function levelText(answer: { readonly level: number | null; readonly candidates: readonly number[] }): string {
  if (answer.level !== null) return `Level ${answer.level}`;
  if (answer.candidates.length > 0) return `Level ${answer.candidates.join(" or ")}`;
  return "no level";
}

const ACRONYMS = new Set(["car", "cpi", "sib", "cjis", "ident", "iaq", "iar", "idr", "lea", "sre", "lesc", "ice", "moa", "lpr"]);

/** A status or kebab-case value as words, acronyms in capitals ("car-at-sib" -> "CAR at SIB"). */
export function words(value: string): string {
  return value
    .split(/[-_]/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()))
    .join(" ")
    .replace(/^IDR IAR$/, "IDR/IAR");
}
