// Points of contact (MOA Appendices C and D): the directory the parties keep.
// Appendix C: the SIB, ICE DRO and ICE OI implementation POCs.
// Appendix D: the public-information POCs of each side (MOA X).
import { z } from "zod";
import { Text } from "../shared/text";
import { StateCode } from "./parties";

export const ContactRole = z.enum([
  "SIB", // Appendix C, "For the SIB"
  "ICE-DRO", // Appendix C, "For ICE Detention and Removal Operations (DRO)"
  "ICE-OI", // Appendix C, "For ICE Office of Investigations (OI)"
  "SIB-PUBLIC-INFORMATION", // Appendix D, "For the SIB"
  "ICE-PUBLIC-AFFAIRS", // Appendix D, "For ICE" (the ICE Public Affairs Office, MOA X)
]);
export type ContactRole = z.infer<typeof ContactRole>;

const APPENDIX_OF_ROLE: Record<ContactRole, "C" | "D"> = {
  SIB: "C",
  "ICE-DRO": "C",
  "ICE-OI": "C",
  "SIB-PUBLIC-INFORMATION": "D",
  "ICE-PUBLIC-AFFAIRS": "D",
};

export function appendixOf(role: ContactRole): "C" | "D" {
  return APPENDIX_OF_ROLE[role];
}

/** The SIB's own contacts name their state; ICE's are national. */
export function isSibRole(role: ContactRole): boolean {
  return role === "SIB" || role === "SIB-PUBLIC-INFORMATION";
}

export const PointOfContact = z
  .strictObject({
    role: ContactRole,
    /** Required for the SIB's contacts, absent for ICE's. */
    state: StateCode.optional(),
    name: Text.min(1).max(200, "a name has at most 200 characters"),
    title: Text.min(1).max(200, "a title has at most 200 characters").optional(),
    phone: Text.min(1).max(40, "a phone number has at most 40 characters").optional(),
    email: z.email().optional(),
  })
  .superRefine((poc, ctx) => {
    if (isSibRole(poc.role) && poc.state === undefined) {
      ctx.addIssue({ code: "custom", path: ["state"], message: `a ${poc.role} contact names its state` });
    }
    if (!isSibRole(poc.role) && poc.state !== undefined) {
      ctx.addIssue({ code: "custom", path: ["state"], message: `an ${poc.role} contact is national: no state` });
    }
  });
export type PointOfContact = z.infer<typeof PointOfContact>;
