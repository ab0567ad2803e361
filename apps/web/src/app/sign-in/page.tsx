"use client";
// Sign-in: the system use banner first (auth.banner, CJIS AC-8), then the form.
// The session goes into an httpOnly cookie the page's scripts cannot read.
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { browserApi, describeError } from "../../lib/api";
import { errorLines } from "../../lib/messages";

export default function SignInPage() {
  const router = useRouter();
  const [banner, setBanner] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    browserApi()
      .auth.banner.query()
      .then((answer) => setBanner(answer.text))
      .catch((error: unknown) => setProblems(errorLines(describeError(error))));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblems([]);
    try {
      await browserApi().auth.signIn.mutate({
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        channel: "cookie",
      });
      router.push("/");
    } catch (error) {
      setProblems(errorLines(describeError(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card banner" aria-label="System use notification">
        {banner ?? "Loading the system use notification..."}
      </section>
      <form className="card" onSubmit={submit} aria-label="Sign in">
        <h1>Sign in</h1>
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {problems.length > 0 && (
          <ul className="error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <button type="submit" disabled={busy || banner === null}>
          {busy ? "Signing in..." : "I understand - sign in"}
        </button>
      </form>
    </>
  );
}
