// Times bounded to what the format can write back: every instant a run
// records is written in ISO form with a four-digit year (0001-9999), so a
// scenario whose delays or dates would carry a step past 9999-12-31 is a
// problem found before the run, not an error in the middle of it (a timing
// of 1e20 seconds once ended in "Invalid time value").
import type { Problem } from "../reference/problem";
import { FIRST_INSTANT, LAST_INSTANT, toMillis } from "../shared/time";
import type { Scenario, ScenarioTiming } from "./schema";

const FIRST_MS = toMillis(FIRST_INSTANT);
const LAST_MS = toMillis(LAST_INSTANT);
/** The longest delay any run could hold: the whole span of years 0001-9999, in seconds. */
export const MAX_DELAY_SECONDS = Math.floor((LAST_MS - FIRST_MS) / 1000);
/** MOA VIII: a termination takes effect 30 days after receipt, an instant the MOA's status reads. */
const TERMINATION_MS = 30 * 86_400_000;

const TIMING_KEYS = [
  "leaSubmitsCarAfter",
  "transmission",
  "sibForwardsAfter",
  "iafisAnswersAfter",
  "identAnswersAfter",
  "lescDeterminesAfter",
  "sibRelaysAfter",
] as const satisfies readonly (keyof ScenarioTiming)[];

/**
 * The most a booking's own steps can add after its last action, in ms: every
 * delay once and a transmission for each of the (at most) nine messages of
 * one booking. An upper bound, so anything it admits stays in range.
 */
function longestChainMs(timing: ScenarioTiming): number {
  let ms = 9 * Math.round(timing.transmission * 1000);
  for (const key of TIMING_KEYS) if (key !== "transmission") ms += Math.round(timing[key] * 1000);
  return ms;
}

export function timeBoundProblems(scenario: Scenario, timingGiven: boolean): Problem[] {
  const problems: Problem[] = [];
  for (const key of TIMING_KEYS) {
    const seconds = scenario.timing[key];
    if (seconds > MAX_DELAY_SECONDS) {
      problems.push({
        path: `timing.${key}`,
        message: `${String(seconds)} seconds is longer than any run can hold: a scenario's times stay within years 0001-9999, so a delay is at most ${String(MAX_DELAY_SECONDS)} seconds`,
      });
    }
  }
  if (problems.length > 0) return problems; // one message per mistake: the sum below would say it again

  let latestMs = -Infinity;
  let latestPath = "";
  let latestInstant = "";
  const consider = (instant: string, path: string): void => {
    const ms = toMillis(instant);
    if (ms > latestMs) {
      latestMs = ms;
      latestPath = path;
      latestInstant = instant;
    }
  };
  scenario.world.moas.forEach((m, i) => m.signatures.forEach((s, j) => consider(s.at, `world.moas[${i}].signatures[${j}].at`)));
  scenario.timeline.forEach((a, i) => consider(a.at, `timeline[${i}].at`));
  if (latestMs === -Infinity) return problems;
  const terminates = scenario.timeline.some((a) => a.type === "giveNotice" && a.notice.kind === "termination");
  const chainMs = longestChainMs(scenario.timing);
  const reach = latestMs + chainMs + (terminates ? TERMINATION_MS : 0);
  if (reach > LAST_MS) {
    const delays = `the parties' delays (up to ${String(chainMs / 1000)} seconds)`;
    const what = terminates ? `${delays} and a termination's 30 days` : delays;
    problems.push({
      path: timingGiven ? "timing" : latestPath,
      message: `the run would go past ${LAST_INSTANT}, the last instant the format can write: ${latestPath} (${latestInstant}) plus ${what} reach beyond the year 9999; move the timeline earlier or shorten the delays`,
    });
  }
  return problems;
}
