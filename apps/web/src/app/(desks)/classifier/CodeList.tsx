"use client";
// A pasted list of codes, one a line, each optionally followed by its
// sentence ("3562 18m"): classification.classifyBatch, a bad row marked
// invalid with its note while the rest are answered (D4).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Form, Label, TextArea, TextField } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { Gloss } from "../../../components/Gloss";
import { levelText } from "../../../components/format";
import { useTRPC } from "../../../trpc/react";
import { TableHead } from "../../../components/TableHead";

/** Decision: a line is a code, then optionally a sentence, separated by spaces, a comma or a tab. */
function rowsOf(text: string): { code: string; sentence: string | null }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [code = "", sentence] = line.split(/[\s,;]+/, 2);
      return { code, sentence: sentence === undefined || sentence === "" ? null : sentence };
    });
}

export function CodeList() {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [rows, setRows] = useState<{ code: string; sentence: string | null }[]>([]);
  const answers = useQuery({ ...trpc.classification.classifyBatch.queryOptions({ rows }), enabled: rows.length > 0, retry: false });
  return (
    <section aria-labelledby="code-list">
      <h2 id="code-list">A list of codes</h2>
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setRows(rowsOf(text));
        }}
      >
        <TextField value={text} onChange={setText}>
          <Label>Codes, one a line, each optionally followed by its sentence</Label>
          <TextArea rows={5} placeholder={"0901\n3562 18m\n5404"} />
        </TextField>
        <div>
          <Button type="submit" isDisabled={text.trim() === ""}>
            Classify the list
          </Button>
        </div>
      </Form>
      <ErrorNote error={answers.error} />
      {answers.data && (
        <table>
          <caption>{answers.data.length} codes classified</caption>
          <TableHead columns={["Code", "NCIC literal", "Level", "Category", "Rule", "Notes"]} />
          <tbody>
            {answers.data.map((a) => (
              <tr key={a.index}>
                <td>{a.code}</td>
                <td>{a.ncicLiteral ?? "-"}</td>
                <td>{levelText(a)}</td>
                <td>{a.category ?? "-"}</td>
                <td>{a.rule?.id ?? "-"}</td>
                <td className="small">
                  <Gloss text={a.notes.join("; ")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
