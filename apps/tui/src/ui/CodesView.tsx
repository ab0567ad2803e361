// `sc codes`: the Appendix A table as data (level, category, ranges, source) and the coverage of
// every known NCIC code, marking those that reach Level 3 only by the "other offenses" default (D9).
import { formatRanges, type AppendixARule, type CoverageRow } from "@sc/core/classification";
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { Table } from "./Table";

export function ruleRow(rule: AppendixARule): string[] {
  const category = rule.subKind === undefined ? rule.category : `${rule.category}: ${rule.subKind}`;
  return [rule.level === null ? "-" : String(rule.level), category, formatRanges(rule.ranges) || "-", rule.source, rule.id];
}

/** "1 or 2" for drug codes pending a sentence (D2), "-" for 9998/9999 (D8). */
export function coverageLevel(row: CoverageRow): string {
  if (row.level !== null) return String(row.level);
  return row.candidates.length > 0 ? row.candidates.join(" or ") : "-";
}

export function coverageRow(row: CoverageRow): string[] {
  return [row.code, coverageLevel(row), row.byDefault ? "D9" : "", row.category, row.literal];
}

export interface CodesViewProps {
  readonly rules: readonly AppendixARule[];
  readonly coverage: readonly CoverageRow[];
  readonly width?: number;
}

export function CodesView({ rules, coverage, width }: CodesViewProps): ReactNode {
  const byDefault = coverage.filter((row) => row.byDefault).length;
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>MOA Appendix A: Secure Communities levels and offense categories by NCIC code</Text>
      <Table
        columns={[{ header: "level" }, { header: "category", maxWidth: 60 }, { header: "NCIC codes", maxWidth: 30 }, { header: "source", maxWidth: 24 }, { header: "rule" }]}
        rows={rules.map(ruleRow)}
        width={width}
      />
      <Text bold>
        Coverage: {coverage.length} known NCIC codes; {byDefault} marked D9 reach Level 3 only by the &quot;other offenses&quot; default (DOMAIN D3, D9)
      </Text>
      <Table
        columns={[{ header: "code" }, { header: "level" }, { header: "D9" }, { header: "category", maxWidth: 44 }, { header: "NCIC literal" }]}
        rows={coverage.map(coverageRow)}
        width={width}
        rowColor={(row) => (row[2] === "D9" ? "yellow" : undefined)}
      />
    </Box>
  );
}
