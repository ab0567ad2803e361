"use client";
// MOA VI: effective upon signing by both parties. Each side's signature, and
// the signing form where the API says this account may sign now.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { StepGate } from "../../../../components/Step";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function Signatures({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [signatory, setSignatory] = useState("");
  const [title, setTitle] = useState("");
  const sign = useMutation(trpc.moa.sign.mutationOptions({ onSuccess: refresh }));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    sign.mutate({ state: moa.state, signatory, title });
  }
  return (
    <section aria-labelledby="signatures-title">
      <h2 id="signatures-title">Signatures</h2>
      <dl className="facts">
        {(["ICE", "SIB"] as const).map((side) => {
          const s = moa.signatures[side];
          return (
            <div key={side} style={{ display: "contents" }}>
              <dt>
                <Gloss text={side === "ICE" ? "ICE (SC Program Office)" : `SIB ${moa.state}`} />
              </dt>
              <dd>{s ? `${s.signatory}, ${s.title}, signed ${formatInstant(s.signedAt)}` : "not signed"}</dd>
            </div>
          );
        })}
      </dl>
      <StepGate step={moa.actions.sign} procedure="moa.sign" what="Signing">
        <Form className="inline-form" onSubmit={submit} aria-label="Sign the MOA">
          <TextField value={signatory} onChange={setSignatory}>
            <Label>Signatory</Label>
            <Input />
          </TextField>
          <TextField value={title} onChange={setTitle}>
            <Label>Title</Label>
            <Input />
          </TextField>
          <Button type="submit" isDisabled={sign.isPending}>
            Sign the MOA
          </Button>
          <ErrorNote error={sign.error} />
        </Form>
      </StepGate>
    </section>
  );
}
