"use client";
// The classifier, for every signed-in party: one code explained, a pasted
// list, a CSV file classified by the code behind `sc classify --csv`, and the
// Appendix A table with every NCIC code's answer. Every answer is core's,
// through the API (classification.*) or @sc/classify-csv on the server.
import { Gloss } from "../../../components/Gloss";
import { CodeList } from "./CodeList";
import { CsvUpload } from "./CsvUpload";
import { OneCode } from "./OneCode";
import { AppendixTable, Coverage } from "./Reference";

export default function ClassifierPage() {
  return (
    <>
      <h1>Classifier</h1>
      <p className="muted">
        <Gloss text="NCIC offense codes by MOA Appendix A: Level 1, 2 or 3, the rule that decided, and the notes where the MOA is read in a particular way (DOMAIN D1-D9)." />
      </p>
      <OneCode />
      <CodeList />
      <CsvUpload />
      <AppendixTable />
      <Coverage />
    </>
  );
}
