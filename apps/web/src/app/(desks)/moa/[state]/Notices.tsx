"use client";
// MOA VIII: termination, temporary suspension and resumption notices, each
// with its kind, delivery method, sent and received times; a termination
// takes effect 30 days after receipt (the date and days left are the API's).
// The form sends what the person gives; core refuses what the MOA does not
// allow (an oral termination, a resumption by the side that did not suspend),
// and the refusal is shown in its words.
import { DELIVERY_LABELS, DeliveryMethod, GROUND_LABELS, NoticeKind, SuspensionGround, type ContactRole } from "@sc/core";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button, Form, Label, TextArea, TextField } from "react-aria-components";
import { Choice } from "../../../../components/Choice";
import { ErrorNote } from "../../../../components/ErrorNote";
import { formatInstant } from "../../../../components/format";
import { Gloss } from "../../../../components/Gloss";
import { useMay } from "../../../../components/me";
import { useIdempotencyKey } from "../../../../components/useIdempotencyKey";
import { useTRPC } from "../../../../trpc/react";
import { useRefresh, type Moa } from "./shared";

/** A datetime-local value read as UTC: every desk reads one clock. */
const utc = (local: string): string => `${local}:00.000Z`;
const nowLocal = (): string => new Date().toISOString().slice(0, 16);

export function Notices({ moa }: { moa: Moa }) {
  const mayGive = useMay("moa.giveNotice") && moa.noticeRecipients.length > 0;
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">Notices</h2>
      {moa.termination && (
        <p className="notice">
          <Gloss
            text={`Termination: notice ${moa.termination.noticeId} received ${formatInstant(moa.termination.receivedAt)} by ${DELIVERY_LABELS[moa.termination.delivery]}; takes effect ${formatInstant(moa.termination.effectiveAt)}${moa.terminationDaysLeft === null ? "" : `, ${moa.terminationDaysLeft} days left`} (MOA VIII: 30 days after receipt).`}
          />
        </p>
      )}
      {moa.notices.length === 0 ? (
        <p className="muted">No notice has been given.</p>
      ) : (
        <table className="list">
          <caption>Notices given under the MOA, in the order received</caption>
          <thead>
            <tr>
              <th scope="col">Notice</th>
              <th scope="col">Kind</th>
              <th scope="col">From, to</th>
              <th scope="col">Delivery</th>
              <th scope="col">Sent</th>
              <th scope="col">Received</th>
            </tr>
          </thead>
          <tbody>
            {moa.notices.map((n) => (
              <tr key={n.id}>
                <td>{n.id}</td>
                <td>{n.kind === "suspension" ? `suspension (${GROUND_LABELS[n.ground]})` : n.kind}</td>
                <td>
                  <Gloss text={`${n.from} to ${n.recipientName} (${n.to} POC)`} />
                </td>
                <td>{DELIVERY_LABELS[n.delivery]}</td>
                <td>{formatInstant(n.sentAt)}</td>
                <td>{formatInstant(n.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayGive && <GiveNotice moa={moa} />}
    </section>
  );
}

function GiveNotice({ moa }: { moa: Moa }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const id = useId();
  const idempotency = useIdempotencyKey();
  const [kind, setKind] = useState<NoticeKind>("suspension");
  const [to, setTo] = useState<ContactRole | null>(moa.noticeRecipients[0] ?? null);
  const [delivery, setDelivery] = useState<DeliveryMethod>("certified-mail");
  const [ground, setGround] = useState<SuspensionGround>("resource-constraints");
  const [sentAt, setSentAt] = useState(nowLocal);
  const [receivedAt, setReceivedAt] = useState(nowLocal);
  const [details, setDetails] = useState("");
  const give = useMutation(
    trpc.moa.giveNotice.mutationOptions({
      onSuccess: () => {
        idempotency.done();
        setSentAt(nowLocal());
        setReceivedAt(nowLocal());
        setDetails("");
        refresh();
      },
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (to === null) return;
    const common = { to, delivery, sentAt: utc(sentAt), receivedAt: utc(receivedAt) };
    const notice =
      kind === "suspension"
        ? { kind, ...common, ground, ...(details.trim() === "" ? {} : { details }) }
        : { kind, ...common, ...(details.trim() === "" ? {} : { remarks: details }) };
    give.mutate({ idempotencyKey: idempotency.key(), state: moa.state, notice });
  }
  return (
    <Form className="card form" onSubmit={submit} aria-label="Give notice">
      <h3>Give notice (MOA VIII)</h3>
      <div className="inline-form">
        <Choice label="Kind of notice" options={NoticeKind.options.map((k) => ({ id: k, text: k }))} selected={kind} onSelect={(k) => k && setKind(NoticeKind.parse(k))} />
        <Choice
          label="To the point of contact"
          options={moa.noticeRecipients.map((r) => ({ id: r, text: `${r} POC (${moa.pointsOfContact[r]?.name ?? "none on file"})` }))}
          selected={to}
          onSelect={(r) => setTo(moa.noticeRecipients.find((x) => x === r) ?? null)}
          wide
        />
        <Choice label="Delivered by" options={DeliveryMethod.options.map((d) => ({ id: d, text: DELIVERY_LABELS[d] }))} selected={delivery} onSelect={(d) => d && setDelivery(DeliveryMethod.parse(d))} />
        {kind === "suspension" && (
          <Choice label="Ground" options={SuspensionGround.options.map((g) => ({ id: g, text: GROUND_LABELS[g] }))} selected={ground} onSelect={(g) => g && setGround(SuspensionGround.parse(g))} />
        )}
      </div>
      <div className="inline-form">
        <div>
          <label htmlFor={`${id}-sent`}>Sent (UTC)</label>
          <input id={`${id}-sent`} type="datetime-local" value={sentAt} onChange={(e) => setSentAt(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-received`}>Received (UTC)</label>
          <input id={`${id}-received`} type="datetime-local" value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />
        </div>
      </div>
      <TextField value={details} onChange={setDetails}>
        <Label>{kind === "suspension" ? "Details (optional)" : "Remarks (optional)"}</Label>
        <TextArea rows={2} />
      </TextField>
      <ErrorNote error={give.error} />
      {give.data && (
        <p className="done" role="status">
          Notice {give.data.id} recorded.
        </p>
      )}
      <Button type="submit" isDisabled={give.isPending}>
        {give.isPending ? "Sending..." : `Give the ${kind} notice`}
      </Button>
    </Form>
  );
}
