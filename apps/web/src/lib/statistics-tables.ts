// The statistics page's tables: the numbers each chart draws, as rows, built once
// from the API's answers (statistics.summary, .series, .responseTimes). The charts,
// the tables under them and the CSV download all read these, so they cannot differ.
// Display only: labels and order; every figure comes from the API.
import { SUBJECT_LEVEL_LABELS } from "@sc/core";
import type { ApiOutputs } from "@sc/client";
import { stringify } from "csv-stringify/browser/esm/sync";

type Summary = ApiOutputs["statistics"]["summary"];
type Series = ApiOutputs["statistics"]["series"];
type ResponseTimes = ApiOutputs["statistics"]["responseTimes"];

export type Cell = string | number | null;

export interface StatTable {
  readonly id: string;
  readonly title: string;
  /** The first column names the row (a period, a level, an outcome); the others are figures. */
  readonly columns: readonly string[];
  readonly rows: readonly Cell[][];
}

const OUTCOME_LABELS: Record<keyof Summary["determinations"], string> = {
  removable: "Removable",
  "lawful-permanent-resident": "Lawful permanent resident",
  "united-states-citizen": "United States citizen",
  "lawful-status": "Lawful status",
  "needs-further-investigation": "Needs further investigation",
};

/** A share as a percentage with one decimal, or null when there is nothing to divide. */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 100) / 10);

export function statisticsTables(summary: Summary, series: Series, times: ResponseTimes): StatTable[] {
  return [
    {
      id: "over-time",
      title: `Bookings over time (by ${series.bucket}): CAR and CPI`,
      columns: [series.bucket === "day" ? "Day" : "Week of", "Bookings", "CARs", "CPIs"],
      rows: series.points.map((p) => [p.period, p.bookings, p.cars, p.cpis]),
    },
    {
      id: "ident",
      title: `IDENT searches, matches and the match rate (by ${series.bucket})`,
      columns: [series.bucket === "day" ? "Day" : "Week of", "IDENT searches", "IDENT matches", "Match rate %"],
      rows: [...series.points.map((p) => [p.period, p.identSearches, p.identMatches, percent(p.matchRate)]), ["Whole period", summary.identSearches, summary.identMatches, percent(summary.matchRate)]],
    },
    {
      id: "car-cpi",
      title: "CAR vs CPI",
      columns: ["Submission", "Count"],
      rows: [
        ["CAR", summary.cars],
        ["CPI", summary.cpis],
      ],
    },
    {
      id: "levels",
      title: "Subjects by level",
      columns: ["Level", "Subjects"],
      rows: (Object.keys(SUBJECT_LEVEL_LABELS) as (keyof typeof SUBJECT_LEVEL_LABELS)[]).map((k) => [SUBJECT_LEVEL_LABELS[k], summary.subjectsByLevel[k]]),
    },
    {
      id: "outcomes",
      title: "Determinations by outcome",
      columns: ["Outcome", "Determinations"],
      rows: (Object.keys(OUTCOME_LABELS) as (keyof typeof OUTCOME_LABELS)[]).map((k) => [OUTCOME_LABELS[k], summary.determinations[k] ?? 0]),
    },
    {
      id: "ice",
      title: "Detainers, custody and removals",
      columns: ["Step", "Bookings"],
      rows: [
        ["IAQs to LESC", summary.iaqs],
        ["Detainers lodged", summary.detainers],
        ["Taken into ICE custody", summary.takenIntoIceCustody],
        ["Removal proceedings instituted", summary.removalProceedings],
      ],
    },
    {
      id: "response-times",
      title: "Response-time distribution",
      columns: ["Response time", "At the SIB", "At the LEA"],
      rows: times.map((b) => [b.label, b.toSib, b.toLea]),
    },
    {
      id: "response-percentiles",
      title: "Response times from booking: median and 95th percentile (seconds)",
      columns: ["Leg", "Responses", "Median s", "95th percentile s"],
      rows: [
        ["At the SIB", summary.responseTimeToSib.count, seconds(summary.responseTimeToSib.medianMs), seconds(summary.responseTimeToSib.p95Ms)],
        ["At the LEA", summary.responseTimeToLea.count, seconds(summary.responseTimeToLea.medianMs), seconds(summary.responseTimeToLea.p95Ms)],
      ],
    },
  ];
}

/**
 * The CSV download: one row per figure, "table,row,column,value" (a long format that
 * every spreadsheet and script reads the same way, whatever the tables' shapes), after
 * the filter the figures were computed for. Written by csv-stringify.
 */
export function statisticsCsv(filter: Readonly<Record<string, string | undefined>>, tables: readonly StatTable[]): string {
  const records: Cell[][] = [["table", "row", "column", "value"]];
  for (const [key, value] of Object.entries(filter)) records.push(["filter", key, "", value ?? "all"]);
  for (const t of tables) {
    for (const row of t.rows) {
      const [name, ...figures] = row;
      figures.forEach((value, i) => records.push([t.title, name ?? "", t.columns[i + 1] ?? "", value]));
    }
  }
  return stringify(records, { cast: { number: (n) => String(n) } });
}
