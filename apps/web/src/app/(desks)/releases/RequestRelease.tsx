"use client";
// MOA X: asking ICE Public Affairs to approve a release of statistics: a
// title, the period (and, for a SIB or an LEA, its own state or agency; core
// refuses another scope with the reason), and the figures to release.
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextArea, TextField } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { useIdempotencyKey } from "../../../components/useIdempotencyKey";
import { useMe } from "../../../components/me";
import { useTRPC } from "../../../trpc/react";

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const dayEnd = (day: string) => `${day}T23:59:59.999Z`;

export function RequestRelease({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const id = useId();
  const idempotency = useIdempotencyKey();
  const today = new Date().toISOString().slice(0, 10);
  const [title, setTitle] = useState("");
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [figures, setFigures] = useState("");
  const request = useMutation(
    trpc.releases.request.mutationOptions({
      onSuccess: () => {
        idempotency.done();
        setTitle("");
        setFigures("");
        onDone();
      },
    }),
  );
  // The requester's own scope, as its party names it (a SIB its state, an LEA its agency).
  const own = me.party.kind === "SIB" ? { state: me.party.state } : me.party.kind === "LEA" ? { ori: me.party.ori } : {};
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ idempotencyKey: idempotency.key(), title, figures, scope: { from: dayStart(from), to: dayEnd(to), ...own } });
  }
  return (
    <Form className="card form" onSubmit={submit} aria-label="Request a statistics release">
      <h2>Request a statistics release</h2>
      <TextField value={title} onChange={setTitle}>
        <Label>Title</Label>
        <Input />
      </TextField>
      <div className="inline-form">
        <div>
          <label htmlFor={`${id}-from`}>Period from (UTC day)</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>Period to (UTC day)</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <TextField value={figures} onChange={setFigures}>
        <Label>Figures to release</Label>
        <TextArea rows={3} />
      </TextField>
      <ErrorNote error={request.error} />
      {request.isSuccess && (
        <p className="done" role="status">
          Requested: ICE Public Affairs approves or refuses it.
        </p>
      )}
      <Button type="submit" isDisabled={request.isPending}>
        Ask ICE Public Affairs to approve
      </Button>
    </Form>
  );
}
