// States and their State Identification Bureaus. Whether a state is an NFF
// state, and whether its SIB can relay responses to its LEAs, are properties
// of the SIB (DOMAIN 3.3, 3.6; MOA IV.A, IV.B).
import { z } from "zod";
import { StateCode } from "./parties";

export const StateIdentificationBureau = z.strictObject({
  name: z.string().min(1),
  /** MOA IV.A: an NFF state sends prints only at the initial arrest; later bookings go as a CPI. */
  nff: z.boolean(),
  /** MOA IV.B: without the technical capability, responses stop at the SIB. */
  relayCapable: z.boolean(),
});
export type StateIdentificationBureau = z.infer<typeof StateIdentificationBureau>;

export const UsState = z.strictObject({
  code: StateCode,
  name: z.string().min(1),
  sib: StateIdentificationBureau,
});
export type UsState = z.infer<typeof UsState>;
