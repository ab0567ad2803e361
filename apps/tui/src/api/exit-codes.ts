// What `sc`'s exit code means, for scripts (README "Exit codes"). One table, used by
// every command and by the error mapping in errors.ts.
export const EXIT = {
  ok: 0,
  /** Something unexpected (a bug, an internal server error). */
  unexpected: 1,
  /** Bad usage or input: an unknown option, a malformed value, no such record. */
  badInput: 2,
  /** A rule refused it: core's decision, the server's answer cites the rule (MOA IV.B, D7, ...). */
  refused: 3,
  /** Not signed in, the session ended, or this account may not do it. */
  notAllowed: 4,
  /** The API server could not be reached (or is shedding load). */
  unreachable: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
