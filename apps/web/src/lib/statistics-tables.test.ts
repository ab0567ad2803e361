import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { statisticsCsv, type StatTable } from "./statistics-tables";

describe("the statistics CSV", () => {
  it("writes one row per figure after the filter, quoting what needs it, empty for a missing figure", () => {
    const tables: StatTable[] = [
      { id: "a", title: "CAR vs CPI", columns: ["Submission", "Count"], rows: [["CAR", 3], ["CPI", 1]] },
      { id: "b", title: "Response times, median", columns: ["Leg", "Median s"], rows: [['the "SIB"', null]] },
    ];
    const csv = statisticsCsv({ state: "VA", ori: undefined }, tables);
    expect(parse(csv)).toEqual([
      ["table", "row", "column", "value"],
      ["filter", "state", "", "VA"],
      ["filter", "ori", "", "all"],
      ["CAR vs CPI", "CAR", "Count", "3"],
      ["CAR vs CPI", "CPI", "Count", "1"],
      ["Response times, median", 'the "SIB"', "Median s", ""],
    ]);
  });
});
