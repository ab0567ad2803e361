// What the commands print, loaded on demand (`await import`): Ink and its layout engine take
// about a second to load on this machine, which `sc --help` and a CSV run should not pay up front.
import type { AppendixARule, Classification, CoverageRow } from "@sc/core/classification";
import { ClassificationTable } from "./ClassificationTable";
import { CodesView } from "./CodesView";
import { CsvSummary, type CsvSummaryProps } from "./CsvSummary";
import { printElement, type OutputStream } from "./print";

export function printClassifications(classifications: readonly Classification[], stream: OutputStream): void {
  printElement((width) => <ClassificationTable classifications={classifications} width={width} />, stream);
}

export function printCodes(rules: readonly AppendixARule[], coverage: readonly CoverageRow[], stream: OutputStream): void {
  printElement((width) => <CodesView rules={rules} coverage={coverage} width={width} />, stream);
}

export function printCsvSummary(summary: CsvSummaryProps, stream: OutputStream): void {
  printElement(() => <CsvSummary {...summary} />, stream);
}
