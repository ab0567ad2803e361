"use client";
// Oversight of the profiling rule (MOA VIII), for the SC Program Office and auditors:
// per LEA, the share of its IDENT-matched bookings whose most severe charge is Level 3
// or a traffic offense, beside its state's share, over a chosen period, flagged past a
// margin. The rule, its defaults and every figure and reason are core's, through the
// API (oversight.profiling); this page only asks and shows. A flag informs a person;
// nothing here suspends anyone.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ErrorNote } from "../../../components/ErrorNote";
import { Gloss } from "../../../components/Gloss";
import { NO_FILTER, PeriodFilter, periodOf, type PeriodFilterValue } from "../../../components/PeriodFilter";
import { percent } from "../../../lib/statistics-tables";
import { useTRPC } from "../../../trpc/react";
import "../statistics/statistics.css";

/** A number typed in a field, or undefined (the API's default) when blank or not a number. */
const numberOr = (text: string): number | undefined => (text.trim() === "" || Number.isNaN(Number(text)) ? undefined : Number(text));

export default function OversightPage() {
  const trpc = useTRPC();
  const [value, setValue] = useState<PeriodFilterValue>(NO_FILTER);
  const [margin, setMargin] = useState("");
  const [minimum, setMinimum] = useState("");
  const { ori: _ori, ...filter } = periodOf(value);
  const marginPoints = numberOr(margin);
  const minimumMatched = numberOr(minimum);
  const result = useQuery(
    trpc.oversight.profiling.queryOptions({
      ...filter,
      ...(marginPoints === undefined ? {} : { marginPoints }),
      ...(minimumMatched === undefined ? {} : { minimumMatched }),
    }),
  );
  const data = result.data;
  const chart = data?.agencies.map((a) => ({ agency: a.ori, "LEA share %": percent(a.share), "State share %": percent(a.stateShare) })) ?? [];
  return (
    <>
      <h1>Profiling oversight</h1>
      <p className="muted">
        <Gloss text="MOA VIII: use of IDENT/IAFIS for racial or ethnic profiling is not permitted and may result in the suspension of the LEA engaged in it. The records hold no race or ethnicity; this view shows, per LEA, the share of its IDENT-matched bookings whose most severe charge is Level 3 or a traffic offense, beside its state's share." />
      </p>
      {data && <p className="notice">{data.notice}</p>}
      <PeriodFilter value={value} onChange={setValue} withAgency={false} />
      <div className="inline-form">
        <TextField value={margin} onChange={setMargin} className="number-field">
          <Label>Margin (percentage points)</Label>
          <Input inputMode="decimal" placeholder={data ? String(data.options.marginPoints) : ""} />
        </TextField>
        <TextField value={minimum} onChange={setMinimum} className="number-field">
          <Label>Minimum matched bookings</Label>
          <Input inputMode="numeric" placeholder={data ? String(data.options.minimumMatched) : ""} />
        </TextField>
        {data && (
          <p className="muted small">
            Flagged: more than {data.options.marginPoints} points above the state&apos;s share, with at least {data.options.minimumMatched} matched bookings.
          </p>
        )}
      </div>
      <ErrorNote error={result.error} />
      {data?.agencies.length === 0 && <p className="notice">No IDENT-matched booking in this period and state.</p>}
      {data && data.agencies.length > 0 && (
        <>
          <figure className="stat-figure card" aria-labelledby="fig-oversight">
            <figcaption id="fig-oversight">
              <h2>Share of matched bookings for Level 3 or traffic offenses: each LEA beside its state</h2>
            </figcaption>
            <div className="stat-chart" role="img" aria-label="Chart: each LEA's share beside its state's. The table below holds the same numbers.">
              <ResponsiveContainer width="100%" height={260}>
                <BarChart data={chart} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" />
                  <XAxis dataKey="agency" tick={{ fontSize: 12, fill: "#24292f" }} />
                  <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: "#24292f" }} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="LEA share %" fill="#1d4e89" isAnimationActive={false} />
                  <Bar dataKey="State share %" fill="#e76f51" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </figure>
          <div className="oversight-scroll card" tabIndex={0} role="region" aria-label="Table: agencies">
            <table className="list stat-table oversight-table" aria-label="Agencies, flagged first">
              <thead>
                <tr>
                  <th scope="col">Agency</th>
                  <th scope="col">State</th>
                  <th scope="col">Matched</th>
                  <th scope="col">Level 3 or traffic</th>
                  <th scope="col">LEA share %</th>
                  <th scope="col">State share %</th>
                  <th scope="col">Points above the state</th>
                  <th scope="col">Flag</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {data.agencies.map((a) => (
                  <tr key={a.ori} aria-label={`${a.ori}${a.flagged ? ", flagged" : ""}`}>
                    <th scope="row">
                      {a.agency ?? a.ori} <span className="muted">({a.ori})</span>
                    </th>
                    <td>{a.state}</td>
                    <td>{a.matched}</td>
                    <td>{a.minor}</td>
                    <td>{percent(a.share)}</td>
                    <td>
                      {percent(a.stateShare)} <span className="muted small">({a.stateMinor} of {a.stateMatched})</span>
                    </td>
                    <td>{a.pointsAboveState.toFixed(1)}</td>
                    <td>{a.flagged ? <span className="flag">Flagged</span> : <span className="muted">-</span>}</td>
                    <td className="reason-cell">{a.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
