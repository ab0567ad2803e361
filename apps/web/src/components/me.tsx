"use client";
// The signed-in account, as auth.session answered it, for every page inside
// the shell: who it is, and `may`, the procedures core's rules let it call.
import type { ApiOutputs } from "@sc/client";
import { createContext, useContext } from "react";

export type Me = NonNullable<ApiOutputs["auth"]["session"]["me"]>;

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (me === null) throw new Error("useMe outside the signed-in shell");
  return me;
}

/** Whether core lets this account call the procedure ("sib.relay"). */
export function useMay(procedure: string): boolean {
  return useMe().may.includes(procedure);
}
