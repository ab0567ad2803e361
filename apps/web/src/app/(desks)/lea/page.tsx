"use client";
// The LEA's desk (MOA IV.A): book a synthetic subject, picked by name, with
// charges classified as they are typed; then the agency's bookings with the
// responses relayed to it. Adjudication and the end of local custody are
// recorded on each booking's page.
import { describeError } from "@sc/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button, Form } from "react-aria-components";
import { Choice } from "../../../components/Choice";
import { BookingsTable } from "../../../components/BookingsTable";
import { ChargeRows, type ChargeDraft } from "../../../components/ChargeRows";
import { ErrorNote } from "../../../components/ErrorNote";
import { words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useIdempotencyKey } from "../../../components/useIdempotencyKey";
import { useTRPC } from "../../../trpc/react";

export default function LeaDesk() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const subjects = useQuery(trpc.bookings.subjects.queryOptions());
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [charges, setCharges] = useState<ChargeDraft[]>([{ id: 1, code: "", sentence: "" }]);
  const [missing, setMissing] = useState<string | null>(null);
  const idempotency = useIdempotencyKey();
  const book = useMutation(
    trpc.bookings.book.mutationOptions({
      onSuccess: () => {
        idempotency.done();
        setCharges([{ id: 1, code: "", sentence: "" }]);
        void queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const codes = charges.map((c) => c.code.trim()).filter((c) => c !== "");
    if (templateId === null) return setMissing("Pick the subject being booked.");
    if (codes.length === 0) return setMissing("Add at least one charge.");
    setMissing(null);
    book.mutate({ idempotencyKey: idempotency.key(), templateId, charges: codes });
  }

  const booked = book.data?.booking;
  return (
    <>
      <h1>Book a subject</h1>
      <Form className="card form" onSubmit={submit} aria-label="Book a subject">
        <Choice
          label="Subject (synthetic)"
          wide
          placeholder="Pick a subject"
          options={subjects.data?.map((subject) => ({
            id: subject.templateId,
            text: subject.name,
            view: (
              <>
                <strong>{subject.name}</strong> <span className="muted">- <Gloss text={subject.note} /></span>
              </>
            ),
          }))}
          selected={templateId}
          onSelect={setTemplateId}
        />
        <ChargeRows charges={charges} onChange={setCharges} />
        {missing && (
          <p className="error" role="alert">
            {missing}
          </p>
        )}
        <ErrorNote error={book.error ? book.error : null} />
        <Button type="submit" isDisabled={book.isPending}>
          {book.isPending ? "Booking..." : "Book and send the CAR"}
        </Button>
      </Form>
      {booked && (
        <p className="notice" role="status">
          Booked <Link href={`/bookings/${encodeURIComponent(booked.bookingId)}`}>{booked.bookingId}</Link>: <Gloss text={words(booked.status)} />.
          {book.data?.stopped ? ` Stopped: ${book.data.stopped.message} (${book.data.stopped.rule}).` : ""}
        </p>
      )}
      {book.error && describeError(book.error).code === null && <p className="muted">Nothing was booked twice: sending again reuses this submission's key.</p>}
      <BookingsTable title="Your agency's bookings" />
    </>
  );
}
