"use client";
// Home (placeholder until the domain screens land): who is signed in, as which
// party, and sign-out. Without a session it sends the browser to /sign-in.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ApiOutputs } from "@sc/client";
import { browserApi, describeError } from "../lib/api";
import { errorLines, needsSignIn } from "../lib/messages";

type Me = ApiOutputs["auth"]["me"];

export default function HomePage() {
  const router = useRouter();
  const [me, setMe] = useState<Me | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    browserApi()
      .auth.me.query()
      .then(setMe)
      .catch((error: unknown) => {
        const described = describeError(error);
        if (needsSignIn(described)) router.replace("/sign-in");
        else setProblems(errorLines(described));
      });
  }, [router]);

  async function signOut() {
    await browserApi().auth.signOut.mutate().catch(() => undefined);
    router.replace("/sign-in");
  }

  if (problems.length > 0) return <p className="error" role="alert">{problems.join(" ")}</p>;
  if (!me) return <p className="muted">Loading...</p>;
  return (
    <section className="card">
      <h1>Signed in</h1>
      <p>
        <strong>{me.displayName}</strong> ({me.username}) - {me.partyLabel}
        {me.isAdmin ? " - administrator" : ""}
      </p>
      <p className="muted">The message flow, MOA and statistics screens come here.</p>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </section>
  );
}
