// A small synthetic world for the flow's tests and the benchmark: three states
// (VA plain, NC an NFF state, WY whose SIB cannot relay), one LEA each, and a
// handful of synthetic IAFIS and IDENT records. No real person is in it.
import { indexDirectory, type ReferenceDirectory } from "../reference/directory";
import type { Ori, StateCode } from "../reference/parties";
import { addDays, type Instant } from "../shared/time";
import type { FlowCommand } from "./commands";
import { decideBooking } from "./decide";
import type { FlowEnvironment } from "./environment";
import type { FlowEvent } from "./events";
import { evolveBooking } from "./evolve";
import { alwaysActive, type ProgramGate } from "./gate";
import type { FbiNumber, TemplateId } from "./ids";
import { IafisRepository, type IafisRecord } from "./iafis";
import { IdentRepository } from "./ident";
import { sibFileKey } from "./sib-file";
import { initialBookingState, type BookingState } from "./state";

export const FIXTURE_DIRECTORY: ReferenceDirectory = indexDirectory({
  states: [
    { code: "VA", name: "Virginia", sib: { name: "Virginia State Police CJIS", nff: false, relayCapable: true } },
    { code: "NC", name: "North Carolina", sib: { name: "NC State Bureau of Investigation", nff: true, relayCapable: true } },
    { code: "WY", name: "Wyoming", sib: { name: "Wyoming DCI", nff: false, relayCapable: false } },
  ],
  agencies: [
    { ori: "VA0010000", name: "Example County Sheriff (VA)", state: "VA" },
    { ori: "VA0020000", name: "Example City Police (VA)", state: "VA" },
    { ori: "NC0920000", name: "Example County Sheriff (NC)", state: "NC" },
    { ori: "WY0010000", name: "Example County Sheriff (WY)", state: "WY" },
  ],
  fieldOffices: [
    { id: "WAS", name: "Washington", states: ["VA"] },
    { id: "ATL", name: "Atlanta", states: ["NC"] },
    { id: "DEN", name: "Denver", states: ["WY"] },
  ],
  contacts: [],
});

/** Synthetic IAFIS records. */
export const FIXTURE_IAFIS: readonly IafisRecord[] = [
  // Prior Level 1 conviction (0911 homicide).
  { fbiNumber: "100000AA1", templateIds: ["T-PRIOR-L1"], convictions: [{ ncicCode: "0911", date: "2019-05-01T00:00:00.000Z", sentenceDays: 1825 }] },
  // Prior Level 2 conviction (2399 larceny).
  { fbiNumber: "200000BB2", templateIds: ["T-PRIOR-L2"], convictions: [{ ncicCode: "2399", date: "2021-02-01T00:00:00.000Z", sentenceDays: 90 }] },
  // On file in NC (an NFF state): later NC bookings go as a CPI.
  { fbiNumber: "300000CC3", templateIds: ["T-NC-KNOWN"], convictions: [] },
];

/** Synthetic IDENT encounters: these templates match. */
export const FIXTURE_IDENT_TEMPLATES: readonly TemplateId[] = ["T-PRIOR-L1", "T-PRIOR-L2", "T-NO-RECORD-MATCH", "T-NC-KNOWN"];

export interface FixtureEnv extends FlowEnvironment {
  readonly iafisRepository: IafisRepository;
}

export function fixtureEnv(gate: ProgramGate = alwaysActive): FixtureEnv {
  const iafis = new IafisRepository(FIXTURE_IAFIS);
  const ident = new IdentRepository(
    FIXTURE_IDENT_TEMPLATES.map((templateId, i) => ({
      encounterId: `ENC-${i + 1}`,
      templateId,
      encounteredAt: "2015-06-01T12:00:00.000Z",
      kind: "visa-application" as const,
    })),
  );
  const nfFile = new Map<string, FbiNumber>([[sibFileKey("NC", "T-NC-KNOWN"), "300000CC3"]]);
  return {
    directory: FIXTURE_DIRECTORY,
    iafis,
    iafisRepository: iafis,
    ident,
    sibFile: (state: StateCode, templateId: TemplateId) => nfFile.get(sibFileKey(state, templateId)),
    programGate: gate,
  };
}

export const T0: Instant = "2026-03-01T10:00:00.000Z";

/** `T0` plus the given seconds. */
export function at(seconds: number): Instant {
  return new Date(Date.parse(T0) + seconds * 1000).toISOString();
}

export function daysAfterT0(days: number): Instant {
  return addDays(T0, days);
}

/** Apply commands in order, failing loudly on a refusal: the "given" of a test. */
export function given(env: FlowEnvironment, commands: readonly FlowCommand[]): { state: BookingState; events: FlowEvent[] } {
  let state = initialBookingState();
  const events: FlowEvent[] = [];
  for (const command of commands) {
    const decision = decideBooking(command, state, env);
    if (!decision.ok) throw new Error(`given: ${command.type} refused: ${decision.refusal.rule}: ${decision.refusal.message}`);
    for (const e of decision.events) {
      state = evolveBooking(state, e);
      events.push(e);
    }
  }
  return { state, events };
}

/** The commands of one booking's happy path, one second apart, for a subject in a state. */
export function happyPath(opts: {
  bookingId?: string;
  ori?: Ori;
  templateId: TemplateId;
  charges?: string[];
  outcome?: "removable" | "lawful-permanent-resident" | "united-states-citizen" | "lawful-status" | "needs-further-investigation";
  newFbiNumber?: FbiNumber;
}): { book: FlowCommand[]; toIdent: FlowCommand[]; match: FlowCommand[]; noMatch: FlowCommand[] } {
  const bookingId = opts.bookingId ?? "B1";
  const ori = opts.ori ?? "VA0010000";
  const state = ori.slice(0, 2);
  const sib = { kind: "SIB" as const, state };
  const cjis = { kind: "CJIS" as const };
  const c = { bookingId };
  return {
    book: [
      { ...c, type: "BookSubject", now: at(0), by: { kind: "LEA", ori }, ori, templateId: opts.templateId, charges: opts.charges ?? ["2399"] },
      { ...c, type: "SubmitCar", now: at(1), by: { kind: "LEA", ori }, tcn: `${bookingId}-CAR`, receivedAt: at(2) },
      { ...c, type: "ForwardToCjis", now: at(3), by: sib, tcn: `${bookingId}-FWD`, receivedAt: at(4) },
    ],
    toIdent: [
      { ...c, type: "RunIafisSearch", now: at(5), by: cjis, tcn: `${bookingId}-SRE`, receivedAt: at(6), newFbiNumber: opts.newFbiNumber ?? "900000ZZ9" },
      { ...c, type: "SearchIdent", now: at(7), by: cjis, tcn: `${bookingId}-IDS`, receivedAt: at(8) },
      { ...c, type: "AnswerIdentSearch", now: at(9), by: { kind: "US-VISIT" }, tcn: `${bookingId}-IDA`, receivedAt: at(10) },
    ],
    match: [
      { ...c, type: "SendIaq", now: at(11), by: cjis, tcn: `${bookingId}-IAQ`, receivedAt: at(12) },
      { ...c, type: "RecordStatusDetermination", now: at(13), by: { kind: "LESC" }, tcn: `${bookingId}-IAR`, receivedAt: at(14), outcome: opts.outcome ?? "removable" },
      { ...c, type: "SendIdrIar", now: at(15), by: cjis, tcn: `${bookingId}-IDR`, receivedAt: at(16) },
      { ...c, type: "RelayResponse", now: at(17), by: sib, tcn: `${bookingId}-REL`, receivedAt: at(18) },
    ],
    noMatch: [
      { ...c, type: "SendNoMatchIdr", now: at(11), by: cjis, tcn: `${bookingId}-NMI`, receivedAt: at(12) },
      { ...c, type: "RelayResponse", now: at(13), by: sib, tcn: `${bookingId}-REL`, receivedAt: at(14) },
    ],
  };
}
