// Local law enforcement agencies, named by ORI. An ORI's first two characters
// name its state, so an agency whose ORI prefix differs from its state is
// rejected (DOMAIN section 1).
import { z } from "zod";
import { Ori, StateCode, stateOfOri } from "./parties";

export const LawEnforcementAgency = z
  .strictObject({
    ori: Ori,
    name: z.string().min(1),
    state: StateCode,
  })
  .superRefine((lea, ctx) => {
    const prefix = stateOfOri(lea.ori);
    if (prefix !== lea.state) {
      ctx.addIssue({
        code: "custom",
        path: ["ori"],
        message: `ORI ${lea.ori} begins with ${prefix} but the agency is in ${lea.state}`,
      });
    }
  });
export type LawEnforcementAgency = z.infer<typeof LawEnforcementAgency>;
