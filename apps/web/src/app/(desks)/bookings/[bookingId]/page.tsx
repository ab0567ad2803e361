"use client";
// One booking as this party may see it (bookings.get): where it stands, its
// response times (DOMAIN 3.8), and its trace as a sequence diagram with the
// same facts in a table; the LEA's inputs where the account may record them.
import { useQuery } from "@tanstack/react-query";
import { use } from "react";
import { LIVE_MS } from "../../../../components/BookingsTable";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatDuration, formatInstant, words } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { SequenceDiagram } from "../../../../components/SequenceDiagram";
import { useTRPC } from "../../../../trpc/react";
import { LeaInputs } from "./LeaInputs";

export default function BookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId: raw } = use(params);
  const bookingId = decodeURIComponent(raw);
  const trpc = useTRPC();
  const booking = useQuery({ ...trpc.bookings.get.queryOptions({ bookingId }), refetchInterval: LIVE_MS });
  const b = booking.data;
  return (
    <>
      <h1>Booking {bookingId}</h1>
      <ErrorNote error={booking.error} />
      {b && (
        <>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <Gloss text={words(b.status)} />
            </dd>
            <dt>Agency</dt>
            <dd>
              {b.ori} ({b.state}){b.fieldOffice ? `, field office ${b.fieldOffice}` : ""}
            </dd>
            <dt>Booked</dt>
            <dd>{formatInstant(b.bookedAt)}</dd>
            <dt>Charges</dt>
            <dd>{b.charges.join(", ")}</dd>
            <dt>Response at the SIB</dt>
            <dd>{formatDuration(b.responseTimes.toSibMs)}</dd>
            <dt>Response at the LEA</dt>
            <dd>{formatDuration(b.responseTimes.toLeaMs)}</dd>
            {b.withheld && (
              <>
                <dt>Withheld</dt>
                <dd className="error-text">
                  <Gloss text={`${words(b.withheld.step)} at ${formatInstant(b.withheld.at)}: ${b.withheld.reason}`} />
                </dd>
              </>
            )}
            {b.heldAtSib && (
              <>
                <dt>Held at the SIB</dt>
                <dd>
                  <Gloss text={b.heldAtSib.reason} />
                </dd>
              </>
            )}
          </dl>
          <SequenceDiagram diagram={b.diagram} bookingId={bookingId} />
          <LeaInputs bookingId={bookingId} charges={b.charges} adjudicated={b.ice.adjudication !== null} custodyEnded={b.ice.localCustodyEnded !== null} />
        </>
      )}
    </>
  );
}
