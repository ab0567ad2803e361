"use client";
// A booking's trace drawn as core's sequence diagram (bookings.get's
// `diagram`): one lane per party, one arrow per message (type, TCN, sent and
// received times), a step that did not happen as a stop with its reason, and
// notes on the lane they concern. Drawn as SVG by hand (STYLE.md: Temporal's
// and Jaeger's trace views); the same facts follow as a table for screen
// readers and for copying.
import type { ApiOutputs } from "@sc/client";
import { formatInstant } from "./format";
import { Gloss } from "./Gloss";

type Diagram = ApiOutputs["bookings"]["get"]["diagram"];
type Row = Diagram["rows"][number];

const LANE_WIDTH = 128;
const ROW_HEIGHT = 46;
const TOP = 54;
const LEFT = 20;

const laneX = (lanes: readonly string[], lane: string) => LEFT + lanes.indexOf(lane) * LANE_WIDTH + LANE_WIDTH / 2;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function RowShape({ row, y, lanes }: { row: Row; y: number; lanes: readonly string[] }) {
  if (row.kind === "note") {
    const x = laneX(lanes, row.lane);
    // A note spans two lanes, towards the middle of the diagram so it never leaves it.
    const rightHalf = lanes.indexOf(row.lane) >= lanes.length / 2;
    const left = rightHalf ? x - LANE_WIDTH * 1.5 + 6 : x - LANE_WIDTH / 2 + 6;
    return (
      <g className="note">
        <title>{`${formatInstant(row.at)} ${row.text}${row.rule ? ` (${row.rule})` : ""}`}</title>
        <rect x={left} y={y - 14} width={LANE_WIDTH * 2 - 12} height={24} rx={4} />
        <text x={left + 6} y={y + 3}>
          {clip(row.text, 40)}
        </text>
      </g>
    );
  }
  const x1 = laneX(lanes, row.from);
  const x2 = laneX(lanes, row.to);
  const mid = (x1 + x2) / 2;
  if (row.kind === "stop") {
    const end = x1 + (x2 - x1) * 0.55;
    return (
      <g className="stop">
        <title>{`${row.step.replace(/_/g, " ")} did not happen: ${row.reason}${row.rule ? ` (${row.rule})` : ""}`}</title>
        <line x1={x1} y1={y} x2={end} y2={y} />
        <path d={`M ${end - 7} ${y - 7} L ${end + 7} ${y + 7} M ${end + 7} ${y - 7} L ${end - 7} ${y + 7}`} />
        <text x={Math.min(x1, end) + 4} y={y - 8}>
          {`no ${row.step.replace(/_/g, " ")}`}
        </text>
        <text className="reason" x={Math.min(x1, end) + 4} y={y + 18}>
          {clip(row.reason, 70)}
        </text>
      </g>
    );
  }
  return (
    <g className="message">
      <title>{`${row.label} ${row.tcn}: sent ${formatInstant(row.sentAt)}, received ${formatInstant(row.receivedAt)}`}</title>
      <line x1={x1} y1={y} x2={x2} y2={y} markerEnd="url(#arrow)" />
      <text x={mid} y={y - 7} textAnchor="middle">
        {row.label}
      </text>
      <text className="small" x={mid} y={y + 14} textAnchor="middle">
        {`TCN …${row.tcn.slice(-3)} · ${row.sentAt.slice(11, 16)}`}
      </text>
    </g>
  );
}

export function SequenceDiagram({ diagram, bookingId }: { diagram: Diagram; bookingId: string }) {
  const lanes = diagram.lanes;
  const width = LEFT * 2 + lanes.length * LANE_WIDTH;
  const height = TOP + diagram.rows.length * ROW_HEIGHT + 20;
  const messages = diagram.rows.filter((r) => r.kind === "message").length;
  const stops = diagram.rows.filter((r) => r.kind === "stop").length;
  return (
    <figure className="diagram">
      <div className="diagram-scroll">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`dg-title-${bookingId}`}>
          <title id={`dg-title-${bookingId}`}>{`Sequence diagram of booking ${bookingId}: ${messages} messages${stops > 0 ? `, ${stops} step(s) that did not happen` : ""}. The same facts are in the table below.`}</title>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          {lanes.map((lane) => {
            const x = laneX(lanes, lane);
            return (
              <g key={lane} className="lane">
                <rect x={x - 44} y={8} width={88} height={28} rx={5} />
                <text x={x} y={27} textAnchor="middle">
                  {lane}
                </text>
                <line x1={x} y1={36} x2={x} y2={height - 8} />
              </g>
            );
          })}
          {diagram.rows.map((row, i) => (
            <RowShape key={i} row={row} y={TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2} lanes={lanes} />
          ))}
        </svg>
      </div>
      <figcaption className="muted">Lanes: the parties of the MOA. Hover an arrow for its times; a red cross is a step that did not happen, with its reason.</figcaption>
      <table className="trace-table">
        <caption>Trace of booking {bookingId}, in time order</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">TCN</th>
            <th scope="col">Received</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {diagram.rows.map((row, i) => (
            <tr key={i} className={row.kind}>
              <td>{formatInstant(row.kind === "message" ? row.sentAt : row.at)}</td>
              <td>
                <Gloss text={row.kind === "message" ? row.label : row.kind === "stop" ? `no ${row.step.replace(/_/g, " ")}: ${row.reason}` : row.text} />
              </td>
              <td>{row.kind === "note" ? row.lane : row.from}</td>
              <td>{row.kind === "note" ? "" : row.to}</td>
              <td>{row.kind === "message" ? row.tcn : ""}</td>
              <td>{row.kind === "message" ? formatInstant(row.receivedAt) : ""}</td>
              <td>{row.kind === "message" ? "" : (row.rule ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
