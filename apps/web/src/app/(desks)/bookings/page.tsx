"use client";
// Every booking this account may see (core's maySee), newest first.
import { BookingsTable } from "../../../components/BookingsTable";

export default function BookingsPage() {
  return (
    <>
      <h1>Bookings</h1>
      <BookingsTable title="Bookings you may see" />
    </>
  );
}
