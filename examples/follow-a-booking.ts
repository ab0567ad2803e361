// A booking followed through the flow with the typed client: an LEA books a subject
// by name, LESC determines the status, the SIB relays, and the trace is printed.
// Run from the repo root: npx tsx examples/follow-a-booking.ts (SC_API_URL for another server).
import { randomUUID } from "node:crypto";
import { createClient } from "@sc/client";

const url = process.env.SC_API_URL ?? "http://localhost:4000";
async function as(username: string) {
  const { token } = await createClient({ url }).auth.signIn.mutate({ username, password: `demo-${username}-2026` });
  return createClient({ url, token });
}

const lea = await as("lea.tx");
const subject = (await lea.bookings.subjects.query()).find((s) => s.name === "Casey Birch");
if (subject === undefined) throw new Error("the demo subject Casey Birch is missing");
const { booking } = await lea.bookings.book.mutate({ idempotencyKey: randomUUID(), templateId: subject.templateId, charges: ["2399"] });
console.log(`booked ${booking.bookingId}: ${booking.status}`);

const lesc = await as("lesc");
console.log(`determined: ${(await lesc.lesc.determine.mutate({ bookingId: booking.bookingId, outcome: "removable" })).booking.status}`);

// The Texas SIB has no relay capability (MOA IV.B): the first relay holds it, the second passes it on by other means.
const sib = await as("sib.tx");
for (let i = 0; i < 2; i++) console.log(`relay: ${(await sib.sib.relay.mutate({ bookingId: booking.bookingId })).booking.status}`);

const trace = await lea.bookings.get.query({ bookingId: booking.bookingId });
for (const row of trace.diagram.rows) {
  if (row.kind === "message") console.log(`${row.sentAt}  ${row.from} -> ${row.to}  ${row.label}`);
  else if (row.kind === "stop") console.log(`${row.at}  ${row.from} x ${row.to}  ${row.step}: ${row.reason}`);
  else console.log(`${row.at}  ${row.lane}: ${row.text}`);
}
