"use client";
// What the sections of a state's MOA page share: the MOA as moa.get answers
// it, and one refresh after any accepted step (the MOA, its disputes, releases).
import type { ApiOutputs } from "@sc/client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../../../../trpc/react";

export type Moa = ApiOutputs["moa"]["get"];

export function useRefresh(): () => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const key of [trpc.moa.pathKey(), trpc.disputes.pathKey(), trpc.releases.pathKey()]) void queryClient.invalidateQueries({ queryKey: key });
  }, [trpc, queryClient]);
}
