"use client";
// Sign-in: the system use notification first (auth.banner, CJIS AC-8), then
// the form. The session goes into an httpOnly cookie the page's scripts cannot
// read. Sent back here by an ended or idle-locked session, it says why.
import { describeError } from "@sc/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useState, type FormEvent } from "react";
import { Button, FieldError, Form, Input, Label, TextField } from "react-aria-components";
import { errorLines } from "../../lib/messages";
import { useTRPC } from "../../trpc/react";

function SignInForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const reason = useSearchParams().get("reason");
  const banner = useQuery(trpc.auth.banner.queryOptions());
  const [problems, setProblems] = useState<string[]>([]);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: () => router.push("/"),
      onError: (error) => setProblems(errorLines(describeError(error))),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblems([]);
    signIn.mutate({ username: String(form.get("username") ?? ""), password: String(form.get("password") ?? ""), channel: "cookie" });
  }

  return (
    <main className="sign-in">
      <h1>Secure Communities</h1>
      <p className="muted">IDENT/IAFIS interoperability - a working model with synthetic data</p>
      {reason !== null && reason !== "not signed in" && (
        <p className="notice" role="status">
          {reason}
        </p>
      )}
      <section className="card banner" aria-label="System use notification">
        {banner.data?.text ?? (banner.error ? errorLines(describeError(banner.error)).join(" ") : "Loading the system use notification...")}
      </section>
      <Form className="card form" onSubmit={submit} aria-label="Sign in">
        <h2>Sign in</h2>
        <TextField name="username" isRequired autoComplete="username">
          <Label>Username</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField name="password" type="password" isRequired autoComplete="current-password">
          <Label>Password</Label>
          <Input />
          <FieldError />
        </TextField>
        {problems.length > 0 && (
          <ul className="error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <Button type="submit" isDisabled={signIn.isPending || banner.data === undefined}>
          {signIn.isPending ? "Signing in..." : "I understand - sign in"}
        </Button>
      </Form>
    </main>
  );
}

export default function SignInPage() {
  return (
    <Suspense>
      <SignInForm />
    </Suspense>
  );
}
