"use client";
// A new account within this administrator's scope (auth.createAccount). The
// party is the API's own Party input; whether this administrator may create
// it, and whether the password is strong enough, is the API's answer.
import type { ApiInputs } from "@sc/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Checkbox, Form, Input, Label, TextField } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { ErrorNote } from "../../../components/ErrorNote";
import { useIdempotencyKey } from "../../../components/useIdempotencyKey";
import { useTRPC } from "../../../trpc/react";

type Party = ApiInputs["auth"]["createAccount"]["party"];
type Kind = Party["kind"];

/** Each kind of party, and the one place it needs named (its agency, state or area), as the Party input has it. */
const KINDS: readonly { kind: Kind; text: string; where?: { label: string; placeholder: string } }[] = [
  { kind: "LEA", text: "LEA (a local law enforcement agency)", where: { label: "ORI", placeholder: "e.g. VA0010000" } },
  { kind: "SIB", text: "SIB (a State Identification Bureau)", where: { label: "State", placeholder: "e.g. VA" } },
  { kind: "CJIS", text: "FBI CJIS" },
  { kind: "US-VISIT", text: "US-VISIT IDENT" },
  { kind: "LESC", text: "ICE LESC" },
  { kind: "ICE-FIELD-OFFICE", text: "ICE field office", where: { label: "Field office", placeholder: "e.g. WAS" } },
  { kind: "ICE-SC-PROGRAM-OFFICE", text: "ICE SC Program Office" },
  { kind: "ICE-PUBLIC-AFFAIRS", text: "ICE Public Affairs" },
  { kind: "AUDITOR", text: "Auditor" },
];

function partyOf(kind: Kind, where: string): Party {
  const place = where.trim().toUpperCase();
  switch (kind) {
    case "LEA":
      return { kind, ori: place };
    case "SIB":
      return { kind, state: place };
    case "ICE-FIELD-OFFICE":
      return { kind, office: place };
    default:
      return { kind };
  }
}

export function NewAccount() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [kind, setKind] = useState<Kind | null>(null);
  const [where, setWhere] = useState("");
  const [password, setPassword] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const key = useIdempotencyKey();
  const create = useMutation(
    trpc.auth.createAccount.mutationOptions({
      onSuccess: () => {
        key.done();
        setPassword("");
        void queryClient.invalidateQueries({ queryKey: trpc.auth.accounts.queryKey() });
      },
    }),
  );
  const chosen = KINDS.find((k) => k.kind === kind);
  return (
    <section aria-labelledby="new-account">
      <h2 id="new-account">A new account</h2>
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (kind === null) return;
          create.mutate({ idempotencyKey: key.key(), username: username.trim(), displayName: displayName.trim(), party: partyOf(kind, where), password, isAdmin });
        }}
      >
        <div className="inline-form">
          <TextField value={username} onChange={setUsername} isRequired>
            <Label>Username</Label>
            <Input placeholder="e.g. lea.va2" autoComplete="off" />
          </TextField>
          <TextField value={displayName} onChange={setDisplayName} isRequired>
            <Label>Name</Label>
            <Input placeholder="e.g. Booking officer, Arlington" />
          </TextField>
        </div>
        <div className="inline-form">
          <Choice label="Party" options={KINDS.map((k) => ({ id: k.kind, text: k.text }))} selected={kind} onSelect={(id) => setKind(KINDS.find((k) => k.kind === id)?.kind ?? null)} wide />
          {chosen?.where && (
            <TextField value={where} onChange={setWhere} isRequired>
              <Label>{chosen.where.label}</Label>
              <Input placeholder={chosen.where.placeholder} />
            </TextField>
          )}
        </div>
        <div className="inline-form">
          <TextField value={password} onChange={setPassword} type="password" isRequired>
            <Label>Password</Label>
            <Input autoComplete="new-password" />
          </TextField>
          <Checkbox isSelected={isAdmin} onChange={setIsAdmin}>
            Administrator of accounts
          </Checkbox>
        </div>
        <div>
          <Button type="submit" isDisabled={kind === null || create.isPending}>
            Create the account
          </Button>
        </div>
        <ErrorNote error={create.error} />
        {create.data && (
          <p className="done" role="status">
            Account {create.data.username} created.
          </p>
        )}
      </Form>
    </section>
  );
}
