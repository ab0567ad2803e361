-- Core's booking state no longer carries its trace (the events hold every
-- message, and traceOf reads it off them); it counts the messages the booking
-- has sent instead ("messagesSent": the next TCN's number is one more). A
-- bookings row written before keeps the older state: count its messages from
-- its events, each message-bearing one holding payload.message.
UPDATE "bookings" AS b
SET "snapshot" = b."snapshot" || jsonb_build_object('messagesSent', (
  SELECT count(*)::int FROM "events" AS e
  WHERE e."stream_id" = 'booking-' || b."id" AND e."payload" ? 'message'
))
WHERE NOT (b."snapshot" ? 'messagesSent');
