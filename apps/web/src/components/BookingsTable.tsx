"use client";
// A party's bookings, newest first, a page at a time from the server
// (bookings.list's cursor), filtered by status as the party sees it, and kept
// live by polling: new bookings appear without a reload.
import type { ApiOutputs } from "@sc/client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button } from "react-aria-components";
import { Choice } from "./Choice";
import { useTRPC } from "../trpc/react";
import { ErrorNote } from "./ErrorNote";
import { formatInstant, words } from "./format";
import { Gloss } from "./Gloss";

type Row = ApiOutputs["bookings"]["list"]["items"][number];

const PAGE = 25;
export const LIVE_MS = 4_000;

/** What came of a booking's steps, in the order they happen (each only when the party sees it). */
export function outcomeLine(row: Row): string {
  const parts: string[] = [];
  if (row.submission) parts.push(row.submission === "CPI" ? "CPI (NFF state, later booking)" : "CAR");
  if (row.iafis) parts.push(`IAFIS ${row.iafis}`);
  if (row.identMatch !== null) parts.push(row.identMatch ? "IDENT match" : "no IDENT match");
  if (row.iaqSentAt) parts.push("IAQ to LESC");
  if (row.determination) parts.push(`determined: ${words(row.determination)}`);
  if (row.responseAtSib && !row.relayed) parts.push(`${words(row.responseAtSib)} at SIB`);
  if (row.relayed) parts.push(`${words(row.relayed.type)} relayed to LEA`);
  if (row.heldAtSib) parts.push(`held at SIB: ${row.heldAtSib.reason}`);
  if (row.withheld) parts.push(`withheld: ${row.withheld.reason}`);
  if (row.priority) parts.push(`ICE: ${words(row.priority)}`);
  return parts.join(" · ");
}

export function BookingsTable({ title = "Bookings" }: { title?: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<string>("all");
  const statuses = useQuery(trpc.bookings.statuses.queryOptions());
  const list = useInfiniteQuery({
    ...trpc.bookings.list.infiniteQueryOptions({ limit: PAGE, ...(status === "all" ? {} : { status }) }, { getNextPageParam: (last) => last.nextCursor }),
    refetchInterval: LIVE_MS,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="bookings-title">
      <div className="row-between">
        <h2 id="bookings-title">{title}</h2>
        <Choice
          label="Status"
          options={statuses.data === undefined ? undefined : [{ id: "all", text: "all" }, ...statuses.data.map((s) => ({ id: s, text: words(s) }))]}
          selected={status}
          onSelect={(id) => setStatus(id ?? "all")}
        />
      </div>
      <ErrorNote error={list.error} />
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Booking</th>
            <th scope="col">Booked</th>
            <th scope="col">Agency</th>
            <th scope="col">Charges</th>
            <th scope="col">Status</th>
            <th scope="col">What came of it</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.bookingId}>
              <td>
                <Link href={`/bookings/${encodeURIComponent(row.bookingId)}`}>{row.bookingId}</Link>
              </td>
              <td>{formatInstant(row.bookedAt)}</td>
              <td>
                {row.ori} <span className="muted">({row.state})</span>
              </td>
              <td>{row.charges.join(", ")}</td>
              <td>
                <Gloss text={words(row.status)} />
              </td>
              <td>
                <Gloss text={outcomeLine(row)} />
              </td>
            </tr>
          ))}
          {rows.length === 0 && !list.isPending && (
            <tr>
              <td colSpan={6} className="muted">
                No bookings{status === "all" ? "" : ` with status "${words(status)}"`}.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {list.hasNextPage && (
        <Button onPress={() => void list.fetchNextPage()} isDisabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading..." : "Show older bookings"}
        </Button>
      )}
    </section>
  );
}
