// An immigration status determination: made by ICE LESC and no one else
// (MOA III: neither the SIB nor any LEA determines status; MOA V.B).
import { z } from "zod";

export const StatusDeterminationOutcome = z.enum([
  "removable",
  "lawful-permanent-resident",
  "united-states-citizen",
  "lawful-status",
  "needs-further-investigation",
]);
export type StatusDeterminationOutcome = z.infer<typeof StatusDeterminationOutcome>;

export const OUTCOME_LABELS: Readonly<Record<StatusDeterminationOutcome, string>> = {
  removable: "subject to removal",
  "lawful-permanent-resident": "lawful permanent resident",
  "united-states-citizen": "United States citizen",
  "lawful-status": "lawful status",
  "needs-further-investigation": "needs further investigation",
};
