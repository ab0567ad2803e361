-- flow_messages copied every message of every booking out of the events, and
-- nothing read it: the events hold each message (payload.message) and a
-- booking's trace is rebuilt from them. Writing it was seven rows and three
-- index entries per booking, a quarter of a booking's write (issue 4).
DROP TABLE "flow_messages" CASCADE;
