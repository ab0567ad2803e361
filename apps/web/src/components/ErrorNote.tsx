"use client";
// A failed call's message in the server's words, field by field; never a stack.
import { describeError } from "@sc/client";
import { errorLines } from "../lib/messages";

export function ErrorNote({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const lines = errorLines(describeError(error));
  return (
    <div className="error" role="alert">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
