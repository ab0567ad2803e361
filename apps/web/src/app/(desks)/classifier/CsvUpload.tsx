"use client";
// A CSV file classified on the server by the code behind `sc classify --csv`:
// choose the file, choose its code column (and sentence column) from its own
// header, watch the upload and the download, then save the classified file.
import { useEffect, useMemo, useState } from "react";
import { Button, FileTrigger, Form, ProgressBar, Label } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { classifyFile, readColumns, type Classified, type UploadPhase } from "./upload";

const NO_SENTENCE = "\u0000none";

const PHASE_WORDS: Record<UploadPhase["kind"], string> = {
  uploading: "Uploading the file",
  classifying: "Classifying on the server",
  downloading: "Receiving the classified file",
};

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1 << 20) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1 << 20)).toFixed(1)} MiB`;
}

function Progress({ phase }: { phase: UploadPhase }) {
  const known = phase.total !== null && phase.total > 0;
  const valueLabel = known ? `${formatBytes(phase.done)} of ${formatBytes(phase.total ?? 0)}` : phase.done > 0 ? formatBytes(phase.done) : "working...";
  return (
    <ProgressBar className="progress" value={known ? (phase.done / (phase.total ?? 1)) * 100 : 0} isIndeterminate={!known} valueLabel={valueLabel}>
      {({ percentage }) => (
        <>
          <Label>{PHASE_WORDS[phase.kind]}</Label>
          <span className="muted small">{valueLabel}</span>
          <div className="bar">
            <div className="fill" style={{ width: known ? `${percentage ?? 0}%` : "100%" }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

function Summary({ result }: { result: Classified }) {
  const counts = result.counts;
  const href = useMemo(() => URL.createObjectURL(result.blob), [result.blob]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <div className="notice" role="status">
      <p>
        {counts === null ? "The file is classified." : `${counts.rows.toLocaleString("en-US")} rows classified.`}{" "}
        <a href={href} download={result.fileName}>
          Download {result.fileName}
        </a>{" "}
        <span className="muted small">({formatBytes(result.blob.size)})</span>
      </p>
      {counts !== null && (
        <p className="small">
          Level 1: {counts.byLevel["1"] ?? 0}, Level 2: {counts.byLevel["2"] ?? 0}, Level 3: {counts.byLevel["3"] ?? 0}, no level yet: {counts.byLevel.none ?? 0}; pending a sentence: {counts.byStatus["pending-sentence"] ?? 0}, invalid: {counts.byStatus.invalid ?? 0}
          {counts.ragged > 0 ? `, rows with the wrong number of fields: ${counts.ragged}` : ""}
        </p>
      )}
    </div>
  );
}

export function CsvUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[] | null>(null);
  const [codeColumn, setCodeColumn] = useState<string | null>(null);
  const [sentenceColumn, setSentenceColumn] = useState<string | null>(NO_SENTENCE);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [result, setResult] = useState<Classified | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (file === null) return;
    let current = true;
    setColumns(null);
    setResult(null);
    setProblem(null);
    readColumns(file).then(
      (header) => {
        if (!current) return;
        setColumns(header);
        // Decision: offer sc's own default ("ncic") first, as `sc classify --csv` does.
        setCodeColumn(header.includes("ncic") ? "ncic" : (header[0] ?? null));
        setSentenceColumn(NO_SENTENCE);
      },
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [file]);

  const busy = phase !== null;
  return (
    <section aria-labelledby="csv-upload">
      <h2 id="csv-upload">A CSV file</h2>
      <p className="muted small">
        Every row and column of the file is kept as it is, and four columns are added: sc_level, sc_category, sc_status and sc_note. The file is the same, byte for byte, as <code>sc classify --csv</code> writes.
      </p>
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (file === null || codeColumn === null) return;
          setProblem(null);
          setResult(null);
          setPhase({ kind: "uploading", done: 0, total: file.size });
          classifyFile(file, { code: codeColumn, sentence: sentenceColumn === NO_SENTENCE ? null : sentenceColumn }, setPhase)
            .then(setResult, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
            .finally(() => setPhase(null));
        }}
      >
        <div className="inline-form">
          <FileTrigger acceptedFileTypes={[".csv", "text/csv"]} onSelect={(files) => setFile(files?.[0] ?? null)}>
            <Button className="react-aria-Button quiet">Choose a CSV file</Button>
          </FileTrigger>
          <span aria-live="polite">{file === null ? <span className="muted">No file chosen.</span> : `${file.name} (${formatBytes(file.size)})`}</span>
        </div>
        {columns !== null && (
          <div className="inline-form">
            <Choice label="The code column" options={columns.map((c) => ({ id: c, text: c }))} selected={codeColumn} onSelect={setCodeColumn} />
            <Choice
              label="The sentence column (optional)"
              options={[{ id: NO_SENTENCE, text: "none: every sentence unknown" }, ...columns.map((c) => ({ id: c, text: c }))]}
              selected={sentenceColumn}
              onSelect={setSentenceColumn}
            />
            <Button type="submit" isDisabled={busy || codeColumn === null}>
              Classify the file
            </Button>
          </div>
        )}
      </Form>
      {phase !== null && <Progress phase={phase} />}
      {problem !== null && (
        <div className="error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {result !== null && <Summary result={result} />}
    </section>
  );
}
