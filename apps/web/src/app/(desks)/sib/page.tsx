"use client";
// The SIB's desk (MOA IV.A, IV.B): the state's MOA status; CARs waiting to be
// forwarded; responses waiting to be relayed; responses held for want of the
// technical capability, with the reason, to relay by hand; then the state's
// bookings (CAR or CPI, and for an NFF state why a CPI).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "react-aria-components";
import { BookingsTable, LIVE_MS } from "../../../components/BookingsTable";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatAge, formatInstant, words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay, useMe } from "../../../components/me";
import { MoaBanner } from "../../../components/MoaBanner";
import { useTRPC } from "../../../trpc/react";

export default function SibDesk() {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayRelay = useMay("sib.relay");
  const queue = useQuery({ ...trpc.sib.queue.queryOptions(), refetchInterval: LIVE_MS });
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.sib.queue.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() });
  };
  const relay = useMutation(trpc.sib.relay.mutationOptions({ onSuccess }));
  const forward = useMutation(trpc.sib.forward.mutationOptions({ onSuccess }));
  const now = Date.now();
  const state = me.party.kind === "SIB" ? me.party.state : null;
  const q = queue.data;
  return (
    <>
      <h1>
        <Gloss text={`SIB queue${state ? ` (${state})` : ""}`} />
      </h1>
      {state && <MoaBanner state={state} />}
      <ErrorNote error={queue.error ?? relay.error ?? forward.error} />
      <section aria-labelledby="held-title">
        <h2 id="held-title">Responses held at the SIB</h2>
        {q && q.held.length === 0 && <p className="muted">No response is held.</p>}
        <ul className="cards">
          {q?.held.map((item) => (
            <li key={item.bookingId} className="card">
              <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> <Gloss text={item.response ? words(item.response) : "response"} /> for {item.ori}, held{" "}
              {formatAge(item.waitingSince, now)}
              <p className="reason">
                <Gloss text={`Held: ${item.reason ?? "no reason recorded"} (MOA IV.B).`} />
              </p>
              {mayRelay && (
                <Button onPress={() => relay.mutate({ bookingId: item.bookingId })} isDisabled={relay.isPending}>
                  Relay by hand to {item.ori}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="relay-title">
        <h2 id="relay-title">Responses waiting to be relayed</h2>
        {q && q.awaitingRelay.length === 0 && <p className="muted">Nothing waits to be relayed.</p>}
        <ul className="cards">
          {q?.awaitingRelay.map((item) => (
            <li key={item.bookingId} className="card">
              <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> <Gloss text={item.response ? words(item.response) : "response"} /> for {item.ori}, waiting{" "}
              {formatAge(item.waitingSince, now)}
              {mayRelay && (
                <Button onPress={() => relay.mutate({ bookingId: item.bookingId })} isDisabled={relay.isPending}>
                  Relay to {item.ori}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      {q && q.awaitingForward.length > 0 && (
        <section aria-labelledby="forward-title">
          <h2 id="forward-title">
            <Gloss text="CARs waiting to be forwarded to CJIS" />
          </h2>
          <ul className="cards">
            {q.awaitingForward.map((item) => (
              <li key={item.bookingId} className="card">
                <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> from {item.ori}, booked {formatInstant(item.bookedAt)}
                <Button onPress={() => forward.mutate({ bookingId: item.bookingId })} isDisabled={forward.isPending}>
                  Forward to CJIS
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <BookingsTable title={`The state's bookings${state ? ` (${state})` : ""}`} />
    </>
  );
}
