"use client";
// The signed-in shell: header with the account and sign-out, the navigation
// of the desks core lets this account use (auth.me's `may`), the idle lock.
// Without a session it sends the browser to sign-in, saying why.
import { describeError } from "@sc/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { Button } from "react-aria-components";
import { desksFor } from "../../components/desks";
import { IdleLock } from "../../components/IdleLock";
import { MeContext } from "../../components/me";
import { errorLines } from "../../lib/messages";
import { toSignIn, useTRPC } from "../../trpc/react";

export default function DesksLayout({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const session = useQuery(trpc.auth.session.queryOptions());
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => toSignIn(null) }));
  const me = session.data?.me ?? null;
  const reason = session.data?.reason ?? null;

  useEffect(() => {
    if (session.data !== undefined && me === null) toSignIn(reason);
  }, [session.data, me, reason]);

  if (session.error) {
    return (
      <main className="page">
        <p className="error" role="alert">
          {errorLines(describeError(session.error)).join(" ")}
        </p>
      </main>
    );
  }
  if (me === null || session.data === undefined) {
    return (
      <main className="page">
        <p className="muted">Loading...</p>
      </main>
    );
  }
  const desks = desksFor(me.may);
  return (
    <MeContext.Provider value={me}>
      <a className="skip" href="#content">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Secure Communities
        </Link>
        <span className="muted">working model, synthetic data</span>
        <span className="who">
          <strong>{me.displayName}</strong> <span className="muted">({me.partyLabel})</span>
        </span>
        <Button className="quiet" onPress={() => signOut.mutate()} isDisabled={signOut.isPending}>
          Sign out
        </Button>
      </header>
      <nav aria-label="Desks" className="desks">
        <ul>
          {desks.map((d) => (
            <li key={d.href}>
              <Link href={d.href} aria-current={pathname === d.href || pathname.startsWith(`${d.href}/`) ? "page" : undefined}>
                {d.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content" className="page" tabIndex={-1}>
        {children}
      </main>
      <IdleLock minutes={session.data.idleLockMinutes} />
    </MeContext.Provider>
  );
}
