// @sc/classify-csv: a CSV of any size streamed through MOA Appendix A (core's classifyInput), every
// row and column kept, four sc_ columns added. One implementation, so `sc classify --csv` and the
// web classifier's upload give byte-identical files.
export { classifyCsv, READ_HIGH_WATER_MARK, SC_COLUMNS, type CsvClassifyOptions } from "./classifyCsv";
export { FLAG_LABELS, type ColumnLabels } from "./columns";
export { CsvInputError } from "./errors";
export { csvHeaderOf } from "./header";
export { emptyStats, type CsvRunStats, type LevelKey } from "./stats";
