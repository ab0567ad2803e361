// The four output cells per (code, sentence) pair, computed once: real files repeat a few thousand
// codes and sentences millions of times, so most rows cost one Map lookup. The cache is bounded
// (cleared when full) so memory stays flat even when every sentence is different.
import { classifyInput, type Classification, type ClassificationStatus } from "@sc/core/classification";
import { stringify } from "csv-stringify/sync";
import type { LevelKey } from "./stats";

export interface CachedCells {
  readonly level: string;
  readonly category: string;
  readonly status: ClassificationStatus;
  /** The classification's notes joined with "; ". */
  readonly note: string;
  readonly levelKey: LevelKey;
  /** The four cells already written as CSV by csv-stringify (no leading comma, no newline). */
  readonly csv: string;
}

export interface CellCache {
  cellsFor(code: string, sentence: string): CachedCells;
  /** A row whose field count differs from the header's; `record` counts data rows from 1. */
  ragged(record: number, fields: number, headerFields: number): CachedCells;
}

export const CELL_CACHE_LIMIT = 50_000;

export function createCellCache(limit: number = CELL_CACHE_LIMIT): CellCache {
  const byPair = new Map<string, CachedCells>();
  return {
    cellsFor(code, sentence) {
      // \u0000 cannot appear in either cell's meaning, so the key is unambiguous.
      const key = sentence === "" ? code : `${code}\u0000${sentence}`;
      let cells = byPair.get(key);
      if (cells === undefined) {
        cells = toCells(classifyInput(code, sentence === "" ? null : sentence));
        if (byPair.size >= limit) byPair.clear();
        byPair.set(key, cells);
      }
      return cells;
    },
    ragged(record, fields, headerFields) {
      return withCsv({
        level: "",
        category: "",
        status: "invalid",
        note: `record ${record} has ${fields} fields but the header has ${headerFields}; not classified`,
        levelKey: "none",
      });
    },
  };
}

export function toCells(classification: Classification): CachedCells {
  const { level } = classification;
  return withCsv({
    level: level === null ? "" : String(level),
    category: classification.category ?? "",
    status: classification.status,
    note: classification.notes.join("; "),
    levelKey: level === null ? "none" : (String(level) as LevelKey),
  });
}

function withCsv(cells: Omit<CachedCells, "csv">): CachedCells {
  const csv = stringify([[cells.level, cells.category, cells.status, cells.note]]).slice(0, -1);
  return { ...cells, csv };
}
