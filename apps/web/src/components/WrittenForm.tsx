"use client";
// One written text and a button: a modification's text, a dispute's areas of
// disagreement, a reason, a resolution, an outlet. The text goes to the API as
// typed; an empty or too long one comes back refused with the API's words.
import { useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextArea, TextField } from "react-aria-components";
import { ErrorNote } from "./ErrorNote";

export function WrittenForm(props: {
  label: string;
  action: string;
  onSubmit: (text: string) => void;
  pending: boolean;
  error: unknown;
  multiline?: boolean;
  /** Clears the text once the API accepted it. */
  doneKey?: unknown;
}) {
  const { label, action, onSubmit, pending, error, multiline = false } = props;
  const [text, setText] = useState("");
  const [sentFor, setSentFor] = useState<unknown>(props.doneKey);
  if (props.doneKey !== sentFor) {
    setSentFor(props.doneKey);
    setText("");
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(text);
  }
  return (
    <Form className="inline-form" onSubmit={submit} aria-label={action}>
      <TextField value={text} onChange={setText} className="grow">
        <Label>{label}</Label>
        {multiline ? <TextArea rows={3} /> : <Input />}
      </TextField>
      <Button type="submit" isDisabled={pending}>
        {pending ? "Sending..." : action}
      </Button>
      <ErrorNote error={error} />
    </Form>
  );
}
