"use client";
// The ICE field office's desk (MOA V, V.C, III.B.iii): the priority queue in
// core's order (Level 1 priority first, then the field office's discretion),
// each case's priority explained by core, and its steps: a detainer, custody
// (core's refusal shown in the MOA's words until the subject may be taken),
// removal proceedings.
import type { ApiOutputs } from "@sc/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "react-aria-components";
import { LIVE_MS } from "../../../components/BookingsTable";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatInstant, words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay } from "../../../components/me";
import { useTRPC } from "../../../trpc/react";

type Case = ApiOutputs["ice"]["queue"][number];
type Step = keyof Case["refusals"];

const STEPS: readonly { step: Step; procedure: "lodgeDetainer" | "takeIntoCustody" | "instituteRemovalProceedings"; label: string; done: (c: Case) => string | null }[] = [
  { step: "LodgeDetainer", procedure: "lodgeDetainer", label: "Lodge a detainer", done: (c) => c.detainerAt },
  { step: "TakeIntoCustody", procedure: "takeIntoCustody", label: "Take into ICE custody", done: (c) => c.custodyAt },
  { step: "InstituteRemovalProceedings", procedure: "instituteRemovalProceedings", label: "Institute removal proceedings", done: (c) => c.removalProceedingsAt },
];

function CaseCard({ item, position }: { item: Case; position: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.ice.queue.queryKey() });
  const mutations = {
    lodgeDetainer: useMutation(trpc.ice.lodgeDetainer.mutationOptions({ onSuccess })),
    takeIntoCustody: useMutation(trpc.ice.takeIntoCustody.mutationOptions({ onSuccess })),
    instituteRemovalProceedings: useMutation(trpc.ice.instituteRemovalProceedings.mutationOptions({ onSuccess })),
  };
  const may = {
    lodgeDetainer: useMay("ice.lodgeDetainer"),
    takeIntoCustody: useMay("ice.takeIntoCustody"),
    instituteRemovalProceedings: useMay("ice.instituteRemovalProceedings"),
  };
  return (
    <li className={`card case ${item.category}`} aria-label={`Case ${position}: ${item.bookingId}`}>
      <div className="row-between">
        <span>
          <strong>{position}.</strong> <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> <span className="muted">({item.ori}, {item.state})</span>
        </span>
        <span className={`pill ${item.category}`}>{words(item.category)}</span>
      </div>
      <ul className="summary">
        {item.summary.map((line) => (
          <li key={line}>
            <Gloss text={line} />
          </li>
        ))}
      </ul>
      <p className="muted small">
        Determined {formatInstant(item.determinedAt)}: {words(item.outcome)}
        {item.localCustodyEndedAt ? ` · out of local custody ${formatInstant(item.localCustodyEndedAt)}` : " · in local custody"}
      </p>
      <div className="steps">
        {STEPS.map(({ step, procedure, label, done }) => {
          const at = done(item);
          const refusal = item.refusals[step];
          const mutation = mutations[procedure];
          if (at !== null) {
            return (
              <p key={step} className="done">
                ✓ {label.replace(/^(Lodge|Take|Institute)/, (w) => ({ Lodge: "Lodged", Take: "Taken", Institute: "Instituted" })[w] ?? w)}: {formatInstant(at)}
              </p>
            );
          }
          return (
            <div key={step} className="step">
              {may[procedure] && (
                <Button onPress={() => mutation.mutate({ bookingId: item.bookingId })} isDisabled={refusal !== null || mutation.isPending}>
                  {label}
                </Button>
              )}
              {refusal !== null && (
                <span className="refusal">
                  <Gloss text={`${refusal.rule}: ${refusal.message}`} />
                </span>
              )}
              <ErrorNote error={mutation.error} />
            </div>
          );
        })}
      </div>
    </li>
  );
}

export default function IceDesk() {
  const trpc = useTRPC();
  const queue = useQuery({ ...trpc.ice.queue.queryOptions(), refetchInterval: LIVE_MS });
  return (
    <>
      <h1>
        <Gloss text="ICE priority queue" />
      </h1>
      <p className="muted">
        <Gloss text="MOA V.C first (removable, with a prior Level 1 conviction or a current Level 1 charge), then the field office's discretion (MOA III.B.iii); cases with removal proceedings instituted last." />
      </p>
      <ErrorNote error={queue.error} />
      {queue.data?.length === 0 && <p className="muted">No case waits for this field office.</p>}
      <ol className="cards" aria-label="Cases in priority order">
        {queue.data?.map((item, i) => (
          <CaseCard key={item.bookingId} item={item} position={i + 1} />
        ))}
      </ol>
    </>
  );
}
