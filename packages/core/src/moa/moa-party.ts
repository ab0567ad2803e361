// The two parties to one state's MOA (MOA VI, signature block): the ICE
// Secure Communities Program Office and that state's SIB. Every MOA command
// names the Party acting; this maps it to its side, or says why it is no party.
import type { Party, StateCode } from "../reference/parties";
import { partyLabel } from "../reference/parties";
import { z } from "zod";

export const MoaSide = z.enum(["ICE", "SIB"]);
export type MoaSide = z.infer<typeof MoaSide>;

export function otherSide(side: MoaSide): MoaSide {
  return side === "ICE" ? "SIB" : "ICE";
}

export function sideLabel(side: MoaSide, state: StateCode): string {
  return side === "ICE" ? "ICE" : `SIB ${state}`;
}

export type SideOf = { readonly ok: true; readonly side: MoaSide } | { readonly ok: false; readonly reason: string };

/** Which side of the MOA for `state` the party acts for, if any. */
export function sideOf(party: Party, state: StateCode): SideOf {
  if (party.kind === "ICE-SC-PROGRAM-OFFICE") return { ok: true, side: "ICE" };
  if (party.kind === "SIB" && party.state === state) return { ok: true, side: "SIB" };
  return {
    ok: false,
    reason: `${partyLabel(party)} is not a party to the MOA for ${state}: only the ICE SC Program Office and SIB ${state} are`,
  };
}
