// What a CSV run counted: rows by status and by level, for the summary on stderr.
import type { ClassificationStatus } from "@sc/core/classification";

export type LevelKey = "1" | "2" | "3" | "none";

export interface CsvRunStats {
  /** Data rows seen (the header is not counted). */
  rows: number;
  /** Rows whose field count differed from the header's. */
  ragged: number;
  readonly byStatus: Record<ClassificationStatus, number>;
  readonly byLevel: Record<LevelKey, number>;
}

export function emptyStats(): CsvRunStats {
  return {
    rows: 0,
    ragged: 0,
    byStatus: { classified: 0, "pending-sentence": 0, unclassifiable: 0, invalid: 0 },
    byLevel: { "1": 0, "2": 0, "3": 0, none: 0 },
  };
}
