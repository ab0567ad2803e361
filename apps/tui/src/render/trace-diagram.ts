// A booking's trace as a text sequence diagram: one lane per party (core's
// DIAGRAM_LANES: LEA, SIB, CJIS, IAFIS, IDENT, LESC, ICE), time running down,
// an arrow per message, a stop (✗) where a step did not happen with core's
// reason on the diagram itself, notes beside their lane. Core decides what the
// rows are (sequenceDiagramOf); this file only lays them out in a given width.
// At 80 columns every lane is 10 wide; a wider terminal gets wider lanes, dates
// and, past 110 columns, each message's TCN and receipt time.
import type { DiagramLane, DiagramRow, SequenceDiagram } from "@sc/core";
import { wrapWords } from "./wrap";

export interface DiagramLayout {
  readonly width: number;
  readonly timeWidth: number;
  readonly laneWidth: number;
  /** Columns for the TCN and receipt at the right (0 when too narrow). */
  readonly extraWidth: number;
  readonly centers: ReadonlyMap<DiagramLane, number>;
}

const MIN_LANE = 9;
const MAX_LANE = 18;
const EXTRA = 30;

export function layoutFor(lanes: readonly DiagramLane[], width: number): DiagramLayout {
  const wide = width >= 110;
  const timeWidth = wide ? 15 : 9; // "12-01 22:08:47 " or "22:08:47 "
  const extraWidth = wide ? EXTRA : 0;
  const laneWidth = Math.max(MIN_LANE, Math.min(MAX_LANE, Math.floor((width - timeWidth - extraWidth) / Math.max(1, lanes.length))));
  const centers = new Map(lanes.map((lane, i) => [lane, timeWidth + i * laneWidth + Math.floor(laneWidth / 2)] as const));
  return { width, timeWidth, laneWidth, extraWidth, centers };
}

function timeOf(at: string, layout: DiagramLayout): string {
  // Instants are ISO strings in UTC (the API's), shown in UTC as the README says.
  const text = layout.timeWidth >= 15 ? `${at.slice(5, 10)} ${at.slice(11, 19)}` : at.slice(11, 19);
  return text.padEnd(layout.timeWidth);
}

/** A line of lifelines with the time column filled in. */
function lifelines(layout: DiagramLayout, time = ""): string[] {
  const chars = Array.from({ length: layout.timeWidth + layout.laneWidth * layout.centers.size }, () => " ");
  for (const c of layout.centers.values()) chars[c] = "│";
  [...time.padEnd(layout.timeWidth)].forEach((ch, i) => (chars[i] = ch));
  return chars;
}

function put(chars: string[], at: number, text: string): void {
  [...text].forEach((ch, i) => {
    if (at + i >= 0) chars[at + i] = ch;
  });
}

const center = (layout: DiagramLayout, lane: DiagramLane): number => layout.centers.get(lane) ?? layout.timeWidth;

/** An arrow from one lane to another with its label in the middle (or, if it does not fit, on a line above). */
function arrowLines(layout: DiagramLayout, from: DiagramLane, to: DiagramLane, label: string, time: string, stop: boolean, extra: string): string[] {
  const a = center(layout, from);
  const b = center(layout, to);
  const [left, right] = a <= b ? [a, b] : [b, a];
  const line = lifelines(layout, time);
  const inner = right - left - 1;
  for (let i = left + 1; i < right; i++) line[i] = stop ? "╌" : "─";
  if (a <= b) line[right - 1] = stop ? "✗" : "▶";
  else line[left + 1] = stop ? "✗" : "◀";
  const out: string[] = [];
  if (label.length + 2 <= inner) {
    put(line, left + 1 + Math.floor((inner - label.length) / 2), label);
  } else {
    const above = lifelines(layout);
    put(above, left + 2, label);
    out.push(above.join("").trimEnd());
  }
  out.push(`${line.join("")}${extra === "" ? "" : ` ${extra}`}`.trimEnd());
  return out;
}

/** Text beside a lane: starting at the lane when there is room, wrapped between words. */
function textLines(layout: DiagramLayout, lane: DiagramLane, mark: string, text: string, time: string): string[] {
  const c = center(layout, lane);
  const room = layout.width - c - 2;
  const start = room >= 36 ? c : layout.timeWidth;
  const wrapped = wrapWords(text, layout.width - start - 2);
  return wrapped.map((part, i) => {
    const line = lifelines(layout, i === 0 ? time : "");
    line.length = Math.max(line.length, start);
    const text = `${i === 0 ? mark : " "} ${part}`;
    put(line, start, text);
    // Nothing after the text: lifelines behind a wrapped note read as part of it.
    return line.slice(0, start + text.length).join("").trimEnd();
  });
}

function rowLines(row: DiagramRow, layout: DiagramLayout): string[] {
  switch (row.kind) {
    case "message": {
      const extra = layout.extraWidth > 0 ? `${row.tcn.split("-").at(-1) ?? ""} recv ${row.receivedAt.slice(11, 19)}` : "";
      return arrowLines(layout, row.from, row.to, row.label, timeOf(row.sentAt, layout), false, extra);
    }
    case "stop":
      return [
        ...arrowLines(layout, row.from, row.to, row.step.toLowerCase().replace(/_/g, " "), timeOf(row.at, layout), true, ""),
        ...textLines(layout, row.from, "✗", `${row.rule === null ? "" : `[${row.rule}] `}${row.reason}`, ""),
      ];
    case "note":
      return textLines(layout, row.lane, "•", `${row.rule === null ? "" : `[${row.rule}] `}${row.text}`, timeOf(row.at, layout));
    default: {
      const exhaustive: never = row;
      return exhaustive;
    }
  }
}

/** The header (lane names centred on their lifelines) and one or more lines per row. */
export function renderDiagram(diagram: SequenceDiagram, width: number): { header: string[]; body: string[] } {
  const layout = layoutFor(diagram.lanes, width);
  const names = Array.from({ length: layout.timeWidth + layout.laneWidth * diagram.lanes.length }, () => " ");
  put(names, 0, "UTC");
  for (const lane of diagram.lanes) put(names, center(layout, lane) - Math.floor(lane.length / 2), lane);
  const header = [names.join("").trimEnd(), lifelines(layout).join("").trimEnd()];
  // Narrow layouts show times only: a line with the date wherever the day changes.
  let day = "";
  const body = diagram.rows.flatMap((row) => {
    const at = row.kind === "message" ? row.sentAt : row.at;
    const dated = layout.timeWidth < 15 && at.slice(0, 10) !== day ? [`${at.slice(0, 10)}`] : [];
    day = at.slice(0, 10);
    return [...dated, ...rowLines(row, layout)];
  });
  return { header, body };
}
