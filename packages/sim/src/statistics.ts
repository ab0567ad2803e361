// The run's statistics through the API's own statistics procedure (the same
// figures the web and terminal statistics screens show), signed in as the ICE
// SC Program Office (national scope) with the demo account the run seeded,
// over the simulated period [day 0, day D).
import { createCaller, createInnerContext, DEMO_ACCOUNTS, systemClock } from "@sc/api";
import type { ProgramStatistics } from "@sc/core";
import type { Db } from "@sc/db";
import { dayAt } from "./world";
import type { Plan } from "./workload";

export const STATISTICS_ACCOUNT = "program";

export async function runStatistics(db: Db, plan: Plan): Promise<ProgramStatistics> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === STATISTICS_ACCOUNT);
  if (account === undefined) throw new Error(`no demo account ${STATISTICS_ACCOUNT}`);
  const anonymous = createCaller(createInnerContext({ db, clock: systemClock }));
  const { token } = await anonymous.auth.signIn({ username: account.username, password: account.password });
  const program = createCaller(createInnerContext({ db, clock: systemClock, token }));
  try {
    return await program.statistics.summary({ from: plan.profile.start, to: dayAt(plan.profile, plan.parameters.days).toISOString() });
  } finally {
    await program.auth.signOut();
  }
}
