"use client";
// CJIS's processing view (MOA IV.A, IV.B, V.A, V.B): what waits for a CJIS
// step (they run by themselves; a chain that stopped can be run again here),
// then every booking that reached CJIS with IAFIS's answer, the IDENT search,
// the IAQ, and the joint IDR/IAR or no match IDR.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "react-aria-components";
import { BookingsTable, LIVE_MS } from "../../../components/BookingsTable";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatAge, words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay } from "../../../components/me";
import { useTRPC } from "../../../trpc/react";

export default function CjisDesk() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mayProcess = useMay("cjis.process");
  const queue = useQuery({ ...trpc.cjis.queue.queryOptions(), refetchInterval: LIVE_MS });
  const processStep = useMutation(
    trpc.cjis.process.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.cjis.queue.queryKey() }),
    }),
  );
  const now = Date.now();
  return (
    <>
      <h1>
        <Gloss text="CJIS processing" />
      </h1>
      <ErrorNote error={queue.error ?? processStep.error} />
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting for a CJIS step</h2>
        {queue.data?.length === 0 && <p className="muted">Nothing waits: IAFIS, the IDENT search, the IAQ and the responses ran by themselves.</p>}
        <ul className="cards">
          {queue.data?.map((item) => (
            <li key={item.bookingId} className="card">
              <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> <Gloss text={words(item.status)} />, waiting {formatAge(item.waitingSince, now)}
              {item.step && mayProcess && (
                <Button onPress={() => processStep.mutate({ bookingId: item.bookingId })} isDisabled={processStep.isPending}>
                  Run {item.step}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <BookingsTable title="Bookings that reached CJIS: IAFIS answers, IDENT searches, IAQs and responses" />
    </>
  );
}
