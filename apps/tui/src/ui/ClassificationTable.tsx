// `sc classify CODE...`: one row per code with the rule that decided it, so every answer can be
// explained (STYLE: classification as data).
import type { Classification, ClassificationStatus } from "@sc/core/classification";
import type { ReactNode } from "react";
import { Table, type TableColumn } from "./Table";

const COLUMNS: readonly TableColumn[] = [
  { header: "code", maxWidth: 8 },
  { header: "NCIC literal", maxWidth: 34 },
  { header: "level" },
  { header: "category", maxWidth: 34 },
  { header: "status" },
  { header: "rule", maxWidth: 28 },
  { header: "notes" },
];

const STATUS_COLORS: Readonly<Record<ClassificationStatus, string | undefined>> = {
  classified: undefined,
  "pending-sentence": "yellow",
  unclassifiable: "gray",
  invalid: "red",
};

/** "1", "1 or 2" while a drug code waits for its sentence (D2), "-" when there is none. */
export function levelText(classification: Classification): string {
  if (classification.level !== null) return String(classification.level);
  if (classification.candidates.length > 0) return classification.candidates.join(" or ");
  return "-";
}

export function classificationRow(c: Classification): string[] {
  return [c.code, c.ncicLiteral ?? "-", levelText(c), c.category ?? "-", c.status, c.rule?.id ?? "-", c.notes.join("; ")];
}

export function ClassificationTable({ classifications, width }: { readonly classifications: readonly Classification[]; readonly width?: number }): ReactNode {
  const rows = classifications.map(classificationRow);
  return <Table columns={COLUMNS} rows={rows} width={width} rowColor={(_row, i) => STATUS_COLORS[classifications[i]?.status ?? "classified"]} />;
}
