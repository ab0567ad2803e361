// ICE field offices (DRO areas of responsibility): each covers a set of
// states and works the priority queue for bookings there (MOA III.B.iii, V).
import { z } from "zod";
import { FieldOfficeId, StateCode } from "./parties";

export const FieldOffice = z.strictObject({
  id: FieldOfficeId,
  name: z.string().min(1),
  states: z.array(StateCode).min(1, "a field office covers at least one state"),
});
export type FieldOffice = z.infer<typeof FieldOffice>;
