// The end-of-run summary of `sc classify --csv`, printed on stderr (stdout may be the CSV itself).
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import type { CsvRunStats, LevelKey } from "@sc/classify-csv";
import { formatCount } from "../csv/progress";
import { Table } from "./Table";

const LEVEL_LABELS: Readonly<Record<LevelKey, string>> = {
  "1": "Level 1",
  "2": "Level 2",
  "3": "Level 3",
  none: "no level",
};

export interface CsvSummaryProps {
  readonly stats: CsvRunStats;
  readonly seconds: number;
  /** false for the pass-through run: there is nothing to count by level or status. */
  readonly classified: boolean;
}

export function CsvSummary({ stats, seconds, classified }: CsvSummaryProps): ReactNode {
  const rate = seconds > 0 ? Math.round(stats.rows / seconds) : 0;
  const headline = `${formatCount(stats.rows)} rows in ${seconds.toFixed(1)} s (${formatCount(rate)} rows/s)`;
  if (!classified) return <Text>{headline}, passed through unclassified</Text>;
  const byLevel = (Object.keys(LEVEL_LABELS) as LevelKey[]).map((key) => [LEVEL_LABELS[key], formatCount(stats.byLevel[key])]);
  const byStatus = Object.entries(stats.byStatus).map(([status, count]) => [status, formatCount(count)]);
  return (
    <Box flexDirection="column">
      <Text>{headline}</Text>
      {stats.ragged > 0 ? <Text color="yellow">{formatCount(stats.ragged)} ragged rows (field count differs from the header) marked invalid</Text> : null}
      <Box flexDirection="row" gap={6} marginTop={1}>
        <Table columns={[{ header: "level" }, { header: "rows" }]} rows={byLevel} />
        <Table columns={[{ header: "status" }, { header: "rows" }]} rows={byStatus} />
      </Box>
    </Box>
  );
}
