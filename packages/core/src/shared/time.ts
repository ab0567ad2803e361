// Time is an input: every command carries `now`. Instants are ISO 8601 UTC
// strings ("2026-03-01T14:05:09.120Z") so records read well as JSON; the
// arithmetic below parses them, which is pure (only the clock is not).
import { z } from "zod";

/** The first and last instants the ISO form writes with a four-digit year, which is the form every record and file keeps. */
export const FIRST_INSTANT = "0001-01-01T00:00:00.000Z";
export const LAST_INSTANT = "9999-12-31T23:59:59.999Z";

/** A value as a message shows it: text quoted, numbers as written, anything else by its kind. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
}

const CANONICAL_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export const Instant = z
  .union([z.iso.datetime({ offset: false, precision: 3 }), z.iso.datetime({ offset: false })], {
    error: (issue) =>
      issue.input === undefined
        ? "an instant is required"
        : typeof issue.input === "string" && CANONICAL_SHAPE.test(issue.input)
          ? `${shown(issue.input)} has the form of an instant but is not a day and time of the calendar (a month has at most 31 days, an hour 60 minutes)`
          : `an instant is a UTC time in ISO 8601 with seconds and a Z, e.g. 2026-03-01T09:00:00Z or 2026-03-01T09:00:00.000Z; got ${shown(issue.input)}`,
  })
  // Year 0000 has no place in the records' calendar (years 0001-9999): see FIRST_INSTANT.
  .refine((s) => !s.startsWith("0000"), { error: (issue) => `an instant is in the years 0001-9999; got ${shown(issue.input)}` });
export type Instant = z.infer<typeof Instant>;

const DAY_MS = 86_400_000;

/** Two ASCII digits at `at`, as a number; -1 if either is not a digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the "days from civil" method). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The canonical shapes ("2026-03-01T14:05:09.120Z", or without the fraction)
 * are read digit by digit: every step of a run converts instants, and Date's
 * parser was a visible share of it. Only in-range fields take this path; any
 * other string goes to Date, so the answer is always Date's.
 */
function canonicalMillis(s: string): number {
  const len = s.length;
  if (len !== 24 && len !== 20) return Number.NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Number.NaN;
  if (s.charCodeAt(len - 1) !== 90) return Number.NaN;
  let fraction = 0;
  if (len === 24) {
    if (s.charCodeAt(19) !== 46) return Number.NaN;
    const f = twoDigits(s, 20);
    const g = s.charCodeAt(22) - 48;
    if (f < 0 || g >>> 0 > 9) return Number.NaN;
    fraction = f * 10 + g;
  }
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const year = century < 0 || yy < 0 ? -1 : century * 100 + yy;
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > monthDays) return Number.NaN;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + fraction;
}

export function toMillis(instant: Instant): number {
  const fast = canonicalMillis(instant);
  return fast === fast ? fast : new Date(instant).getTime();
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const THREE_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years toISOString writes with four digits. */
const FIRST_4_DIGIT_MS = -62_167_219_200_000;
const LAST_4_DIGIT_MS = 253_402_300_799_999;

/**
 * toISOString's text, written from the fields (the "civil from days" method)
 * for whole milliseconds in years 0000-9999; anything else goes to Date. The
 * runner formats an instant at most steps, and Date's formatting was a
 * visible share of a run.
 */
export function fromMillis(ms: number): Instant {
  if (!Number.isInteger(ms) || ms < FIRST_4_DIGIT_MS || ms > LAST_4_DIGIT_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const y = (TWO_DIGITS[Math.floor(year / 100)] as string) + (TWO_DIGITS[year % 100] as string);
  return `${y}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}T${TWO_DIGITS[hour] as string}:${TWO_DIGITS[minute] as string}:${TWO_DIGITS[second] as string}.${THREE_DIGITS[milli] as string}Z`;
}

export function addDays(instant: Instant, days: number): Instant {
  return fromMillis(toMillis(instant) + days * DAY_MS);
}

/** Negative when `a` is before `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return toMillis(a) - toMillis(b);
}
