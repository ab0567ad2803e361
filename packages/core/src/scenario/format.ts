// A scenario's result as readable text: per booking, an arrow list that reads
// as a sequence diagram ("LEA VA0010000 -> SIB VA  CAR  tcn B1-01 ..."), then
// the MOA states, LEA standings, statistics and refusals. Pure: the terminal
// app only prints it.
import { MESSAGE_LABELS, type Message, type TraceEntry } from "../flow/messages";
import { OUTCOME_LABELS } from "../flow/determination";
import { traceOf } from "../flow/trace";
import { partyLabel } from "../reference/parties";
import type { ProgramStatistics, ResponseTimeDistribution } from "../statistics/statistics";
import type { Instant } from "../shared/time";
import type { BookingReport, ScenarioResult } from "./runner";
import type { Problem } from "../reference/problem";

/** "2026-03-01 10:02:00" (milliseconds shown only when not zero). */
export function formatTime(instant: Instant): string {
  const t = instant.replace("T", " ").replace(/Z$/, "");
  return t.replace(/\.000$/, "");
}

/** 2_123_000 -> "35m23s"; null -> "-". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "-";
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, "0")}m${String(s).padStart(2, "0")}s`;
  if (m > 0) return `${m}m${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}

function payloadSummary(m: Message): string {
  switch (m.type) {
    case "CAR":
      return `prints ${m.payload.templateId}; charges ${m.payload.charges.join(",")}`;
    case "CPI":
      return `FBI ${m.payload.fbiNumber}; no prints`;
    case "SRE":
      return `${m.payload.result} FBI ${m.payload.fbiNumber}`;
    case "IDENT_SEARCH":
      return m.payload.printsFrom === "FILE" ? `prints on file for FBI ${m.payload.fbiNumber ?? "?"}` : `prints ${m.payload.templateId}`;
    case "IDENT_RESULT":
      return m.payload.match ? `match ${m.payload.encounterIds.join(",")}` : "no match";
    case "IAQ":
      return `encounters ${m.payload.encounterIds.join(",")}`;
    case "IAR":
      return OUTCOME_LABELS[m.payload.outcome];
    case "IDR_IAR":
      return OUTCOME_LABELS[m.payload.outcome];
    case "NO_MATCH_IDR":
      return "";
    case "RELAY":
      return `${MESSAGE_LABELS[m.payload.relayed]} ${m.payload.relayedTcn}`;
    default: {
      const exhaustive: never = m;
      return exhaustive;
    }
  }
}

function traceLine(entry: TraceEntry): string {
  if (entry.kind === "note") {
    const rule = entry.note.rule === undefined ? "" : ` [${entry.note.rule}]`;
    return `  ${formatTime(entry.note.at)}  ${"note".padEnd(37)}${rule} ${entry.note.text}`;
  }
  const m = entry.message;
  const arrow = `${partyLabel(m.sender).padEnd(16)} -> ${partyLabel(m.receiver).padEnd(16)}`;
  return `  ${formatTime(m.sentAt)}  ${arrow} ${MESSAGE_LABELS[m.type].padEnd(13)} tcn ${m.tcn.padEnd(8)} recv ${formatTime(m.receivedAt)}  ${payloadSummary(m)}`.trimEnd();
}

export function formatBooking(report: BookingReport): string {
  const b = report.booking;
  if (b.status === "not-booked") return `Booking ${report.bookingId}: not booked`;
  const head = `Booking ${report.bookingId}  subject ${report.subject}  LEA ${b.booking.ori} (${b.booking.state})  booked ${formatTime(b.booking.bookedAt)}  status ${b.status}`;
  const lines = [head, ...traceOf(report.events).map(traceLine)];
  lines.push(`  response time: at SIB ${formatDuration(report.responseTimes.toSibMs)}, at LEA ${formatDuration(report.responseTimes.toLeaMs)}`);
  return lines.join("\n");
}

function dist(d: ResponseTimeDistribution): string {
  return `n=${d.count} median ${formatDuration(d.medianMs)} p95 ${formatDuration(d.p95Ms)}`;
}

export function formatStatistics(s: ProgramStatistics): string {
  const determinations = Object.entries(s.determinations)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  const rate = s.matchRate === null ? "-" : `${(s.matchRate * 100).toFixed(1)}%`;
  const f = s.filter;
  const only = [f.state && `state ${f.state}`, f.ori && `agency ${f.ori}`, f.from && `booked from ${f.from}`, f.to && `before ${f.to}`].filter(Boolean).join(", ");
  return [
    ...(only === "" ? [] : [`  only: ${only}`]),
    `  bookings ${s.bookings}; CARs ${s.cars}; CPIs ${s.cpis}`,
    `  IDENT searches ${s.identSearches}; matches ${s.identMatches} (match rate ${rate}); withheld (D7) ${s.withheld}`,
    `  IAQs ${s.iaqs}; determinations: ${determinations === "" ? "none" : determinations}`,
    `  subjects by level: L1 ${s.subjectsByLevel["1"]}, L2 ${s.subjectsByLevel["2"]}, L3 ${s.subjectsByLevel["3"]}, pending sentence ${s.subjectsByLevel["pending-sentence"]}, none ${s.subjectsByLevel.none}`,
    `  responses at SIB ${s.responsesAtSib}; relayed to LEA ${s.relayedToLea}; held at SIB ${s.heldAtSib}`,
    `  detainers ${s.detainers}; taken into ICE custody ${s.takenIntoIceCustody}; removal proceedings ${s.removalProceedings}`,
    `  response time to SIB: ${dist(s.responseTimeToSib)}`,
    `  response time to LEA: ${dist(s.responseTimeToLea)}`,
  ].join("\n");
}

export function formatScenarioResult(result: ScenarioResult): string {
  const out: string[] = [`Scenario: ${result.name}`];
  if (result.description !== undefined) out.push(result.description);
  out.push(`from ${formatTime(result.startedAt)} to ${formatTime(result.endedAt)}`, "");
  for (const b of result.bookings) out.push(formatBooking(b), "");
  out.push("MOAs:");
  if (result.moas.length === 0) out.push("  none");
  for (const m of result.moas) {
    const s = m.statusAtEnd;
    const detail =
      s.status === "unsigned"
        ? `signed by ${s.signedBy.length === 0 ? "neither party" : s.signedBy.join(" and ")}`
        : s.status === "terminated" || s.status === "termination-pending"
          ? `since ${formatTime(s.since)} (termination effective ${formatTime(s.termination.effectiveAt)})`
          : `since ${formatTime(s.since)}`;
    out.push(`  MOA ${m.state}: ${s.status} ${detail}`);
    for (const mod of Object.values(m.moa.modifications)) {
      out.push(`    modification ${mod.id} (proposed by ${mod.proposedBy}): ${mod.status}${mod.effectiveAt === undefined ? "" : ` since ${formatTime(mod.effectiveAt)}`}`);
    }
    for (const d of Object.values(m.moa.disputes)) out.push(`    dispute ${d.id} (submitted by ${d.submittedBy}): ${d.status}`);
    for (const r of m.moa.releases) out.push(`    ${r.kind} ${r.id} to ${r.recipient} by ${r.byLabel} at ${formatTime(r.at)}`);
  }
  if (result.releases.length > 0) {
    out.push("Statistics releases (MOA X):");
    for (const r of result.releases) out.push(`  ${r.requestId}: ${r.release.status}${r.release.status === "none" ? "" : ` (${r.release.title})`}`);
  }
  if (result.leaStandings.length > 0) {
    out.push("LEA standings:");
    for (const l of result.leaStandings) {
      out.push(`  LEA ${l.ori}: ${l.status === "suspended" ? `suspended since ${formatTime(l.since)} (${l.reason})` : "in the program"}`);
    }
  }
  out.push("", "Statistics:", formatStatistics(result.statistics));
  if (result.refusals.length > 0) {
    out.push("", "Refused:");
    for (const r of result.refusals) {
      out.push(`  ${formatTime(r.at)}  ${r.source}  ${r.action}${r.bookingId === undefined ? "" : ` ${r.bookingId}`}  [${r.rule}] ${r.message}`);
    }
  }
  return out.join("\n");
}

/** At most this many problems are printed; a count says how many more there are (a broken generator can make 400,000). */
export const PROBLEMS_SHOWN = 50;

/** The first `limit` problems, one a line, then "... and N more problems" when there are more. */
export function formatProblemList(problems: readonly Problem[], limit: number = PROBLEMS_SHOWN): string {
  const lines = problems.slice(0, limit).map((p) => `${p.path === "" ? "(scenario)" : p.path}: ${p.message}`);
  const rest = problems.length - lines.length;
  if (rest > 0) lines.push(`... and ${rest} more problem${rest === 1 ? "" : "s"} (the first ${lines.length} are shown)`);
  return lines.join("\n");
}
