// What a decider answers: the events to record, or a refusal that names the
// rule it applied (an MOA section or a DOMAIN decision) and what was wrong.

/** The rule a refusal cites: "MOA VIII", "MOA VI", "DOMAIN D7". */
export type RuleRef = `MOA ${string}` | `DOMAIN ${string}` | `Appendix ${string}`;

export interface Refusal {
  readonly rule: RuleRef;
  readonly reason: string;
}

export type Decision<E> =
  | { readonly outcome: "accepted"; readonly events: readonly E[] }
  | { readonly outcome: "refused"; readonly refusal: Refusal };

export function accept<E>(...events: readonly E[]): Decision<E> {
  return { outcome: "accepted", events };
}

export function refuse<E>(rule: RuleRef, reason: string): Decision<E> {
  return { outcome: "refused", refusal: { rule, reason } };
}

/** "MOA VIII: a termination notice must be written ..." - the one-line form shown to users. */
export function refusalMessage(refusal: Refusal): string {
  return `${refusal.rule}: ${refusal.reason}`;
}
