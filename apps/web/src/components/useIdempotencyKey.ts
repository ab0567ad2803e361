"use client";
// One idempotency key per submission of a creating form: kept across a double
// click and a retry of the same submission (the API answers the first result
// again), renewed once the submission succeeded.
import { useCallback, useRef } from "react";

export function useIdempotencyKey(): { key: () => string; done: () => void } {
  const current = useRef<string | null>(null);
  const key = useCallback(() => (current.current ??= crypto.randomUUID()), []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { key, done };
}
