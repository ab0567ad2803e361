"use client";
// ICE LESC's desk (MOA V.B, III): the IAQ queue, oldest first with its age
// (LESC answers around the clock), and the immigration status determination.
// Only LESC determines status: the navigation shows this desk to the parties
// core lets call lesc.queue, and the form to those it lets call lesc.determine.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button, Form } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { LIVE_MS } from "../../../components/BookingsTable";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatAge, formatInstant } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay } from "../../../components/me";
import { useTRPC } from "../../../trpc/react";

function DetermineForm({ bookingId }: { bookingId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const outcomes = useQuery({ ...trpc.lesc.outcomes.queryOptions(), staleTime: Infinity });
  const [outcome, setOutcome] = useState<string | null>(null);
  const determine = useMutation(
    trpc.lesc.determine.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.lesc.queue.queryKey() }),
    }),
  );
  const chosen = outcomes.data?.find((o) => o.value === outcome);
  return (
    <Form
      className="inline-form"
      aria-label={`Status determination for ${bookingId}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) determine.mutate({ bookingId, outcome: chosen.value });
      }}
    >
      <Choice
        label="Immigration status"
        placeholder="Choose the status"
        options={outcomes.data?.map((o) => ({ id: o.value, text: o.label }))}
        selected={outcome}
        onSelect={setOutcome}
      />
      <Button type="submit" isDisabled={chosen === undefined || determine.isPending}>
        Record the determination (IAR)
      </Button>
      <ErrorNote error={determine.error} />
    </Form>
  );
}

export default function LescDesk() {
  const trpc = useTRPC();
  const mayDetermine = useMay("lesc.determine");
  const queue = useQuery({ ...trpc.lesc.queue.queryOptions(), refetchInterval: LIVE_MS });
  const now = Date.now();
  return (
    <>
      <h1>
        <Gloss text="LESC: the IAQ queue" />
      </h1>
      <p className="muted">
        <Gloss text="Oldest first. Each IAQ waits for an immigration status determination (MOA V.B); the joint IDR/IAR then goes to the SIB by itself." />
      </p>
      <ErrorNote error={queue.error} />
      {queue.data?.length === 0 && <p className="muted">No IAQ is waiting.</p>}
      <ul className="cards">
        {queue.data?.map((item) => (
          <li key={item.bookingId} className="card">
            <div className="row-between">
              <span>
                <Gloss text="IAQ" /> for <Link href={`/bookings/${encodeURIComponent(item.bookingId)}`}>{item.bookingId}</Link> ({item.ori}, {item.state})
              </span>
              <strong className="age">waiting {formatAge(item.waitingSince, now)}</strong>
            </div>
            {item.iaq && (
              <p className="muted small">
                TCN {item.iaq.tcn}, sent {formatInstant(item.iaq.sentAt)}
              </p>
            )}
            {mayDetermine && <DetermineForm bookingId={item.bookingId} />}
          </li>
        ))}
      </ul>
    </>
  );
}
