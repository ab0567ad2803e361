"use client";
// CJIS AC-11 in the browser: a desk polls its queue, and polling is not the
// person's activity, so the page itself ends the session after the API's idle
// limit (auth.session's idleLockMinutes) without a key or a click, and goes
// back to sign-in saying why. The server's own lock still ends a session whose
// tab was closed.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { toSignIn, useTRPC } from "../trpc/react";

const CHECK_EVERY_MS = 15_000;

export function IdleLock({ minutes }: { minutes: number }) {
  const trpc = useTRPC();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());
  const lastActivity = useRef(Date.now());
  const { mutateAsync } = signOut;

  useEffect(() => {
    const seen = () => {
      lastActivity.current = Date.now();
    };
    const events = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current < minutes * 60_000) return;
      window.clearInterval(timer);
      void mutateAsync()
        .catch(() => undefined)
        .finally(() => toSignIn(`session locked after ${minutes} minutes without activity: sign in again`));
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const e of events) window.removeEventListener(e, seen);
    };
  }, [minutes, mutateAsync]);
  return null;
}
