"use client";
// A state's MOA status as a banner (MOA VI, VIII): in effect, suspended,
// termination pending with the days left, terminated; from moa.get.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/react";
import { formatInstant } from "./format";
import { Gloss } from "./Gloss";

export function MoaBanner({ state }: { state: string }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.moa.get.queryOptions({ state }), refetchInterval: 30_000 });
  if (data === undefined) return null;
  const s = data.status;
  const text = (() => {
    switch (s.status) {
      case "in-effect":
        return { tone: "ok", line: `The MOA with ${state} is in effect (since ${formatInstant(s.since)}).` };
      case "suspended":
        return { tone: "stop", line: `The MOA with ${state} is suspended since ${formatInstant(s.since)}: no IDENT search runs for its bookings (MOA VIII, DOMAIN D7).` };
      case "termination-pending":
        return {
          tone: "warn",
          line: `A termination notice was received: the MOA with ${state} ends on ${formatInstant(data.pendingTerminationAt)}, in ${data.terminationDaysLeft ?? "?"} days (MOA VIII, 30 days from receipt).`,
        };
      case "terminated":
        return { tone: "stop", line: `The MOA with ${state} was terminated on ${formatInstant(s.since)}: no IDENT search runs for its bookings.` };
      case "unsigned":
        return { tone: "warn", line: `The MOA with ${state} is not in effect: it is not yet signed by both parties (MOA VI).` };
      default: {
        const exhaustive: never = s;
        return exhaustive;
      }
    }
  })();
  return (
    <p className={`moa-banner ${text.tone}`} role="status">
      <Gloss text={text.line} />
    </p>
  );
}
