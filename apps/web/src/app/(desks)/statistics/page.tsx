"use client";
// Statistics (DOMAIN section 5): charts of bookings over time, CAR vs CPI, IDENT matches
// and the match rate, subjects by level, determinations by outcome, detainers, custody
// and removals, and the response-time distribution with median and 95th percentile;
// filtered by period, state and agency. Every figure is computed by the API in the
// database; each chart's numbers are also a table, and the CSV download is written from
// those same tables in the browser (lib/statistics-tables.ts). Reading is not
// publishing: a release goes through ICE Public Affairs (MOA X).
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatDuration } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { NO_FILTER, PeriodFilter, periodOf, type PeriodFilterValue } from "../../../components/PeriodFilter";
import { StatFigure } from "../../../components/StatFigure";
import { percent, statisticsCsv, statisticsTables, type StatTable } from "../../../lib/statistics-tables";
import { useTRPC } from "../../../trpc/react";
import "./statistics.css";

function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

const byId = (tables: readonly StatTable[], id: string): StatTable | undefined => tables.find((t) => t.id === id);

export default function StatisticsPage() {
  const trpc = useTRPC();
  const [value, setValue] = useState<PeriodFilterValue>(NO_FILTER);
  const [bucket, setBucket] = useState<"day" | "week">("week");
  const filter = periodOf(value);
  const summary = useQuery(trpc.statistics.summary.queryOptions(filter));
  const series = useQuery(trpc.statistics.series.queryOptions({ ...filter, bucket }));
  const times = useQuery(trpc.statistics.responseTimes.queryOptions(filter));
  const tables = useMemo(
    () => (summary.data && series.data && times.data ? statisticsTables(summary.data, series.data, times.data) : null),
    [summary.data, series.data, times.data],
  );
  const s = summary.data;
  const figure = (id: string, props: Omit<Parameters<typeof StatFigure>[0], "table">) => {
    const table = tables === null ? undefined : byId(tables, id);
    return table === undefined ? null : <StatFigure table={table} {...props} />;
  };
  return (
    <>
      <div className="row-between">
        <h1>Statistics</h1>
        <Button
          isDisabled={tables === null}
          onPress={() => tables !== null && download(statisticsCsv({ from: filter.from, to: filter.to, state: filter.state, ori: filter.ori, bucket }, tables), "sc-statistics.csv")}
        >
          Download CSV
        </Button>
      </div>
      <p className="muted">
        <Gloss text="Counted by the API over the bookings booked in the period, within what your account may read. Reading is not publishing: a release of statistics needs ICE Public Affairs' approval (MOA X)." />
      </p>
      <PeriodFilter value={value} onChange={setValue} withAgency />
      <div className="inline-form">
        <Choice
          label="Bookings over time by"
          options={[
            { id: "week", text: "Week (from Monday, UTC)" },
            { id: "day", text: "Day (UTC)" },
          ]}
          selected={bucket}
          onSelect={(id) => setBucket(id === "day" ? "day" : "week")}
        />
      </div>
      <ErrorNote error={summary.error ?? series.error ?? times.error} />
      {s && (
        <dl className="facts stat-facts" aria-label="Figures for the period">
          <dt>Bookings</dt>
          <dd>{s.bookings}</dd>
          <dt>
            <Gloss text="CARs / CPIs" />
          </dt>
          <dd>
            {s.cars} / {s.cpis}
          </dd>
          <dt>
            <Gloss text="IDENT matches" />
          </dt>
          <dd>
            {s.identMatches} of {s.identSearches} searches ({percent(s.matchRate) ?? "-"}%)
          </dd>
          <dt>
            <Gloss text="Withheld (MOA not in effect, D7)" />
          </dt>
          <dd>{s.withheld}</dd>
          <dt>
            <Gloss text="Relayed to the LEA / held at the SIB" />
          </dt>
          <dd>
            {s.relayedToLea} / {s.heldAtSib}
          </dd>
          <dt>
            <Gloss text="Response time at the SIB" />
          </dt>
          <dd>
            median {formatDuration(s.responseTimeToSib.medianMs)}, 95th percentile {formatDuration(s.responseTimeToSib.p95Ms)}
          </dd>
          <dt>
            <Gloss text="Response time at the LEA" />
          </dt>
          <dd>
            median {formatDuration(s.responseTimeToLea.medianMs)}, 95th percentile {formatDuration(s.responseTimeToLea.p95Ms)}
          </dd>
        </dl>
      )}
      {tables !== null && s?.bookings === 0 && <p className="notice">No booking in this period and scope.</p>}
      <div className="stat-grid">
        {figure("over-time", { bars: ["CARs", "CPIs"], stacked: true })}
        {figure("ident", { bars: ["IDENT searches", "IDENT matches"], line: "Match rate %", chartRows: series.data?.points.length ?? 0 })}
        {figure("car-cpi", { bars: ["Count"] })}
        {figure("levels", { bars: ["Subjects"] })}
        {figure("outcomes", { bars: ["Determinations"] })}
        {figure("ice", { bars: ["Bookings"] })}
        {figure("response-times", { bars: ["At the SIB", "At the LEA"] })}
        {figure("response-percentiles", { bars: ["Median s", "95th percentile s"] })}
      </div>
    </>
  );
}
