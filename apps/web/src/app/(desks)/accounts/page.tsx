"use client";
// Account administration (administrators; CJIS AC-7): the accounts within
// this administrator's scope (auth.accounts: core's AdministerUsers), locked
// ones first with the lock released here, and a new account created within
// scope. The scope and every refusal are core's, through the API.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatInstant } from "../../../components/format";
import { useTRPC } from "../../../trpc/react";
import { NewAccount } from "./NewAccount";
import { TableHead } from "../../../components/TableHead";

export default function AccountsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useQuery(trpc.auth.accounts.queryOptions());
  const release = useMutation(
    trpc.auth.releaseLock.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.auth.accounts.queryKey() }),
    }),
  );
  const locked = accounts.data?.filter((a) => a.lockedAt !== null).length ?? 0;
  return (
    <>
      <h1>Accounts</h1>
      <p className="muted">An account is locked after 5 failed sign-ins in 15 minutes; only an administrator releases it (CJIS Security Policy AC-7).</p>
      <ErrorNote error={accounts.error ?? release.error} />
      {release.data && (
        <p className="done" role="status">
          {release.data.wasLocked ? `${release.data.username}: the lock is released; the account may sign in again.` : `${release.data.username} was not locked.`}
        </p>
      )}
      {accounts.data && (
        <table>
          <caption>
            {accounts.data.length} accounts, {locked} locked
          </caption>
          <TableHead columns={["Username", "Name", "Party", "Administrator", "Locked"]} />
          <tbody>
            {accounts.data.map((a) => (
              <tr key={a.username}>
                <td>{a.username}</td>
                <td>{a.displayName}</td>
                <td>{a.partyLabel}</td>
                <td>{a.isAdmin ? "yes" : ""}</td>
                <td>
                  {a.lockedAt === null ? (
                    <span className="muted">no</span>
                  ) : (
                    <span className="row-between">
                      <span className="reason">since {formatInstant(a.lockedAt)}</span>
                      <Button onPress={() => release.mutate({ username: a.username })} isDisabled={release.isPending} aria-label={`Release the lock of ${a.username}`}>
                        Release the lock
                      </Button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewAccount />
    </>
  );
}
