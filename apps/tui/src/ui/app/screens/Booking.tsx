// One booking: where it stands, its response times, and its trace drawn as a
// sequence diagram (render/trace-diagram.ts over core's diagram) that scrolls
// under fixed lane names and is redrawn for the terminal's width. The LEA's
// inputs (adjudication, end of local custody; MOA V, V.C) are letters here when
// `may` lists them.
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import { formatDuration, shortId } from "../../../render/duration";
import { renderDiagram } from "../../../render/trace-diagram";
import { ScrollText } from "../components/ScrollText";
import { useApp, useHelp, type AppApi, type Screen } from "../context";
import { useLoad } from "../hooks";
import { actionBinding, KEYS, type ActionKey } from "../keys";

export function bookingScreen(bookingId: string): Screen {
  return { title: `booking ${shortId(bookingId)}`, render: () => <Booking bookingId={bookingId} /> };
}

const ADJUDICATE: ActionKey = { key: "a", label: "adjudication" };
const CUSTODY_ENDED: ActionKey = { key: "e", label: "end of local custody" };

async function adjudicate(app: AppApi, bookingId: string): Promise<string | null> {
  const codes = await app.ask.text("Convictions: NCIC codes, space-separated (empty: none; sentence as 3562:400 days)");
  if (codes === null) return null;
  const convictions = codes
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((c) => {
      const [ncicCode = "", days] = c.split(":");
      return days === undefined ? { ncicCode } : { ncicCode, sentenceDays: Number(days) };
    });
  const b = await app.api.bookings.recordAdjudication.mutate({ bookingId, convictions });
  return `adjudication recorded: ${b.status}`;
}

async function endCustody(app: AppApi, bookingId: string): Promise<string | null> {
  const reason = await app.ask.choose("Local custody ended because", [
    { value: "sentence-completed", label: "the sentence was completed" },
    { value: "released", label: "the subject was released" },
  ]);
  if (reason !== "sentence-completed" && reason !== "released") return null;
  const b = await app.api.bookings.recordLocalCustodyEnded.mutate({ bookingId, reason });
  return `end of local custody recorded: ${b.status}`;
}

function Booking({ bookingId }: { readonly bookingId: string }): ReactNode {
  const app = useApp();
  const [loaded, reload] = useLoad(() => app.api.bookings.get.query({ bookingId }), [bookingId]);
  const actions = [...(app.may("bookings.recordAdjudication") ? [ADJUDICATE] : []), ...(app.may("bookings.recordLocalCustodyEnded") ? [CUSTODY_ENDED] : [])];
  useHelp([...actions, { key: "R", label: "reload" }]);
  useInput(
    (input, key) => {
      if (KEYS.reload.matches(input, key)) return reload();
      const run = actions.includes(ADJUDICATE) && actionBinding(ADJUDICATE).matches(input, key) ? adjudicate : actions.includes(CUSTODY_ENDED) && actionBinding(CUSTODY_ENDED).matches(input, key) ? endCustody : null;
      if (run === null) return;
      void app.busy("recording", () => run(app, bookingId)).then((message) => {
        if (message !== null) app.flash(message, "ok");
        reload();
      });
    },
    { isActive: app.active },
  );
  if (loaded.status === "loading") return <Text dimColor>loading the trace…</Text>;
  if (loaded.status === "error") return <Text color="red">{loaded.message}</Text>;
  const b = loaded.value;
  const { header, body } = renderDiagram(b.diagram, app.width);
  const times = [b.responseTimes.toSibMs, b.responseTimes.toLeaMs].map((ms) => (ms === null ? "-" : formatDuration(ms)));
  return (
    <Box flexDirection="column">
      <Text>{`${b.bookingId}  ${b.ori}  `}<Text bold>{b.status}</Text></Text>
      <Text>{`charges ${b.charges.join(" ")} · response time at SIB ${times[0]}, at LEA ${times[1]}`}</Text>
      <ScrollText sticky={header} lines={body} height={app.height - 2} active={app.active} />
    </Box>
  );
}
