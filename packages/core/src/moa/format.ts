// How instants read in reasons and traces: a day when the time is midnight
// UTC ("2026-03-01"), otherwise day and minute ("2026-03-01 14:05 UTC").
import type { Instant } from "../shared/time";

export function formatInstant(instant: Instant): string {
  const day = instant.slice(0, 10);
  const time = instant.slice(11, 16);
  return /^00:00(:00(\.0+)?)?Z$/.test(instant.slice(11)) ? day : `${day} ${time} UTC`;
}
