"use client";
// The filters of the statistics and oversight pages: a period of whole UTC days
// (from the first day's start to the end of the last), a state, and where the page
// wants one, an agency. The states and agencies are the directory's; what the
// account may read is the API's answer (a refusal shows in core's words).
import { useQuery } from "@tanstack/react-query";
import { Input, Label, TextField } from "react-aria-components";
import { useTRPC } from "../trpc/react";
import { Choice } from "./Choice";

export interface PeriodFilterValue {
  readonly fromDay: string;
  readonly toDay: string;
  readonly state: string | null;
  readonly ori: string | null;
}

export const NO_FILTER: PeriodFilterValue = { fromDay: "", toDay: "", state: null, ori: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ALL = "all";

/** The API's filter: from the first day's 00:00 UTC to the day after the last (the API's period is [from, to)). */
export function periodOf(value: PeriodFilterValue): { from?: string; to?: string; state?: string; ori?: string } {
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  return {
    ...(DAY.test(value.fromDay) ? { from: `${value.fromDay}T00:00:00.000Z` } : {}),
    ...(DAY.test(value.toDay) ? { to: next(value.toDay) } : {}),
    ...(value.state === null ? {} : { state: value.state }),
    ...(value.ori === null ? {} : { ori: value.ori }),
  };
}

export function PeriodFilter(props: { value: PeriodFilterValue; onChange: (value: PeriodFilterValue) => void; withAgency: boolean }) {
  const { value, onChange, withAgency } = props;
  const trpc = useTRPC();
  const directory = useQuery(trpc.directory.get.queryOptions());
  const states = directory.data?.states.map((s) => ({ id: s.code, text: `${s.name} (${s.code})` }));
  const agencies = directory.data?.agencies.filter((a) => value.state === null || a.state === value.state).map((a) => ({ id: a.ori, text: `${a.name} (${a.ori})` }));
  return (
    <div className="inline-form filters" role="group" aria-label="Filters">
      <TextField value={value.fromDay} onChange={(fromDay) => onChange({ ...value, fromDay })} className="date-field">
        <Label>From (UTC day)</Label>
        <Input type="date" />
      </TextField>
      <TextField value={value.toDay} onChange={(toDay) => onChange({ ...value, toDay })} className="date-field">
        <Label>To, inclusive (UTC day)</Label>
        <Input type="date" />
      </TextField>
      <Choice
        label="State"
        options={states === undefined ? undefined : [{ id: ALL, text: "All states in your scope" }, ...states]}
        selected={value.state ?? ALL}
        onSelect={(id) => onChange({ ...value, state: id === null || id === ALL ? null : id, ori: null })}
      />
      {withAgency && (
        <Choice
          label="Agency"
          options={agencies === undefined ? undefined : [{ id: ALL, text: "All agencies" }, ...agencies]}
          selected={value.ori ?? ALL}
          onSelect={(id) => onChange({ ...value, ori: id === null || id === ALL ? null : id })}
          wide
        />
      )}
    </div>
  );
}
