// Time is an input: every command carries `now`. Instants are ISO 8601 UTC
// strings ("2026-03-01T14:05:09.120Z") so records read well as JSON; the
// arithmetic below parses them, which is pure (only the clock is not).
import { z } from "zod";

export const Instant = z.iso.datetime({ offset: false, precision: 3 }).or(z.iso.datetime({ offset: false }));
export type Instant = z.infer<typeof Instant>;

const DAY_MS = 86_400_000;

export function toMillis(instant: Instant): number {
  return new Date(instant).getTime();
}

export function fromMillis(ms: number): Instant {
  return new Date(ms).toISOString();
}

export function addDays(instant: Instant, days: number): Instant {
  return fromMillis(toMillis(instant) + days * DAY_MS);
}

/** Negative when `a` is before `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return toMillis(a) - toMillis(b);
}
