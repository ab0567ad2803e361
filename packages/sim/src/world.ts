// The simulated world as the API stores it, pure: the reference directory
// (states and SIBs, agencies, field offices), each state's MOA signed by both
// parties the day before day 0 (MOA VI), and the profile's timeline as the
// MOA commands core decides (MOA VIII notices, an LEA's suspension). A SIB
// losing its relay capability (MOA IV.B) is a change of the directory from
// its day: directoryAt gives the directory the flow reads at an instant.
import { buildDirectory, type DirectoryInput, type LeaSuspensionCommand, type MoaCommand, type PointOfContact, type ReferenceDirectory } from "@sc/core";
import type { Profile, TimelineEvent } from "./profile";

const DAY_MS = 86_400_000;

export const agencyOri = (state: string, n: number): string => `${state}${String(n).padStart(3, "0")}0000`;

/** The directory at day 0, with the SIBs named `lostRelay` unable to relay. */
export function directoryDocument(profile: Profile, lostRelay: ReadonlySet<string> = new Set()): DirectoryInput {
  return {
    states: profile.states.map((s) => ({
      code: s.code,
      name: s.name,
      sib: { name: `${s.name} State Identification Bureau`, nff: s.nff, relayCapable: s.relayCapable && !lostRelay.has(s.code) },
    })),
    agencies: profile.states.flatMap((s) =>
      Array.from({ length: profile.agenciesPerState }, (_, i) => ({ ori: agencyOri(s.code, i + 1), name: `Simulated agency ${i + 1} (${s.code})`, state: s.code })),
    ),
    fieldOffices: profile.fieldOffices.flatMap((o) => {
      const states = profile.states.filter((s) => s.fieldOffice === o.id).map((s) => s.code);
      return states.length === 0 ? [] : [{ id: o.id, name: o.name, states }];
    }),
    contacts: [],
  };
}

export const dayAt = (profile: Profile, day: number): Date => new Date(Date.parse(profile.start) + day * DAY_MS);

/** The directory as the flow reads it at each instant: the relay-lost events in force by then. */
export function directoryAt(profile: Profile): (atMs: number) => ReferenceDirectory {
  const losses = profile.timeline.flatMap((e) => (e.kind === "relay-lost" ? [{ state: e.state, fromMs: dayAt(profile, e.day).getTime() }] : []));
  const built = new Map<string, ReferenceDirectory>();
  return (atMs) => {
    const lost = new Set(losses.filter((l) => l.fromMs <= atMs).map((l) => l.state));
    const key = [...lost].sort().join(",");
    let directory = built.get(key);
    if (directory === undefined) {
      const result = buildDirectory(directoryDocument(profile, lost));
      if (!result.ok) throw new Error(`the profile's directory is not valid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
      directory = result.directory;
      built.set(key, directory);
    }
    return directory;
  };
}

export type WorldCommand =
  | { readonly kind: "moa"; readonly state: string; readonly at: Date; readonly command: MoaCommand }
  | { readonly kind: "lea"; readonly at: Date; readonly command: LeaSuspensionCommand };

const ICE = { kind: "ICE-SC-PROGRAM-OFFICE" } as const;
const sib = (state: string) => ({ kind: "SIB", state }) as const;

function pointsOfContact(state: string, at: Date): WorldCommand[] {
  const now = at.toISOString();
  const pocs: { by: MoaCommand["by"]; poc: PointOfContact }[] = [
    { by: sib(state), poc: { role: "SIB", state, name: `Simulated ${state} SIB point of contact`, title: "Bureau Chief" } },
    { by: ICE, poc: { role: "ICE-DRO", name: "Simulated DRO point of contact", title: "Deputy Field Office Director" } },
  ];
  return pocs.map(({ by, poc }) => ({ kind: "moa", state, at, command: { type: "SetPointOfContact", now, by, poc } }));
}

function timelineCommand(profile: Profile, e: TimelineEvent, i: number): WorldCommand {
  const at = dayAt(profile, e.day);
  const now = at.toISOString();
  const id = `SIM-NOTICE-${i + 1}`;
  switch (e.kind) {
    case "moa-suspended":
    case "moa-resumed":
    case "termination-notice": {
      const by = e.by === "SIB" ? sib(e.state) : ICE;
      const to = e.by === "SIB" ? "ICE-DRO" : "SIB";
      const notice =
        e.kind === "moa-suspended"
          ? ({ kind: "suspension", id, to, delivery: "other-written", sentAt: now, receivedAt: now, ground: "resource-constraints" } as const)
          : ({ kind: e.kind === "moa-resumed" ? "resumption" : "termination", id, to, delivery: "certified-mail", sentAt: now, receivedAt: now } as const);
      return { kind: "moa", state: e.state, at, command: { type: "GiveNotice", now, by, notice } };
    }
    case "lea-suspended":
      return { kind: "lea", at, command: { type: "SuspendLea", now, by: ICE, ori: e.ori, reason: e.reason } };
    case "relay-lost":
      throw new Error("relay-lost is a change of the directory, not an MOA command");
    default: {
      const exhaustive: never = e;
      return exhaustive;
    }
  }
}

/** Every MOA command of the world, in order: signatures, the points of contact notices go to, then the timeline by day. */
export function worldCommands(profile: Profile): WorldCommand[] {
  const signedAt = dayAt(profile, -1);
  const now = signedAt.toISOString();
  const signatures = profile.states.flatMap((s): WorldCommand[] => [
    { kind: "moa", state: s.code, at: signedAt, command: { type: "SignMoa", now, by: sib(s.code), signatory: `Director, ${s.name} SIB (simulated)`, title: "Director" } },
    { kind: "moa", state: s.code, at: signedAt, command: { type: "SignMoa", now, by: ICE, signatory: "Director, Secure Communities (simulated)", title: "Director" } },
  ]);
  const noticed = [...new Set(profile.timeline.flatMap((e) => (e.kind === "lea-suspended" || e.kind === "relay-lost" ? [] : [e.state])))].sort();
  const contacts = noticed.flatMap((state) => pointsOfContact(state, signedAt));
  const timeline = profile.timeline
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind !== "relay-lost")
    .sort((a, b) => a.e.day - b.e.day || a.i - b.i)
    .map(({ e, i }) => timelineCommand(profile, e, i));
  return [...signatures, ...contacts, ...timeline];
}
