"use client";
// A state's MOA status as a banner (MOA VI, VIII): the sentence is core's
// (moa.get statusText: in effect, suspended, termination pending with the days
// left, terminated, unsigned); the banner only picks its colour.
import type { MoaStatusName } from "@sc/core";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../trpc/react";
import { Gloss } from "./Gloss";

const TONE: Readonly<Record<MoaStatusName, "ok" | "warn" | "stop">> = {
  "in-effect": "ok",
  "termination-pending": "warn",
  unsigned: "warn",
  suspended: "stop",
  terminated: "stop",
};

export function MoaBanner({ state, link = true }: { state: string; link?: boolean }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.moa.get.queryOptions({ state }), refetchInterval: 30_000 });
  if (data === undefined) return null;
  return (
    <p className={`moa-banner ${TONE[data.status.status]}`} role="status">
      <Gloss text={data.statusText} />
      {link && (
        <>
          {" "}
          <Link href={`/moa/${state}`}>The MOA with {state}</Link>
        </>
      )}
    </p>
  );
}
