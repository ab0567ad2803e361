"use client";
// The audit log (auditors; issue 4): every sign-in, every write, every
// refusal and every read of a person's record, newest first, filtered by
// actor, party, action, object, outcome and period, a page at a time from the
// server (audit.list with `before`), and downloadable as CSV.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatInstant } from "../../../components/format";
import { useTRPC } from "../../../trpc/react";
import { ANY, csvHref, EMPTY_FORM, filterOf, type AuditFilter, type FilterForm } from "./filter";
import { TableHead } from "../../../components/TableHead";

const PAGE = 50;

const options = (values: readonly string[] | undefined) => (values === undefined ? undefined : [{ id: ANY, text: "any" }, ...values.map((v) => ({ id: v, text: v }))]);

export default function AuditPage() {
  const trpc = useTRPC();
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [filter, setFilter] = useState<AuditFilter>({});
  // The `before` cursor of each page shown so far: the last is the current page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const page = useQuery({ ...trpc.audit.list.queryOptions({ ...filter, limit: PAGE, ...(before === undefined ? {} : { before }) }), placeholderData: keepPreviousData });
  const set = (patch: Partial<FilterForm>) => setForm({ ...form, ...patch });
  const apply = (next: FilterForm) => {
    setForm(next);
    setFilter(filterOf(next));
    setCursors([undefined]);
  };
  const rows = page.data ?? [];
  const last = rows.at(-1);
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Newest first. Every sign-in, every write, every refusal and every read of a person&apos;s record. The log cannot be changed or deleted.</p>
      <Form
        className="filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          apply(form);
        }}
      >
        <TextField value={form.actor} onChange={(actor) => set({ actor })}>
          <Label>Actor (username)</Label>
          <Input placeholder="e.g. lea.va" />
        </TextField>
        <Choice label="Party" options={options(facets.data?.parties)} selected={form.party ?? ANY} onSelect={(party) => set({ party })} />
        <Choice label="Action" options={options(facets.data?.actions)} selected={form.action ?? ANY} onSelect={(action) => set({ action })} />
        <Choice label="Object type" options={options(facets.data?.objectTypes)} selected={form.objectType ?? ANY} onSelect={(objectType) => set({ objectType })} />
        <TextField value={form.objectId} onChange={(objectId) => set({ objectId })}>
          <Label>Object id</Label>
          <Input placeholder="e.g. a booking's id" />
        </TextField>
        <Choice label="Outcome" options={options(facets.data?.outcomes)} selected={form.outcome ?? ANY} onSelect={(outcome) => set({ outcome })} />
        <TextField value={form.fromDay} onChange={(fromDay) => set({ fromDay })}>
          <Label>From (UTC day)</Label>
          <Input type="date" />
        </TextField>
        <TextField value={form.toDay} onChange={(toDay) => set({ toDay })}>
          <Label>To (UTC day, included)</Label>
          <Input type="date" />
        </TextField>
        <Button type="submit">Apply the filters</Button>
        <Button className="quiet" onPress={() => apply(EMPTY_FORM)}>
          Clear
        </Button>
      </Form>
      <p>
        <a href={csvHref(filter)} download>
          Download every matching entry as CSV
        </a>
      </p>
      <ErrorNote error={page.error ?? facets.error} />
      <table aria-busy={page.isFetching}>
        <caption>
          {rows.length === 0 && !page.isPending ? "No entry matches." : `Page ${cursors.length}: ${rows.length} entries${page.isFetching ? " (loading...)" : ""}`}
        </caption>
        <TableHead columns={["When", "Actor", "Party", "Action", "Object", "Outcome", "Detail", "Address"]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="small">{formatInstant(row.at)}</td>
              <td>{row.actor}</td>
              <td className="small">{row.party ?? "-"}</td>
              <td className="small">{row.action}</td>
              <td className="small">
                {row.objectType === null ? (
                  "-"
                ) : (
                  <>
                    {row.objectType}{" "}
                    {row.objectType === "booking" && row.objectId !== null ? <Link href={`/bookings/${encodeURIComponent(row.objectId)}`}>{row.objectId}</Link> : row.objectId}
                  </>
                )}
              </td>
              <td>{row.outcome}</td>
              <td className="small">{row.detail ?? ""}</td>
              <td className="small">{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <Button className="quiet" isDisabled={cursors.length === 1} onPress={() => setCursors(cursors.slice(0, -1))}>
          Newer entries
        </Button>
        <Button className="quiet" isDisabled={rows.length < PAGE || last === undefined} onPress={() => last && setCursors([...cursors, last.id])}>
          Older entries
        </Button>
      </div>
    </>
  );
}
