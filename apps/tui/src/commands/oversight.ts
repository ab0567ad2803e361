// `sc oversight`: the profiling oversight (MOA VIII) for the SC Program Office and
// auditors: per LEA, the share of its IDENT-matched bookings whose most severe charge
// is Level 3 or a traffic offense, beside its state's, flagged past a margin. Core's
// assessProfilingOversight through the API (oversight.profiling): the figures, the
// defaults and every reason are core's. A flag informs; nothing here suspends anyone.
import { Command } from "commander";
import { runApi } from "./api-command";

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

export function oversightCommand(): Command {
  return new Command("oversight")
    .description("Profiling oversight (MOA VIII; program office and auditors): each LEA's share of IDENT matches for Level 3 or traffic offenses beside its state's, flagged past a margin.")
    .option("--state <XX>", "only this state's agencies")
    .option("--from <instant>", "booked at or after (UTC, ISO 8601)")
    .option("--to <instant>", "booked before")
    .option("--margin <points>", "flag past this many percentage points above the state's share (default: core's, 20)", (v) => Number(v))
    .option("--minimum <n>", "matched bookings an LEA needs before it is flagged (default: core's, 10)", (v) => Number(v))
    .option("--json", "print JSON")
    .action(async (options: { state?: string; from?: string; to?: string; margin?: number; minimum?: number }, command: Command) => {
      await runApi(
        command,
        ({ api }) =>
          api.oversight.profiling.query({
            ...(options.state === undefined ? {} : { state: options.state.toUpperCase() }),
            ...(options.from === undefined ? {} : { from: options.from }),
            ...(options.to === undefined ? {} : { to: options.to }),
            ...(options.margin === undefined ? {} : { marginPoints: options.margin }),
            ...(options.minimum === undefined ? {} : { minimumMatched: options.minimum }),
          }),
        async (result, { out }) => {
          const { printLines, printTable } = await import("../ui/oneshot");
          printLines([result.notice, `flagged: more than ${result.options.marginPoints} points above the state's share, with at least ${result.options.minimumMatched} matched bookings`], out);
          printTable(
            [{ header: "flag" }, { header: "ORI" }, { header: "state" }, { header: "matched" }, { header: "L3/traffic" }, { header: "share" }, { header: "state share" }, { header: "points" }, { header: "why" }],
            result.agencies.map((a) => [a.flagged ? "FLAGGED" : "", a.ori, a.state, String(a.matched), String(a.minor), pct(a.share), pct(a.stateShare), a.pointsAboveState.toFixed(1), a.reason]),
            out,
            "no IDENT-matched booking in this period and state",
          );
        },
      );
    });
}
