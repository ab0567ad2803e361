// The demo world, seeded on the first start of an empty database: the reference
// directory and one account per role. Passwords are printed by `pnpm start` for
// the local default only. Domain contexts add their part through `extraSeeds`.
import type { Party } from "@sc/core";
import { referenceData, users, type Tx, type Db } from "@sc/db";
import { count } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { insertAccount } from "../auth/accounts";
import type { Clock } from "../clock";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import { DEMO_DIRECTORY } from "./demo-directory";

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly party: Party;
  readonly password: string;
  readonly isAdmin?: boolean;
}

const demo = (username: string, displayName: string, party: Party, isAdmin = false): DemoAccount => ({
  username,
  displayName,
  party,
  password: `demo-${username}-2026`,
  isAdmin,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  demo("lea.va", "Booking officer, Demo City PD (VA)", { kind: "LEA", ori: "VA0010000" }),
  // A second agency in one state, so the profiling oversight (MOA VIII) has neighbours to compare.
  demo("lea.va2", "Booking officer, Demo County SO (VA)", { kind: "LEA", ori: "VA0020000" }),
  demo("lea.nc", "Booking officer, Demo City PD (NC)", { kind: "LEA", ori: "NC0010000" }),
  demo("lea.tx", "Booking officer, Demo County SO (TX)", { kind: "LEA", ori: "TX0010000" }),
  demo("lea.md", "Booking officer, Demo City PD (MD)", { kind: "LEA", ori: "MD0010000" }),
  demo("lea.az", "Booking officer, Demo County SO (AZ)", { kind: "LEA", ori: "AZ0010000" }),
  demo("sib.va", "Virginia SIB operator", { kind: "SIB", state: "VA" }),
  demo("sib.nc", "North Carolina SIB operator", { kind: "SIB", state: "NC" }),
  demo("sib.tx", "Texas SIB operator", { kind: "SIB", state: "TX" }),
  demo("sib.md", "Maryland SIB operator", { kind: "SIB", state: "MD" }),
  demo("sib.az", "Arizona SIB operator", { kind: "SIB", state: "AZ" }),
  demo("cjis", "FBI CJIS Division operator", { kind: "CJIS" }),
  demo("usvisit", "US-VISIT IDENT operator", { kind: "US-VISIT" }),
  demo("lesc", "ICE LESC specialist", { kind: "LESC" }),
  // Every field office of the demo states has an account (DEMO_DIRECTORY.fieldOffices).
  demo("dro.was", "ICE DRO Washington Field Office", { kind: "ICE-FIELD-OFFICE", office: "WAS" }),
  demo("dro.atl", "ICE DRO Atlanta Field Office", { kind: "ICE-FIELD-OFFICE", office: "ATL" }),
  demo("dro.dal", "ICE DRO Dallas Field Office", { kind: "ICE-FIELD-OFFICE", office: "DAL" }),
  demo("dro.pho", "ICE DRO Phoenix Field Office", { kind: "ICE-FIELD-OFFICE", office: "PHO" }),
  demo("program", "ICE SC Program Office", { kind: "ICE-SC-PROGRAM-OFFICE" }),
  demo("publicaffairs", "ICE Public Affairs", { kind: "ICE-PUBLIC-AFFAIRS" }),
  demo("auditor", "Auditor", { kind: "AUDITOR" }),
  demo("admin", "Account administrator (ICE SC Program Office)", { kind: "ICE-SC-PROGRAM-OFFICE" }, true),
];

export type ExtraSeed = (tx: Tx, now: Date) => Promise<void>;

/** Seeds an empty database; returns false (and changes nothing) when it has accounts already. */
export async function seedDemoWorld(db: Db, clock: Clock, extraSeeds: readonly ExtraSeed[] = []): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx.insert(referenceData).values({ name: DIRECTORY_DOCUMENT, document: DEMO_DIRECTORY, updatedAt: now });
    for (const account of DEMO_ACCOUNTS) await insertAccount(tx, { id: randomUUID(), ...account }, now);
    for (const seed of extraSeeds) await seed(tx, now);
  });
  return true;
}
