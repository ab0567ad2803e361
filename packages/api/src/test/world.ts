// Test world: a fresh database on one backend, the demo world seeded, a manual
// clock, and callers signed in as any demo account (STYLE.md: createCaller over
// a fresh embedded database).
import type { TestBackend, TestDatabase } from "@sc/db/testing";
import { ManualClock } from "../clock";
import { createInnerContext } from "../context";
import { createCaller } from "../root";
import { DEMO_ACCOUNTS, seedDemoWorld } from "../seed/demo";

export const START = "2026-03-02T09:00:00.000Z";

export function demoPassword(username: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

export interface World {
  readonly database: TestDatabase;
  readonly clock: ManualClock;
  caller(token: string | null): ReturnType<typeof createCaller>;
  signIn(username: string): Promise<string>;
  as(username: string): Promise<ReturnType<typeof createCaller>>;
  close(): Promise<void>;
}

export async function openWorld(backend: TestBackend): Promise<World> {
  const database = await backend.open();
  const clock = new ManualClock(START);
  await seedDemoWorld(database.db, clock);
  const caller = (token: string | null) => createCaller(createInnerContext({ db: database.db, clock, token, source: "test" }));
  const signIn = async (username: string) => {
    const answer = await caller(null).auth.signIn({ username, password: demoPassword(username), channel: "bearer" });
    if (!answer.token) throw new Error("no token");
    return answer.token;
  };
  return {
    database,
    clock,
    caller,
    signIn,
    as: async (username) => caller(await signIn(username)),
    close: () => database.close(),
  };
}
