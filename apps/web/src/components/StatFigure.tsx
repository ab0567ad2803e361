"use client";
// One statistic as a chart (recharts) and the same numbers as a table under it:
// a figure with its caption, bars for the chosen columns (stacked or side by side),
// and optionally one column drawn as a line on its own axis (a rate in %).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StatTable } from "../lib/statistics-tables";

const COLOURS = ["#1d4e89", "#e76f51", "#2a9d8f", "#8a5a00", "#6d597a"];

export function StatFigure(props: { table: StatTable; bars: readonly string[]; line?: string; stacked?: boolean; chartRows?: number }) {
  const { table, bars, line, stacked = false, chartRows } = props;
  const rows = chartRows === undefined ? table.rows : table.rows.slice(0, chartRows);
  const data = rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])));
  const [key] = table.columns;
  const captionId = `fig-${table.id}`;
  return (
    <figure className="stat-figure card" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <h2>{table.title}</h2>
      </figcaption>
      <div className="stat-chart" role="img" aria-label={`Chart: ${table.title}. The table below holds the same numbers.`}>
        <ResponsiveContainer width="100%" height={240}>
          <ComposedChart data={data} margin={{ top: 8, right: line === undefined ? 16 : 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" />
            <XAxis dataKey={key} tick={{ fontSize: 12, fill: "#24292f" }} />
            <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 12, fill: "#24292f" }} />
            {line !== undefined && <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: "#24292f" }} />}
            <Tooltip />
            <Legend />
            {bars.map((b, i) => (
              <Bar key={b} dataKey={b} yAxisId="n" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} {...(stacked ? { stackId: "s" } : {})} />
            ))}
            {line !== undefined && <Line dataKey={line} yAxisId="rate" stroke={COLOURS[4]} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {/* Focusable, so a keyboard can scroll a long table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Table: ${table.title}`}>
        <table className="list stat-table" aria-label={table.title}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell ?? "-"}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
