// The points of contact of one MOA (Appendices C and D). The contact records
// and their roles are reference data (src/reference/contacts.ts); this file
// says which side of the MOA keeps each role and which POC a notice goes to.
import type { ContactRole, PointOfContact } from "../reference/contacts";
import { appendixOf } from "../reference/contacts";
import type { MoaSide } from "./moa-party";

/** Appendices C and D: each side names, and keeps, its own points of contact. */
const KEEPER: Readonly<Record<ContactRole, MoaSide>> = {
  SIB: "SIB",
  "SIB-PUBLIC-INFORMATION": "SIB",
  "ICE-DRO": "ICE",
  "ICE-OI": "ICE",
  "ICE-PUBLIC-AFFAIRS": "ICE",
};

const DESCRIPTION: Readonly<Record<ContactRole, string>> = {
  SIB: "the SIB POC (Appendix C)",
  "ICE-DRO": "the ICE DRO POC (Appendix C)",
  "ICE-OI": "the ICE OI POC (Appendix C)",
  "SIB-PUBLIC-INFORMATION": "the SIB public-information POC (Appendix D)",
  "ICE-PUBLIC-AFFAIRS": "the ICE Public Affairs POC (Appendix D)",
};

export function keeperOf(role: ContactRole): MoaSide {
  return KEEPER[role];
}

export function describeContactRole(role: ContactRole): string {
  return DESCRIPTION[role];
}

/** The appendix that lists the role, as a rule reference for refusals. */
export function appendixRule(role: ContactRole): `Appendix ${"C" | "D"}` {
  return `Appendix ${appendixOf(role)}`;
}

/** The POCs currently on file for one MOA, by role. */
export type PocDirectory = Readonly<Partial<Record<ContactRole, PointOfContact>>>;

/**
 * MOA VIII: "Notice of termination or suspension by ICE shall be given to the
 * SIB POC. Notice ... by the SIB shall be given to the ICE POC." The ICE POCs
 * for the implementation of the MOA are Appendix C's (DRO and OI); the
 * public-information POCs (Appendix D) are for the media, not for notices.
 */
export function noticeRecipientsFor(from: MoaSide): readonly ContactRole[] {
  return from === "ICE" ? ["SIB"] : ["ICE-DRO", "ICE-OI"];
}
