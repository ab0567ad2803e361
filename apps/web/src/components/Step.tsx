"use client";
// A step of the MOA's machinery as the API judged it for this account now
// (moa.get actions, releases.list actions: core's mayPerform, then the
// decider run dry). Allowed: the control. Not allowed but the account works
// this procedure: a quiet note with core's refusal, so the person reads why
// (quiet, since a step already taken is the usual reason, not an error). Not
// this account's procedure at all: nothing.
import type { ReactNode } from "react";
import { Gloss } from "./Gloss";
import { useMay } from "./me";

export type Step = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

export function StepGate({ step, procedure, what, children }: { step: Step | undefined; procedure: string; what: string; children: ReactNode }) {
  const may = useMay(procedure);
  if (!may || step === undefined) return null;
  if (step.allowed) return <>{children}</>;
  return (
    <p className="muted small step-note">
      <Gloss text={`${what}: not now. ${step.reason}`} />
    </p>
  );
}
