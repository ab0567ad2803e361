"use client";
// The SC Program Office desk (MOA VI to X): every state's MOA the account may
// read, with its status now, a pending termination's date and days left
// (counted from receipt, MOA VIII), and a link to each state's MOA page.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatInstant, words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay } from "../../../components/me";
import { useTRPC } from "../../../trpc/react";

export default function MoasDesk() {
  const trpc = useTRPC();
  const moas = useQuery({ ...trpc.moa.list.queryOptions(), refetchInterval: 10_000 });
  const mayRelease = useMay("releases.list");
  return (
    <>
      <h1>
        <Gloss text="MOAs" />
      </h1>
      <p className="muted">
        <Gloss text="Each state's MOA between the ICE SC Program Office and its SIB: signatures, notices, suspensions, modifications, disputes and points of contact on each state's page." />
        {mayRelease && (
          <>
            {" "}
            <Link href="/releases">Statistics releases (MOA X)</Link>
          </>
        )}
      </p>
      <ErrorNote error={moas.error} />
      <table className="list">
        <caption>
          <Gloss text="The MOAs, status now" />
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Termination takes effect</th>
            <th scope="col">Days left</th>
          </tr>
        </thead>
        <tbody>
          {moas.data?.map((m) => (
            <tr key={m.state}>
              <td>
                <Link href={`/moa/${m.state}`}>
                  {m.state} ({m.stateName})
                </Link>
              </td>
              <td>
                <Gloss text={words(m.status)} />
              </td>
              <td>{formatInstant(m.since)}</td>
              <td>{formatInstant(m.pendingTerminationAt)}</td>
              <td>{m.terminationDaysLeft ?? "-"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
