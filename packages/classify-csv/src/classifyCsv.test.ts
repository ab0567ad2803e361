// The streaming core of `sc classify --csv`, in process (the CLI tests cover the command itself).
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CsvInputError } from "./errors";
import { csvHeaderOf } from "./header";
import { classifyCsv } from "./classifyCsv";
import { createCellCache } from "./cellCache";

async function run(input: string | Buffer, options: { codeColumn?: string; sentenceColumn?: string; classify?: boolean } = {}) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const stats = await classifyCsv({
    input: Readable.from([typeof input === "string" ? Buffer.from(input) : input]),
    output,
    inputName: "test.csv",
    codeColumn: options.codeColumn ?? "ncic",
    ...(options.sentenceColumn === undefined ? {} : { sentenceColumn: options.sentenceColumn }),
    classify: options.classify ?? true,
  });
  return { text: Buffer.concat(chunks).toString("utf8"), stats };
}

describe("classifyCsv", () => {
  it("given drug codes with sentences, when classified, then the sentence column decides D2", async () => {
    const { text, stats } = await run("ncic,days\n3562,2y\n3562,90\n3562,\n", { sentenceColumn: "days" });
    const statuses = text.trim().split("\n").slice(1).map((line) => line.split(",").slice(2, 5).join(","));
    expect(statuses).toEqual(["1,Drugs,classified", "2,Drugs,classified", ",Drugs,pending-sentence"]);
    expect(stats.rows).toBe(3);
    expect(stats.byLevel).toEqual({ "1": 1, "2": 1, "3": 0, none: 1 });
    expect(stats.byStatus["pending-sentence"]).toBe(1);
  });

  it("given a UTF-8 BOM, the first column name still matches and the BOM is kept", async () => {
    const { text } = await run(Buffer.from("\uFEFFncic\n0901\n"));
    expect(text).toBe("\uFEFFncic,sc_level,sc_category,sc_status,sc_note\n0901,1,Homicide,classified,\n");
  });

  it("given an empty input, when run, then it says there is no header row", async () => {
    await expect(run("")).rejects.toThrow(new CsvInputError("test.csv is empty: it has no header row"));
  });

  it("given an unknown sentence column, then the error lists the header", async () => {
    await expect(run("ncic,x\n0901,1\n", { sentenceColumn: "days" })).rejects.toThrow(/--sentence-column "days" is not a column.*"ncic", "x"/);
  });

  it("given data that contains the internal marker, the batch is written plainly and nothing is lost", async () => {
    const odd = "x\u0001sc-cells\u0002y";
    const { text } = await run(`ncic,remarks\n0901,${odd}\n2301,"a, b"\n`);
    expect(text).toBe(`ncic,remarks,sc_level,sc_category,sc_status,sc_note\n0901,${odd},1,Homicide,classified,\n2301,"a, b",2,Larceny,classified,\n`);
  });

  it("given more rows than one batch, every row comes out once and in order", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `${String(i)},${i % 2 === 0 ? "0901" : "3562"}`);
    const { text, stats } = await run(`id,ncic\n${rows.join("\n")}\n`);
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(1501);
    expect(lines[1]).toBe("0,0901,1,Homicide,classified,");
    expect(lines[1500]?.startsWith("1499,3562,,Drugs,pending-sentence,")).toBe(true);
    expect(stats.byStatus["pending-sentence"]).toBe(750);
  });

  it("given a header only, then the output is the header with the sc_ columns", async () => {
    const { text, stats } = await run("ncic\n");
    expect(text).toBe("ncic,sc_level,sc_category,sc_status,sc_note\n");
    expect(stats.rows).toBe(0);
  });
});

describe("createCellCache", () => {
  it("returns the same cells for the same pair and stays bounded", () => {
    const cache = createCellCache(2);
    const first = cache.cellsFor("0901", "");
    expect(cache.cellsFor("0901", "")).toBe(first);
    cache.cellsFor("3562", "1y");
    cache.cellsFor("3562", "2y"); // over the limit: the cache starts again
    expect(cache.cellsFor("0901", "")).not.toBe(first);
    expect(cache.cellsFor("0901", "")).toEqual(first);
  });

  it("keeps code and sentence apart in its key", () => {
    const cache = createCellCache();
    expect(cache.cellsFor("3562", "2y").level).toBe("1");
    expect(cache.cellsFor("3562", "").status).toBe("pending-sentence");
  });
});

describe("csvHeaderOf", () => {
  it("reads the header cells as the classifier will (BOM stripped, quotes honoured), from a sample cut mid-row", () => {
    expect(csvHeaderOf(Buffer.from('\uFEFFncic,"sentence, days",name\n0901,2y,"cut off'), "in.csv")).toEqual(["ncic", "sentence, days", "name"]);
  });

  it("says the file is empty when it has no header", () => {
    expect(() => csvHeaderOf(Buffer.from(""), "in.csv")).toThrow(new CsvInputError("in.csv is empty: it has no header row"));
  });
});
