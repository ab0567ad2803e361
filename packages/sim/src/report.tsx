/** @jsxRuntime automatic @jsxImportSource react */
// The run's HTML report: one self-contained file (inline CSS and SVG, no
// script, no outside asset), bar charts drawn by visx (scales, axes and bars
// as plain SVG elements, so they render to static markup; recharts 3 renders
// an empty wrapper on the server, recharts issue 6139) at fixed sizes. A
// comparison draws both runs' bars side by side.
import type { ProgramStatistics } from "@sc/core";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { renderToStaticMarkup } from "react-dom/server";
import type { Comparison } from "./compare";
import type { RunResult } from "./simulate";

interface Series {
  readonly name: string;
  readonly color: string;
  readonly statistics: ProgramStatistics;
}

const COLORS = ["#1f5f99", "#b35900"] as const;

/** The figures each chart shows, taken from a statistics answer. */
const CHARTS: readonly { title: string; unit: string; figures: (s: ProgramStatistics) => Record<string, number> }[] = [
  {
    title: "Flow",
    unit: "bookings",
    figures: (s) => ({ bookings: s.bookings, CARs: s.cars, CPIs: s.cpis, "IDENT matches": s.identMatches, IAQs: s.iaqs, "relayed to LEA": s.relayedToLea, "held at SIB": s.heldAtSib, "withheld (D7)": s.withheld }),
  },
  { title: "LESC determinations", unit: "determinations", figures: (s) => ({ ...s.determinations }) },
  {
    title: "Subjects by level",
    unit: "subjects",
    figures: (s) => ({ "Level 1": s.subjectsByLevel["1"], "Level 2": s.subjectsByLevel["2"], "Level 3": s.subjectsByLevel["3"], "pending sentence": s.subjectsByLevel["pending-sentence"], none: s.subjectsByLevel.none }),
  },
  { title: "ICE", unit: "cases", figures: (s) => ({ detainers: s.detainers, "ICE custody": s.takenIntoIceCustody, "removal proceedings": s.removalProceedings }) },
  {
    title: "Response times",
    unit: "minutes",
    figures: (s) => ({
      "median at SIB": (s.responseTimeToSib.medianMs ?? 0) / 60_000,
      "p95 at SIB": (s.responseTimeToSib.p95Ms ?? 0) / 60_000,
      "median at LEA": (s.responseTimeToLea.medianMs ?? 0) / 60_000,
      "p95 at LEA": (s.responseTimeToLea.p95Ms ?? 0) / 60_000,
    }),
  },
];

const WIDTH = 880;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 70, left: 64 };

function Chart({ title, unit, figures, series }: { title: string; unit: string; figures: (s: ProgramStatistics) => Record<string, number>; series: readonly Series[] }) {
  const labels = Object.keys(figures(series[0]?.statistics as ProgramStatistics));
  const values = series.map((s) => figures(s.statistics));
  const max = Math.max(1, ...values.flatMap((v) => Object.values(v)));
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>({ domain: labels, range: [0, innerWidth], padding: 0.25 });
  const inner = scaleBand<string>({ domain: series.map((s) => s.name), range: [0, x.bandwidth()], padding: 0.05 });
  const y = scaleLinear<number>({ domain: [0, max * 1.1], range: [innerHeight, 0], nice: true });
  const round = (v: number) => (Number.isInteger(v) ? v.toLocaleString("en-US") : v.toFixed(1));
  return (
    <figure>
      <figcaption>
        {title} ({unit})
      </figcaption>
      {series.length > 1 ? (
        <p className="legend">
          {series.map((s) => (
            <span key={s.name}>
              <span className="swatch" style={{ background: s.color }} /> {s.name}
            </span>
          ))}
        </p>
      ) : null}
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={`${title}: ${labels.map((l) => `${l} ${values.map((v) => round(v[l] ?? 0)).join(" / ")}`).join(", ")}`}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {labels.map((label) =>
            series.map((s, i) => {
              const value = values[i]?.[label] ?? 0;
              const left = (x(label) ?? 0) + (inner(s.name) ?? 0);
              return (
                <g key={`${label}-${s.name}`}>
                  <Bar x={left} y={y(value)} width={inner.bandwidth()} height={innerHeight - y(value)} fill={s.color} />
                  <text x={left + inner.bandwidth() / 2} y={y(value) - 4} fontSize={11} textAnchor="middle">
                    {round(value)}
                  </text>
                </g>
              );
            }),
          )}
          <AxisLeft scale={y} numTicks={5} tickLabelProps={{ fontSize: 11, textAnchor: "end" }} />
          <AxisBottom top={innerHeight} scale={x} tickLabelProps={{ fontSize: 11, textAnchor: "end", angle: -20 }} />
        </Group>
      </svg>
    </figure>
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:960px;color:#1b1b1b}
h1{font-size:1.5rem}figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.5rem}
.legend span{margin-right:1rem}.swatch{display:inline-block;width:.8rem;height:.8rem;vertical-align:middle}
table{border-collapse:collapse;margin:1rem 0}td,th{border-bottom:1px solid #ccc;padding:.25rem .75rem;text-align:right}td:first-child,th:first-child{text-align:left}`;

function Page({ title, facts, series, table }: { title: string; facts: readonly string[]; series: readonly Series[]; table: readonly (readonly string[])[] }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <h1>{title}</h1>
        {facts.map((f) => (
          <p key={f}>{f}</p>
        ))}
        <table>
          <tbody>
            {table.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => (i === 0 ? <th key={i}>{cell}</th> : <td key={i}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
        {CHARTS.map((c) => (
          <Chart key={c.title} {...c} series={series} />
        ))}
      </body>
    </html>
  );
}

const percent = (x: number | null): string => (x === null ? "-" : `${(x * 100).toFixed(2)}%`);

function facts(r: RunResult): string {
  return `${r.profile}: ${r.bookings.toLocaleString("en-US")} bookings over ${r.days} days from ${r.statistics.filter.from ?? "?"}, seed ${r.seed}, ${r.states.length} states.`;
}

export function runReport(result: RunResult): string {
  const s = result.statistics;
  const table = [
    ["match rate", percent(s.matchRate)],
    ["IDENT matches", s.identMatches.toLocaleString("en-US")],
    ["detainers per match", percent(s.identMatches === 0 ? null : s.detainers / s.identMatches)],
    ["withheld (D7)", s.withheld.toLocaleString("en-US")],
  ];
  const page = <Page title="Secure Communities simulation" facts={[facts(result)]} series={[{ name: result.profile, color: COLORS[0], statistics: s }]} table={table} />;
  return `<!doctype html>\n${renderToStaticMarkup(page)}\n`;
}

export function comparisonReport(c: Comparison): string {
  const names = c.base.profile === c.other.profile ? [`${c.base.profile} (base)`, `${c.other.profile} (other)`] : [c.base.profile, c.other.profile];
  const series = [
    { name: names[0] ?? "base", color: COLORS[0], statistics: c.base.statistics },
    { name: names[1] ?? "other", color: COLORS[1], statistics: c.other.statistics },
  ];
  const cell = (v: number | null) => (v === null ? "-" : v.toLocaleString("en-US", { maximumFractionDigits: 4 }));
  const table = [["figure", ...names, "difference"], ...c.figures.filter((f) => f.difference !== 0).map((f) => [f.figure, cell(f.base), cell(f.other), cell(f.difference)])];
  const page = <Page title="Secure Communities simulation: comparison" facts={[facts(c.base), facts(c.other), "Figures that differ:"]} series={series} table={table} />;
  return `<!doctype html>\n${renderToStaticMarkup(page)}\n`;
}
