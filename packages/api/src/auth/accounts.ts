// Creating accounts and releasing locks: administrator commands.
import type { Party } from "@sc/core";
import { users, type Executor } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { hashPassword, passwordProblem } from "./password";

export interface NewAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly party: Party;
  readonly password: string;
  readonly isAdmin?: boolean;
}

/** Inserts an account; the password must pass the policy (BAD_REQUEST naming the field otherwise). */
export async function insertAccount(db: Executor, account: NewAccount, now: Date): Promise<void> {
  const problem = passwordProblem(account.password, account.username);
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: `password: ${problem}` });
  await db.insert(users).values({
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    party: account.party,
    partyKind: account.party.kind,
    isAdmin: account.isAdmin ?? false,
    passwordHash: await hashPassword(account.password),
    failuresResetAt: now,
    createdAt: now,
  });
}
