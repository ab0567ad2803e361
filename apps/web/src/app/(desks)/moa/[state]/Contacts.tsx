"use client";
// Appendices C and D: the points of contact on file for this MOA (notices go
// to them, MOA VIII), and a form for the ones this account keeps; core refuses
// a role kept by the other side (Appendix C/D) with the rule it cites.
import { appendixOf, ContactRole as ContactRoles, isSibRole, type ContactRole } from "@sc/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { Choice } from "../../../../components/Choice";
import { ErrorNote } from "../../../../components/ErrorNote";
import { Gloss } from "../../../../components/Gloss";
import { useMay } from "../../../../components/me";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

export function Contacts({ moa }: { moa: Moa }) {
  const mayKeep = useMay("moa.setPointOfContact");
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">Points of contact (Appendices C and D)</h2>
      <table className="list">
        <caption>Points of contact on file</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Phone, email</th>
          </tr>
        </thead>
        <tbody>
          {ContactRoles.options.map((role) => {
            const poc = moa.pointsOfContact[role];
            return (
              <tr key={role}>
                <td>
                  <Gloss text={`${role} (Appendix ${appendixOf(role)})`} />
                </td>
                <td>{poc?.name ?? "none on file"}</td>
                <td>{poc?.title ?? "-"}</td>
                <td>{[poc?.phone, poc?.email].filter(Boolean).join(", ") || "-"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {mayKeep && <KeepContact moa={moa} />}
    </section>
  );
}

function KeepContact({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [role, setRole] = useState<ContactRole | null>(null);
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const set = useMutation(trpc.moa.setPointOfContact.mutationOptions({ onSuccess: refresh }));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (role === null) return;
    const optional = (key: string, value: string) => (value.trim() === "" ? {} : { [key]: value.trim() });
    set.mutate({ state: moa.state, poc: { role, name, ...(isSibRole(role) ? { state: moa.state } : {}), ...optional("title", title), ...optional("phone", phone), ...optional("email", email) } });
  }
  return (
    <Form className="inline-form card" onSubmit={submit} aria-label="Keep a point of contact up to date">
      <Choice label="Role" options={ContactRoles.options.map((r) => ({ id: r, text: r }))} selected={role} onSelect={(r) => setRole(ContactRoles.options.find((x) => x === r) ?? null)} />
      <TextField value={name} onChange={setName}>
        <Label>Name</Label>
        <Input />
      </TextField>
      <TextField value={title} onChange={setTitle}>
        <Label>Title</Label>
        <Input />
      </TextField>
      <TextField value={phone} onChange={setPhone}>
        <Label>Phone</Label>
        <Input />
      </TextField>
      <TextField value={email} onChange={setEmail}>
        <Label>Email</Label>
        <Input />
      </TextField>
      <Button type="submit" isDisabled={set.isPending || role === null}>
        Record the point of contact
      </Button>
      <ErrorNote error={set.error} />
      {set.isSuccess && (
        <p className="done" role="status">
          Recorded.
        </p>
      )}
    </Form>
  );
}
