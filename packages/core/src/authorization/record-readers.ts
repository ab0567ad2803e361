// mayEverSee(kind, recordKind): may a party of this kind see some record of
// this kind at all? The kind-level question an API asks before it loads
// anything; maySee then decides record by record. Derived from maySee, not a
// second table: every rule of maySee is relative to the party (its own state,
// agency or area, the messages it sent or received, the releases it asked
// for, its own account), so a party of a kind may see some record of a kind
// exactly when it may see the record of that kind that concerns it most
// closely. A property test holds maySee to this.
import type { Party } from "../reference/parties";
import { PartyKind } from "../reference/parties";
import type { VisibleRecord } from "./may-see";
import { maySee } from "./may-see";

export type VisibleRecordKind = VisibleRecord["kind"];

/** Where the party built for a kind-level question sits; the record built for it sits there too. */
const HERE = { state: "VA", ori: "VA0010000", fieldOffice: "WAS" } as const;

/** A party of the kind. Which one does not matter: the closest record shares its state, agency and area. */
function partyOfKind(kind: PartyKind): Party {
  switch (kind) {
    case "LEA":
      return { kind, ori: HERE.ori };
    case "SIB":
      return { kind, state: HERE.state };
    case "ICE-FIELD-OFFICE":
      return { kind, office: HERE.fieldOffice };
    default:
      return { kind };
  }
}

/**
 * For each kind of record, the one that concerns `party` most closely: of its
 * state, agency and area; reaching every kind of party; sent by it and to it;
 * requested by it and published; its own account.
 */
const CLOSEST_RECORD: { readonly [K in VisibleRecordKind]: (party: Party) => Extract<VisibleRecord, { kind: K }> } = {
  booking: () => ({ kind: "booking", ...HERE, reached: PartyKind.options }),
  message: (party) => ({ kind: "message", ...HERE, sender: party, receiver: party }),
  moa: () => ({ kind: "moa", state: HERE.state }),
  "lea-standing": () => ({ kind: "lea-standing", ori: HERE.ori, fieldOffice: HERE.fieldOffice }),
  "statistics-release": (party) => ({ kind: "statistics-release", requestedBy: party, published: true }),
  "audit-log-entry": () => ({ kind: "audit-log-entry" }),
  "user-account": (party) => ({ kind: "user-account", party }),
  reference: () => ({ kind: "reference" }),
};

/** Every kind of record maySee decides on. */
export const VISIBLE_RECORD_KINDS = Object.keys(CLOSEST_RECORD) as readonly VisibleRecordKind[];

/** Whether some party of `kind` may see some record of `recordKind` (core maySee, DOMAIN section 1). */
export function mayEverSee(kind: PartyKind, recordKind: VisibleRecordKind): boolean {
  const party = partyOfKind(kind);
  return maySee(party, CLOSEST_RECORD[recordKind](party));
}

/** The kinds of party that may see some record of `recordKind`, in PartyKind order: for matrices and menus. */
export function readersOf(recordKind: VisibleRecordKind): PartyKind[] {
  return PartyKind.options.filter((kind) => mayEverSee(kind, recordKind));
}
