// MOA III: "Neither the SIB nor any state or local LEA ... will be responsible
// for determining an individual's immigration status". DOMAIN section 1: they
// never see fields that only ICE may set before ICE sets them. This removes
// those fields from a booking view for a SIB or an LEA while they are unset,
// so a view never says "determination pending" or "no detainer yet".
//
// Decision: the status determination travels in the IAR, so a SIB sees it
// only once the IDR/IAR reached it (`response` set) and an LEA only once it
// was relayed to it (`relay` set). ICE's priority follows from the
// determination (removable or not), so it is held back on the same terms:
// showing it earlier would give the determination away. Other parties get the view unchanged
// (maySee decides whether they get it at all).
import type { Party } from "../reference/parties";

/** Fields of a booking view only ICE sets: LESC's determination, ICE's priority. */
export const ICE_ONLY_FIELDS = ["determination", "priority"] as const;
/** ICE's follow-up (MOA V.C), under `ice`: only a field office sets these. */
export const ICE_FOLLOW_UP_FIELDS = ["detainer", "custody", "removalProceedings"] as const;

type IceOnlyField = (typeof ICE_ONLY_FIELDS)[number];
type IceFollowUpField = (typeof ICE_FOLLOW_UP_FIELDS)[number];

/** The parts of a booking view that redaction reads (src/flow's ActiveBooking has them all). */
export interface RedactableView {
  readonly determination?: unknown;
  readonly priority?: unknown;
  readonly response?: unknown;
  readonly relay?: unknown;
  readonly ice?: { readonly detainer?: unknown; readonly custody?: unknown; readonly removalProceedings?: unknown };
}

type RedactedIce<I> = Omit<I, IceFollowUpField> & Partial<Pick<I, Extract<keyof I, IceFollowUpField>>>;

export type Redacted<T extends RedactableView> = Omit<T, IceOnlyField | "ice"> &
  Partial<Pick<T, Extract<keyof T, IceOnlyField>>> &
  (T extends { readonly ice: infer I } ? { readonly ice: RedactedIce<I> } : { readonly ice?: RedactedIce<NonNullable<T["ice"]>> });

const isUnset = (value: unknown): boolean => value === null || value === undefined;

/** Whether the party is one MOA III keeps away from ICE-only fields until ICE sets them. */
export function redactsIceOnlyFields(party: Party): boolean {
  return party.kind === "SIB" || party.kind === "LEA";
}

function redactIce<I extends NonNullable<RedactableView["ice"]>>(ice: I): RedactedIce<I> {
  const { detainer, custody, removalProceedings, ...rest } = ice;
  return {
    ...rest,
    ...(isUnset(detainer) ? {} : { detainer }),
    ...(isUnset(custody) ? {} : { custody }),
    ...(isUnset(removalProceedings) ? {} : { removalProceedings }),
  } as RedactedIce<I>;
}

export function redactIceOnlyFields<T extends RedactableView>(party: Party, view: T): Redacted<T> {
  if (!redactsIceOnlyFields(party)) return view as unknown as Redacted<T>;
  const { determination, priority, ice, ...rest } = view;
  const reachedParty = party.kind === "SIB" ? !isUnset(view.response) : !isUnset(view.relay);
  const redacted = {
    ...rest,
    ...(isUnset(determination) || !reachedParty ? {} : { determination }),
    ...(isUnset(priority) || !reachedParty ? {} : { priority }),
    ...(ice === undefined ? {} : { ice: redactIce(ice) }),
  };
  // The spreads above build exactly Redacted<T>; TypeScript cannot follow Omit over a generic T.
  return redacted as unknown as Redacted<T>;
}
