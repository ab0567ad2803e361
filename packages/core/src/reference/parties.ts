// The parties of the MOA (DOMAIN.md section 1). Every party is a role that
// signs in; a Party value says which one, and for scoped roles, where.
import { z } from "zod";

/** A two-letter state code (USPS): "VA", "TX". */
export const StateCode = z.string().regex(/^[A-Z]{2}$/, "a state code is two capital letters, like VA");
export type StateCode = z.infer<typeof StateCode>;

/**
 * Originating Agency Identifier: 9 characters, the 2-letter state code then 7
 * letters or digits ("VA0010000"). The first two characters name the LEA's state.
 */
export const Ori = z
  .string()
  .regex(/^[A-Z]{2}[A-Z0-9]{7}$/, "an ORI is 9 characters: a 2-letter state code and 7 letters or digits");
export type Ori = z.infer<typeof Ori>;

export function stateOfOri(ori: Ori): StateCode {
  return ori.slice(0, 2);
}

/** An ICE field office (DRO area of responsibility) id, e.g. "WAS" for Washington. */
export const FieldOfficeId = z.string().regex(/^[A-Z]{3}$/, "a field office id is three capital letters");
export type FieldOfficeId = z.infer<typeof FieldOfficeId>;

export const PartyKind = z.enum([
  "LEA",
  "SIB",
  "CJIS",
  "US-VISIT",
  "LESC",
  "ICE-FIELD-OFFICE",
  "ICE-SC-PROGRAM-OFFICE",
  "ICE-PUBLIC-AFFAIRS",
  "AUDITOR",
]);
export type PartyKind = z.infer<typeof PartyKind>;

export const Party = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("LEA"), ori: Ori }),
  z.strictObject({ kind: z.literal("SIB"), state: StateCode }),
  z.strictObject({ kind: z.literal("CJIS") }),
  z.strictObject({ kind: z.literal("US-VISIT") }),
  z.strictObject({ kind: z.literal("LESC") }),
  z.strictObject({ kind: z.literal("ICE-FIELD-OFFICE"), office: FieldOfficeId }),
  z.strictObject({ kind: z.literal("ICE-SC-PROGRAM-OFFICE") }),
  z.strictObject({ kind: z.literal("ICE-PUBLIC-AFFAIRS") }),
  z.strictObject({ kind: z.literal("AUDITOR") }),
]);
export type Party = z.infer<typeof Party>;

/** A readable name for a party: "LEA VA0010000", "SIB VA", "FBI CJIS". */
export function partyLabel(party: Party): string {
  switch (party.kind) {
    case "LEA":
      return `LEA ${party.ori}`;
    case "SIB":
      return `SIB ${party.state}`;
    case "CJIS":
      return "FBI CJIS";
    case "US-VISIT":
      return "US-VISIT IDENT";
    case "LESC":
      return "ICE LESC";
    case "ICE-FIELD-OFFICE":
      return `ICE field office ${party.office}`;
    case "ICE-SC-PROGRAM-OFFICE":
      return "ICE SC Program Office";
    case "ICE-PUBLIC-AFFAIRS":
      return "ICE Public Affairs";
    case "AUDITOR":
      return "Auditor";
    default: {
      const exhaustive: never = party;
      return exhaustive;
    }
  }
}
