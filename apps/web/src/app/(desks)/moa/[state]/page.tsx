"use client";
// One state's MOA (for its SIB, ICE and auditors): the status now in core's
// words, what held on a chosen day, the timeline, and each part of the MOA's
// machinery with the steps this account may take now (moa.get actions).
import { useQuery } from "@tanstack/react-query";
import { use } from "react";
import { ErrorNote } from "../../../../components/ErrorNote";
import { Gloss } from "../../../../components/Gloss";
import { MoaBanner } from "../../../../components/MoaBanner";
import { useTRPC } from "../../../../trpc/react";
import { Contacts } from "./Contacts";
import { Disputes } from "./Disputes";
import { LeaStandings } from "./LeaStandings";
import { Modifications } from "./Modifications";
import { MoaReleases } from "./MoaReleases";
import { Notices } from "./Notices";
import { Signatures } from "./Signatures";
import { StatusOnDay } from "./StatusOnDay";
import { Timeline } from "./Timeline";

export default function MoaPage({ params }: { params: Promise<{ state: string }> }) {
  const state = decodeURIComponent(use(params).state).toUpperCase();
  const trpc = useTRPC();
  const moa = useQuery({ ...trpc.moa.get.queryOptions({ state }), refetchInterval: 10_000 });
  const m = moa.data;
  return (
    <>
      <h1>
        <Gloss text={`The MOA with ${state}`} />
      </h1>
      <MoaBanner state={state} link={false} />
      <ErrorNote error={moa.error} />
      {m && (
        <>
          <StatusOnDay state={state} today={m.asOf.slice(0, 10)} />
          <Timeline moa={m} />
          <Signatures moa={m} />
          <Notices moa={m} />
          <Modifications moa={m} />
          <LeaStandings moa={m} />
          <Disputes moa={m} />
          <Contacts moa={m} />
          <MoaReleases moa={m} />
        </>
      )}
    </>
  );
}
