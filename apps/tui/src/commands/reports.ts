// `sc stats` and `sc audit`: the program's statistics in your scope (core's
// computeStatistics, DOMAIN section 5; reading is not releasing, MOA X) with
// bar charts, and the audit log with its filters (auditors).
import { Command, Option } from "commander";
import type { ApiOutputs } from "@sc/client";
import { SUBJECT_LEVEL_LABELS } from "@sc/core";
import { runApi } from "./api-command";
import { formatDuration } from "../render/duration";

type Statistics = ApiOutputs["statistics"]["summary"];

/** The figures of a summary as charts: shared by `sc stats` and the interactive statistics desk. */
export function statisticsCharts(s: Statistics) {
  return [
    {
      title: "Flow",
      data: [
        { label: "bookings", value: s.bookings },
        { label: "IDENT searches", value: s.identSearches },
        { label: "IDENT matches", value: s.identMatches },
        { label: "IAQs", value: s.iaqs },
        { label: "relayed to LEA", value: s.relayedToLea },
        { label: "held at SIB", value: s.heldAtSib },
        { label: "withheld (D7)", value: s.withheld },
      ],
    },
    { title: "Determinations", data: Object.entries(s.determinations).map(([label, value]) => ({ label, value })) },
    { title: "Subjects by level", data: (Object.keys(SUBJECT_LEVEL_LABELS) as (keyof typeof SUBJECT_LEVEL_LABELS)[]).map((key) => ({ label: SUBJECT_LEVEL_LABELS[key], value: s.subjectsByLevel[key] })) },
    {
      title: "ICE",
      data: [
        { label: "detainers", value: s.detainers },
        { label: "custody", value: s.takenIntoIceCustody },
        { label: "removal proc.", value: s.removalProceedings },
      ],
    },
  ];
}

export function statisticsLines(s: Statistics): string[] {
  const dist = (d: Statistics["responseTimeToSib"]) => (d.count === 0 ? "none" : `median ${formatDuration(d.medianMs ?? 0)}, p95 ${formatDuration(d.p95Ms ?? 0)} (${d.count})`);
  const scope = [s.filter.state && `state ${s.filter.state}`, s.filter.ori && `ORI ${s.filter.ori}`, s.filter.from && `from ${s.filter.from}`, s.filter.to && `to ${s.filter.to}`].filter(Boolean).join(", ");
  return [
    `scope: ${scope || "everything you may read"}`,
    `match rate: ${s.matchRate === null ? "-" : `${Math.round(s.matchRate * 100)}%`}   CARs ${s.cars}   CPIs ${s.cpis}`,
    `response time at SIB: ${dist(s.responseTimeToSib)}`,
    `response time at LEA: ${dist(s.responseTimeToLea)}`,
  ];
}

export function statsCommand(): Command {
  return new Command("stats")
    .description("Statistics in your scope (an LEA its agency, a SIB its state, a field office its area): counts, match rate, response times, with charts.")
    .option("--state <XX>", "only bookings of this state")
    .option("--ori <ORI>", "only this agency's bookings")
    .option("--from <instant>", "booked at or after (UTC, ISO 8601)")
    .option("--to <instant>", "booked before")
    .option("--json", "print JSON: core's ProgramStatistics")
    .action(async (options: { state?: string; ori?: string; from?: string; to?: string }, command: Command) => {
      await runApi(
        command,
        ({ api }) =>
          api.statistics.summary.query({
            ...(options.state === undefined ? {} : { state: options.state.toUpperCase() }),
            ...(options.ori === undefined ? {} : { ori: options.ori }),
            ...(options.from === undefined ? {} : { from: options.from }),
            ...(options.to === undefined ? {} : { to: options.to }),
          }),
        async (s, { out }) => {
          const { printBars, printLines } = await import("../ui/oneshot");
          printLines(statisticsLines(s), out);
          printBars(statisticsCharts(s), out);
        },
      );
    });
}

export function auditCommand(): Command {
  return new Command("audit")
    .description("The audit log, newest first (auditors): every sign-in, every write, every refusal, reads of a person's record.")
    .option("--actor <username>", "only this account")
    .option("--action <path>", "only this procedure, e.g. sib.relay")
    .addOption(new Option("--outcome <outcome>", "only this outcome").choices(["success", "failure", "denied", "replayed"]))
    .option("--before <id>", "the page before this id (the last id of the previous page)", (v) => Number(v))
    .option("-n, --limit <n>", "rows (1-500)", (v) => Number(v), 30)
    .option("--json", "print JSON")
    .action(async (options: { actor?: string; action?: string; outcome?: "success" | "failure" | "denied" | "replayed"; before?: number; limit: number }, command: Command) => {
      await runApi(
        command,
        ({ api }) =>
          api.audit.list.query({
            limit: options.limit,
            ...(options.actor === undefined ? {} : { actor: options.actor }),
            ...(options.action === undefined ? {} : { action: options.action }),
            ...(options.outcome === undefined ? {} : { outcome: options.outcome }),
            ...(options.before === undefined ? {} : { before: options.before }),
          }),
        async (rows, { out }) => {
          const { printTable } = await import("../ui/oneshot");
          printTable(
            [{ header: "id" }, { header: "at (UTC)" }, { header: "actor" }, { header: "action" }, { header: "outcome" }, { header: "detail" }],
            rows.map((r) => [String(r.id), r.at.slice(5, 19).replace("T", " "), r.actor, r.action, r.outcome, r.detail ?? (r.objectId === null ? "" : `${r.objectType ?? ""} ${r.objectId}`)]),
            out,
            "no audit rows match",
          );
        },
      );
    });
}
