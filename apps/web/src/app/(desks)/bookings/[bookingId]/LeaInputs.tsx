"use client";
// The booking LEA's inputs that ICE's custody waits for (MOA V, V.C): the
// charges adjudicated (each charge convicted or not, with its sentence), and
// the end of local custody (sentence completed or released).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Checkbox, Form, Input, Label, TextField } from "react-aria-components";
import { ErrorNote } from "../../../../components/ErrorNote";
import { useMay } from "../../../../components/me";
import { useTRPC } from "../../../../trpc/react";

export function LeaInputs({ bookingId, charges, adjudicated, custodyEnded }: { bookingId: string; charges: readonly string[]; adjudicated: boolean; custodyEnded: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mayAdjudicate = useMay("bookings.recordAdjudication");
  const mayEndCustody = useMay("bookings.recordLocalCustodyEnded");
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.bookings.get.queryKey({ bookingId }) });
  const adjudicate = useMutation(trpc.bookings.recordAdjudication.mutationOptions({ onSuccess }));
  const endCustody = useMutation(trpc.bookings.recordLocalCustodyEnded.mutationOptions({ onSuccess }));
  const [convicted, setConvicted] = useState<Record<string, boolean>>({});
  const [sentences, setSentences] = useState<Record<string, string>>({});
  if (!mayAdjudicate && !mayEndCustody) return null;
  return (
    <section className="card" aria-labelledby="lea-inputs">
      <h2 id="lea-inputs">The agency&apos;s record</h2>
      {mayAdjudicate && !adjudicated && (
        <Form
          aria-label="Record adjudication"
          onSubmit={(e) => {
            e.preventDefault();
            adjudicate.mutate({
              bookingId,
              convictions: charges
                .filter((c) => convicted[c] === true)
                .map((ncicCode) => {
                  const days = Number.parseInt(sentences[ncicCode] ?? "", 10);
                  return Number.isFinite(days) ? { ncicCode, sentenceDays: days } : { ncicCode };
                }),
            });
          }}
        >
          <h3>Charges adjudicated</h3>
          {charges.map((code) => (
            <div className="charge" key={code}>
              <Checkbox isSelected={convicted[code] === true} onChange={(v) => setConvicted({ ...convicted, [code]: v })}>
                Convicted of {code}
              </Checkbox>
              {convicted[code] === true && (
                <TextField value={sentences[code] ?? ""} onChange={(v) => setSentences({ ...sentences, [code]: v })}>
                  <Label>Sentence in days</Label>
                  <Input inputMode="numeric" />
                </TextField>
              )}
            </div>
          ))}
          <Button type="submit" isDisabled={adjudicate.isPending}>
            Record adjudication
          </Button>
          <ErrorNote error={adjudicate.error} />
        </Form>
      )}
      {adjudicated && <p>✓ Charges adjudicated.</p>}
      {mayEndCustody && !custodyEnded && (
        <div className="step">
          <h3>End of local custody</h3>
          <Button onPress={() => endCustody.mutate({ bookingId, reason: "released" })} isDisabled={endCustody.isPending}>
            Record release
          </Button>{" "}
          <Button onPress={() => endCustody.mutate({ bookingId, reason: "sentence-completed" })} isDisabled={endCustody.isPending}>
            Record sentence completed
          </Button>
          <ErrorNote error={endCustody.error} />
        </div>
      )}
      {custodyEnded && <p>✓ Out of local custody.</p>}
    </section>
  );
}
