// maySee(party, record): object-level visibility (DOMAIN section 1). Callers
// describe a stored record by what visibility depends on: its state and agency,
// the field office covering its state, the parties it reached.
import type { FieldOfficeId, Ori, Party, PartyKind, StateCode } from "../reference/parties";
import { partyLabel, stateOfOri } from "../reference/parties";

export type VisibleRecord =
  /** A booking and its state; `reached` lists the kinds of party its messages reached so far. */
  | { readonly kind: "booking"; readonly state: StateCode; readonly ori: Ori; readonly fieldOffice?: FieldOfficeId; readonly reached: readonly PartyKind[] }
  /** One message of a booking's trace. */
  | { readonly kind: "message"; readonly state: StateCode; readonly ori: Ori; readonly fieldOffice?: FieldOfficeId; readonly sender: Party; readonly receiver: Party }
  /** One state's MOA with its notices, modifications, disputes and POCs. */
  | { readonly kind: "moa"; readonly state: StateCode }
  /** An LEA's standing: suspended or not (MOA VIII). */
  | { readonly kind: "lea-standing"; readonly ori: Ori; readonly fieldOffice?: FieldOfficeId }
  | { readonly kind: "statistics-release"; readonly requestedBy: Party; readonly published: boolean }
  | { readonly kind: "audit-log-entry" }
  | { readonly kind: "user-account"; readonly party: Party }
  /** States, agencies, field offices, the glossary: reference data every party reads. */
  | { readonly kind: "reference" };

/** Labels name a party uniquely ("SIB VA", "LEA VA0010000"), whatever the order of its keys. */
const sameParty = (a: Party, b: Party): boolean => partyLabel(a) === partyLabel(b);

/** The state of a party scoped to one (a SIB, an LEA), if any. */
function stateOf(party: Party): StateCode | undefined {
  return party.kind === "SIB" ? party.state : party.kind === "LEA" ? stateOfOri(party.ori) : undefined;
}

/** A SIB deals with its own LEAs and with CJIS; the CJIS-IDENT and CJIS-LESC exchanges are not its business. */
function isSibsMessage(sib: Extract<Party, { kind: "SIB" }>, sender: Party, receiver: Party): boolean {
  return [sender, receiver].some((p) => stateOf(p) === sib.state);
}

function nationalSees(kind: PartyKind, record: VisibleRecord, party: Party): boolean {
  switch (record.kind) {
    case "booking":
      return record.reached.includes(kind);
    case "message":
      return record.sender.kind === kind || record.receiver.kind === kind;
    case "reference":
      return true;
    case "user-account":
      return sameParty(record.party, party);
    case "moa":
    case "lea-standing":
    case "statistics-release":
    case "audit-log-entry":
      return false;
    default: {
      const exhaustive: never = record;
      return exhaustive;
    }
  }
}

export function maySee(party: Party, record: VisibleRecord): boolean {
  switch (party.kind) {
    // Auditors read everything; the program office oversees the whole program
    // but not the audit log, which is the auditors' alone (DOMAIN section 1; issue 4).
    case "AUDITOR":
      return true;
    case "ICE-SC-PROGRAM-OFFICE":
      return record.kind !== "audit-log-entry";
    // CJIS, US-VISIT and LESC see what reached them (LESC: the IAQs sent to it).
    case "CJIS":
    case "US-VISIT":
    case "LESC":
      return nationalSees(party.kind, record, party);
    case "ICE-PUBLIC-AFFAIRS":
      return record.kind === "moa" || record.kind === "statistics-release" || record.kind === "reference" || (record.kind === "user-account" && sameParty(record.party, party));
    case "ICE-FIELD-OFFICE":
      switch (record.kind) {
        case "booking":
        case "message":
        case "lea-standing":
          return record.fieldOffice === party.office;
        case "moa":
        case "reference":
          return true;
        case "statistics-release":
          return record.published || sameParty(record.requestedBy, party);
        case "user-account":
          return sameParty(record.party, party);
        case "audit-log-entry":
          return false;
        default: {
          const exhaustive: never = record;
          return exhaustive;
        }
      }
    case "SIB":
      switch (record.kind) {
        case "booking":
          return record.state === party.state;
        case "message":
          return record.state === party.state && isSibsMessage(party, record.sender, record.receiver);
        case "moa":
          return record.state === party.state;
        case "lea-standing":
          return stateOfOri(record.ori) === party.state;
        case "statistics-release":
          return record.published || sameParty(record.requestedBy, party);
        case "user-account":
          return stateOf(record.party) === party.state;
        case "reference":
          return true;
        case "audit-log-entry":
          return false;
        default: {
          const exhaustive: never = record;
          return exhaustive;
        }
      }
    case "LEA":
      switch (record.kind) {
        case "booking":
          return record.ori === party.ori;
        // Its own bookings' messages that it sent or that were relayed to it.
        case "message":
          return record.ori === party.ori && (sameParty(record.sender, party) || sameParty(record.receiver, party));
        case "moa":
          return record.state === stateOfOri(party.ori);
        case "lea-standing":
          return record.ori === party.ori;
        case "statistics-release":
          return record.published || sameParty(record.requestedBy, party);
        case "user-account":
          return sameParty(record.party, party);
        case "reference":
          return true;
        case "audit-log-entry":
          return false;
        default: {
          const exhaustive: never = record;
          return exhaustive;
        }
      }
    default: {
      const exhaustive: never = party;
      return exhaustive;
    }
  }
}
