"use client";
// One NCIC code, and a sentence if known, explained: classification.classify.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { useTRPC } from "../../../trpc/react";
import { ClassificationView } from "./ClassificationView";

export function OneCode() {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const [sentence, setSentence] = useState("");
  const [asked, setAsked] = useState<{ code: string; sentence: string | null } | null>(null);
  const answer = useQuery({ ...trpc.classification.classify.queryOptions(asked ?? { code: "" }), enabled: asked !== null, retry: false });
  return (
    <section aria-labelledby="one-code">
      <h2 id="one-code">One code, explained</h2>
      <Form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ code: code.trim(), sentence: sentence.trim() === "" ? null : sentence.trim() });
        }}
      >
        <TextField value={code} onChange={setCode} isRequired>
          <Label>NCIC code</Label>
          <Input placeholder="e.g. 3562" />
        </TextField>
        <TextField value={sentence} onChange={setSentence}>
          <Label>Sentence (if known)</Label>
          <Input placeholder="e.g. 18m, 2y, 400d" />
        </TextField>
        <Button type="submit">Classify</Button>
      </Form>
      <div aria-live="polite">
        <ErrorNote error={answer.error} />
        {answer.data && <ClassificationView answer={answer.data} />}
      </div>
    </section>
  );
}
