// The LEA books a subject (MOA IV.A): pick the subject by name, type the
// charges, and each code is classified as it is typed (classification.classifyBatch,
// which marks a bad code invalid with core's note instead of failing). Enter books
// and opens the booking's trace.
import { randomUUID } from "node:crypto";
import { Box, Text, useInput } from "ink";
import { useEffect, useState, type ReactNode } from "react";
import type { ApiOutputs } from "@sc/client";
import { describeFailure } from "../../../api/errors";
import { ScrollList } from "../components/ScrollList";
import { useApp, useHelp, type Screen } from "../context";
import { useLoad } from "../hooks";
import { KEYS } from "../keys";
import { Field } from "../components/Field";
import { bookingScreen } from "./Booking";

export function bookScreen(): Screen {
  return { title: "book a subject", render: () => <Book /> };
}

type Classified = ApiOutputs["classification"]["classifyBatch"];

const codesOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

function Book(): ReactNode {
  const app = useApp();
  const [subjects] = useLoad(() => app.api.bookings.subjects.query(), []);
  const [selected, setSelected] = useState(0);
  const [field, setField] = useState<"subject" | "charges">("subject");
  const [charges, setCharges] = useState("");
  const [classified, setClassified] = useState<Classified>([]);
  const [problem, setProblem] = useState<string | null>(null);
  // The idempotency key of this form: a retried Enter books once.
  const [key, setKey] = useState(randomUUID);
  useHelp(field === "subject" ? [{ key: "Enter", label: "choose subject" }] : []);

  useEffect(() => {
    app.setTyping(field === "charges");
    return () => app.setTyping(false);
  }, [field, app.setTyping]);

  useEffect(() => {
    const codes = codesOf(charges).slice(0, 20);
    if (codes.length === 0) return setClassified([]);
    let live = true;
    app.api.classification.classifyBatch.query({ rows: codes.map((code) => ({ code })) }).then(
      (rows) => live && (setClassified(rows), setProblem(null)),
      (error: unknown) => live && setProblem(describeFailure(error).message),
    );
    return () => {
      live = false;
    };
  }, [charges, app.api]);

  useInput(
    (input, key) => {
      if (field === "charges" && (KEYS.back.matches(input, key) || KEYS.next.matches(input, key))) setField("subject");
      else if (field === "subject" && KEYS.next.matches(input, key)) setField("charges");
    },
    { isActive: app.active },
  );

  const list = subjects.status === "ok" ? subjects.value : [];
  const subject = list[selected];
  const book = async (typed: string) => {
    if (subject === undefined) return;
    const codes = codesOf(typed);
    if (codes.length === 0) return app.flash("type at least one NCIC charge code", "error");
    const done = await app.busy("booking", () => app.api.bookings.book.mutate({ idempotencyKey: key, templateId: subject.templateId, charges: codes }));
    if (done === null) return;
    setKey(randomUUID());
    app.flash(`booked ${subject.name}: ${done.booking.bookingId} (${done.booking.status})`, "ok");
    app.push(bookingScreen(done.booking.bookingId));
  };

  return (
    <Box flexDirection="column">
      <Text bold>Subject</Text>
      {subjects.status === "error" ? <Text color="red">{subjects.message}</Text> : null}
      <Box height={Math.min(list.length + 2, Math.max(4, app.height - 10))} flexDirection="column">
        <ScrollList
          rows={list.map((s) => `${s.name.padEnd(16)} ${s.note}`)}
          selected={selected}
          onSelect={setSelected}
          onOpen={() => setField("charges")}
          height={Math.min(list.length + 2, Math.max(4, app.height - 10))}
          width={app.width}
          active={app.active && field === "subject"}
          empty="loading the subjects…"
        />
      </Box>
      <Box>
        <Text bold={field === "charges"}>{"Charges (NCIC codes): "}</Text>
        <Field value={charges} onChange={setCharges} focus={app.active && field === "charges"} placeholder="e.g. 0901 3562" onSubmit={(typed) => void book(typed)} />
      </Box>
      {problem !== null ? <Text color="red">{problem}</Text> : null}
      {classified.map((c) => (
        <Text key={c.index} color={c.status === "invalid" ? "red" : undefined} wrap="wrap">
          {`  ${c.code.padEnd(6)} ${c.status === "invalid" ? `invalid: ${c.notes.join("; ")}` : `${c.level === null ? `Level ${c.candidates?.join(" or ") ?? "-"}` : `Level ${c.level}`}  ${c.category ?? ""}${c.status === "pending-sentence" ? " (sentence decides)" : ""}`}`}
        </Text>
      ))}
      <Text dimColor>{field === "subject" ? "Enter or Tab: type the charges" : "Enter: book · Esc/Tab: back to the subject"}</Text>
    </Box>
  );
}
