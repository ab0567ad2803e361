// The MOA side of the demo world (issue 4): every demo state's MOA gets its points
// of contact (Appendices C and D), so notices can be addressed; Maryland's SIB has
// suspended activities (MOA VIII, immediate on receipt) and ICE has given Arizona's
// SIB written notice of termination (MOA VIII, effective 30 days after receipt), so
// the demo shows both a suspended MOA and a termination pending. Runs after
// seedFlow, which signs the MOAs 60 days back. An ExtraSeed for seedDemoWorld.
import type { PointOfContact, StateCode } from "@sc/core";
import type { Tx } from "@sc/db";
import { loadMoaState, recordMoaCommand } from "./store";

const DAY_MS = 86_400_000;

/** The state whose SIB has suspended activities under its MOA in the demo. */
export const DEMO_SUSPENDED_STATE: StateCode = "MD";
/** The state whose MOA ICE has given notice to terminate in the demo. */
export const DEMO_TERMINATING_STATE: StateCode = "AZ";

const ICE_CONTACTS: readonly PointOfContact[] = [
  { role: "ICE-DRO", name: "Demo DRO Point of Contact", title: "Deputy Field Office Director", email: "dro.poc@example.test" },
  { role: "ICE-OI", name: "Demo OI Point of Contact", title: "Special Agent in Charge", email: "oi.poc@example.test" },
  { role: "ICE-PUBLIC-AFFAIRS", name: "Demo Public Affairs Officer", title: "Public Affairs Officer", email: "publicaffairs@example.test" },
];

function sibContacts(state: StateCode): PointOfContact[] {
  return [
    { role: "SIB", state, name: `Demo ${state} SIB Point of Contact`, title: "Bureau Chief", email: `sib.${state.toLowerCase()}@example.test` },
    { role: "SIB-PUBLIC-INFORMATION", state, name: `Demo ${state} Public Information Officer`, title: "Public Information Officer" },
  ];
}

export async function seedMoa(tx: Tx, now: Date): Promise<void> {
  const at = (daysAgo: number): Date => new Date(now.getTime() - daysAgo * DAY_MS);
  for (const state of ["VA", "NC", "TX", DEMO_SUSPENDED_STATE, DEMO_TERMINATING_STATE] as const) {
    const { moa } = await loadMoaState(tx, state);
    if (moa.pointsOfContact.SIB !== undefined) continue; // seeded already
    const when = at(59);
    for (const poc of sibContacts(state)) {
      await recordMoaCommand(tx, state, { type: "SetPointOfContact", now: when.toISOString(), by: { kind: "SIB", state }, poc }, when);
    }
    for (const poc of ICE_CONTACTS) {
      await recordMoaCommand(tx, state, { type: "SetPointOfContact", now: when.toISOString(), by: { kind: "ICE-SC-PROGRAM-OFFICE" }, poc }, when);
    }
  }

  const suspendedAt = at(5);
  await recordMoaCommand(
    tx,
    DEMO_SUSPENDED_STATE,
    {
      type: "GiveNotice",
      now: suspendedAt.toISOString(),
      by: { kind: "SIB", state: DEMO_SUSPENDED_STATE },
      notice: {
        kind: "suspension",
        id: "DEMO-NOTICE-MD-SUSPENSION",
        to: "ICE-DRO",
        delivery: "other-written",
        sentAt: suspendedAt.toISOString(),
        receivedAt: suspendedAt.toISOString(),
        ground: "resource-constraints",
        details: "AFIS replacement: the bureau cannot process IDENT responses until it is done",
      },
    },
    suspendedAt,
  );

  const sentAt = at(12);
  const receivedAt = at(10);
  await recordMoaCommand(
    tx,
    DEMO_TERMINATING_STATE,
    {
      type: "GiveNotice",
      now: receivedAt.toISOString(),
      by: { kind: "ICE-SC-PROGRAM-OFFICE" },
      notice: {
        kind: "termination",
        id: "DEMO-NOTICE-AZ-TERMINATION",
        to: "SIB",
        delivery: "certified-mail",
        sentAt: sentAt.toISOString(),
        receivedAt: receivedAt.toISOString(),
      },
    },
    receivedAt,
  );
}
