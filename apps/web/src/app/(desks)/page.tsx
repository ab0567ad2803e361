"use client";
// Home: each party's first desk (the first the navigation shows it).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { desksFor } from "../../components/desks";
import { useMe } from "../../components/me";

export default function HomePage() {
  const me = useMe();
  const router = useRouter();
  const first = desksFor(me.may)[0];
  useEffect(() => {
    if (first !== undefined) router.replace(first.href);
  }, [first, router]);
  return <p className="muted">{first === undefined ? "This account has no desk in this version of the web app." : "Opening your desk..."}</p>;
}
