// The pure scenario runner: a discrete-event walk through the timeline. Each
// timeline action and each step the parties take on their own (the LEA's CAR,
// the SIB's forward, CJIS's searches, LESC's answer, the relay) is a command
// to a decider, run at its time with the world as it stands then (the MOA
// states answer DOMAIN D7 through `programActiveFor`). Refusals are recorded,
// never thrown. Deterministic: the same scenario gives the same result.
import type { z } from "zod";
import type { FlowCommand, FlowCommandType } from "../flow/commands";
import type { StatusDeterminationOutcome } from "../flow/determination";
import { decideBooking } from "../flow/decide";
import type { FlowEnvironment } from "../flow/environment";
import type { FlowEvent } from "../flow/events";
import { evolveOwnedBooking } from "../flow/evolve";
import type { FbiNumber, TemplateId } from "../flow/ids";
import { IafisRepository } from "../flow/iafis";
import { IdentRepository } from "../flow/ident";
import { responseTimes, type ResponseTimes } from "../flow/response-times";
import { sibFileEntryAfter, sibFileKey } from "../flow/sib-file";
import { initialBookingState, nextTcn, type BookingState } from "../flow/state";
import { decideMoa } from "../moa/decide";
import { MoaCommand } from "../moa/commands";
import type { MoaEvent } from "../moa/events";
import { evolveMoa } from "../moa/evolve";
import {
  decideLeaSuspension,
  evolveLeaStanding,
  initialLeaStanding,
  type LeaStanding,
  type LeaSuspensionCommand,
} from "../moa/lea-suspension";
import { isSibRole } from "../reference/contacts";
import type { MoaSide } from "../moa/moa-party";
import { initialMoaState, type MoaState } from "../moa/state";
import {
  decideStatisticsRelease,
  evolveStatisticsRelease,
  initialStatisticsReleaseState,
  StatisticsReleaseCommand,
  type StatisticsReleaseEvent,
  type StatisticsReleaseState,
} from "../moa/statistics-release";
import { moaStatusAt, type MoaStatusAt } from "../moa/status";
import { indexDirectory } from "../reference/directory";
import type { Ori, Party, StateCode } from "../reference/parties";
import { computeStatistics, type ProgramStatistics } from "../statistics/statistics";
import { fromMillis, toMillis, type Instant } from "../shared/time";
import { Agenda } from "./agenda";
import { GateCache } from "./gate-cache";
import { InstantCache } from "./instant-cache";
import type { Scenario, ScenarioSubject, TimelineAction } from "./schema";
import { validateScenario } from "./validate";
import type { Problem } from "../reference/problem";

export interface BookingReport {
  readonly bookingId: string;
  readonly subject: string;
  readonly booking: BookingState;
  readonly events: readonly FlowEvent[];
  readonly responseTimes: ResponseTimes;
}

export interface MoaReport {
  readonly state: StateCode;
  readonly moa: MoaState;
  /** What holds at the end of the run. */
  readonly statusAtEnd: MoaStatusAt;
  readonly events: readonly MoaEvent[];
}

export interface ReleaseReport {
  readonly requestId: string;
  readonly release: StatisticsReleaseState;
  readonly events: readonly StatisticsReleaseEvent[];
}

export interface RunRefusal {
  readonly at: Instant;
  /** "timeline[3]", or "runner" for a step the runner drove itself. */
  readonly source: string;
  readonly action: string;
  readonly bookingId?: string;
  readonly rule: string;
  readonly message: string;
}

export interface ScenarioResult {
  readonly name: string;
  readonly description?: string;
  readonly startedAt: Instant;
  readonly endedAt: Instant;
  readonly bookings: readonly BookingReport[];
  readonly moas: readonly MoaReport[];
  readonly leaStandings: readonly LeaStanding[];
  /** MOA X: statistics releases by request, as they stand at the end. */
  readonly releases: readonly ReleaseReport[];
  readonly statistics: ProgramStatistics;
  readonly refusals: readonly RunRefusal[];
}

export type ScenarioRun = { readonly ok: true; readonly result: ScenarioResult } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Validate, then run. Malformed input comes back as problems listed by path. */
export function runScenario(raw: unknown): ScenarioRun {
  const v = validateScenario(raw);
  return v.ok ? { ok: true, result: runValidScenario(v.scenario) } : { ok: false, problems: v.problems };
}

/**
 * What the runner does at a time: one of the steps the parties take on their
 * own (`step`, for `entry`), a timeline action (`index`), or a world set-up
 * closure (`run`). A record rather than a closure per step: a run schedules
 * about ten steps per booking, and closures were a visible share of it.
 * Every task has the same fields, so reads stay monomorphic.
 */
interface Task {
  readonly ms: number;
  readonly seq: number;
  readonly step: RunnerStep | null;
  readonly entry: BookingEntry | null;
  readonly index: number;
  readonly outcome: StatusDeterminationOutcome | null;
  readonly run: ((now: Instant) => void) | null;
}

/** The commands the runner sends on the parties' behalf (DOMAIN 3). */
type RunnerStep = Exclude<FlowCommandType, "BookSubject" | "LodgeDetainer" | "RecordAdjudication" | "RecordLocalCustodyEnded" | "TakeIntoCustody" | "InstituteRemovalProceedings">;

interface BookingEntry {
  state: BookingState;
  readonly events: FlowEvent[];
  readonly subject: ScenarioSubject;
  readonly bookingId: string;
  /** The booking LEA and its state's SIB, made once per booking for the steps' `by`. */
  lea: Party | null;
  sib: Party | null;
}

/**
 * The agenda's lane for each kind of task (agenda.ts): the world's set-up, the
 * timeline, and one per step the parties take. A step comes a fixed delay
 * (the scenario's timing) after what starts it, so each kind's tasks are
 * scheduled in time order.
 */
const SET_UP_LANE = 0;
const TIMELINE_LANE = 1;
const STEP_LANES: Readonly<Record<RunnerStep, number>> = {
  SubmitCar: 2,
  ForwardToCjis: 3,
  SearchIdent: 4,
  RunIafisSearch: 5,
  AnswerIdentSearch: 6,
  SendNoMatchIdr: 7,
  SendIaq: 8,
  RecordStatusDetermination: 9,
  SendIdrIar: 10,
  RelayResponse: 11,
};

const CJIS: Party = { kind: "CJIS" };
const US_VISIT: Party = { kind: "US-VISIT" };
const LESC: Party = { kind: "LESC" };

/** "proposeModification" -> "ProposeModification": a timeline action names the command it gives. */
function commandType(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

function sideParty(side: MoaSide, state: StateCode): Party {
  return side === "ICE" ? { kind: "ICE-SC-PROGRAM-OFFICE" } : { kind: "SIB", state };
}

/** Run a scenario that `validateScenario` accepted. */
export function runValidScenario(scenario: Scenario): ScenarioResult {
  const { world, timing } = scenario;
  const directory = indexDirectory({ states: world.states, agencies: world.agencies, fieldOffices: world.fieldOffices, contacts: world.contacts });
  const subjects = new Map(world.subjects.map((s) => [s.id, s]));
  const iafis = new IafisRepository(
    world.subjects.flatMap((s) => (s.iafis === undefined ? [] : [{ fbiNumber: s.iafis.fbiNumber, templateIds: [s.templateId], convictions: s.iafis.convictions }])),
  );
  const ident = new IdentRepository(world.subjects.flatMap((s) => s.ident.map((e) => ({ ...e, templateId: s.templateId }))));
  // MOA IV.A: an NFF SIB's own file, by sibFileKey.
  const sibFiles = new Map<string, FbiNumber>();
  for (const s of world.subjects) for (const st of s.onFileIn) if (s.iafis !== undefined) sibFiles.set(sibFileKey(st, s.templateId), s.iafis.fbiNumber);

  const moas = new Map<StateCode, { state: MoaState; events: MoaEvent[] }>();
  world.moas.forEach((m, i) => moas.set(m.state, { state: initialMoaState({ moaId: m.moaId ?? `MOA-${m.state}-${i + 1}`, state: m.state }), events: [] }));
  const standings = new Map<Ori, LeaStanding>();
  const gates = new GateCache((state) => moas.get(state)?.state, standings);

  const env: FlowEnvironment = {
    directory,
    iafis,
    ident,
    sibFile: (state: StateCode, templateId: TemplateId) => sibFiles.get(sibFileKey(state, templateId)),
    programGate: gates.gate,
  };

  const bookings = new Map<string, BookingEntry>();
  const refusals: RunRefusal[] = [];
  const agenda = new Agenda<Task>();
  let seq = 0;
  let fbiCounter = 0;
  const schedule = (ms: number, run: (now: Instant) => void): void => {
    agenda.push({ ms, seq: seq++, step: null, entry: null, index: -1, outcome: null, run }, SET_UP_LANE);
  };
  const sec = (s: number): number => Math.round(s * 1000);
  const transmissionMs = sec(timing.transmission);
  const leaSubmitsCarMs = sec(timing.leaSubmitsCarAfter);
  const sibForwardsMs = sec(timing.sibForwardsAfter);
  const iafisAnswersMs = sec(timing.iafisAnswersAfter);
  const identAnswersMs = sec(timing.identAnswersAfter);
  const lescDeterminesMs = sec(timing.lescDeterminesAfter);
  const sibRelaysMs = sec(timing.sibRelaysAfter);
  const instants = new InstantCache();
  // The receipt time the last step gave its message: what react asks for next, already known in ms.
  let lastReceivedAt: Instant = "";
  let lastReceivedMs = 0;
  const ms = (instant: Instant): number => (instant === lastReceivedAt ? lastReceivedMs : toMillis(instant));

  const nextFbiNumber = (): FbiNumber => {
    for (;;) {
      fbiCounter++;
      const candidate = `N${String(fbiCounter).padStart(8, "0")}`;
      if (iafis.byFbiNumber(candidate) === undefined) return candidate;
    }
  };

  // --- the flow -----------------------------------------------------------
  /** `known`: the booking's entry when the caller holds it (a step of that booking), saving a lookup. */
  const sendFlow = (command: FlowCommand, source: string, known?: BookingEntry): void => {
    const entry = known ?? bookings.get(command.bookingId);
    const state = entry?.state ?? initialBookingState();
    const decision = decideBooking(command, state, env);
    if (!decision.ok) {
      refusals.push({ at: command.now, source, action: command.type, bookingId: command.bookingId, rule: decision.refusal.rule, message: decision.refusal.message });
      return;
    }
    if (entry === undefined) return; // only "book" creates entries, before calling here
    for (const event of decision.events) {
      entry.state = evolveOwnedBooking(entry.state, event);
      entry.events.push(event);
      react(entry, event);
    }
  };

  /** Schedule a sending step of a party at `at`; its message is received `transmission` later. */
  const step = (entry: BookingEntry, at: number, kind: RunnerStep, outcome: StatusDeterminationOutcome | null = null): void => {
    agenda.push({ ms: at, seq: seq++, step: kind, entry, index: -1, outcome, run: null }, STEP_LANES[kind]);
  };

  /** Run a step: the tcn, then the receipt time, then (IAFIS only) a new FBI number, in that order. */
  const runStep = (task: Task, entry: BookingEntry, kind: RunnerStep, now: Instant): void => {
    const bookingId = entry.bookingId;
    const tcn = nextTcn(entry.state, bookingId);
    const receivedMs = task.ms + transmissionMs;
    const receivedAt = instants.instant(receivedMs);
    lastReceivedAt = receivedAt;
    lastReceivedMs = receivedMs;
    const lea = entry.lea ?? CJIS;
    const sib = entry.sib ?? CJIS;
    let command: FlowCommand;
    switch (kind) {
      case "SubmitCar":
        command = { bookingId, now, tcn, receivedAt, type: kind, by: lea };
        break;
      case "ForwardToCjis":
      case "RelayResponse":
        command = { bookingId, now, tcn, receivedAt, type: kind, by: sib };
        break;
      case "SearchIdent":
      case "SendIaq":
      case "SendNoMatchIdr":
      case "SendIdrIar":
        command = { bookingId, now, tcn, receivedAt, type: kind, by: CJIS };
        break;
      case "RunIafisSearch":
        command = { bookingId, now, tcn, receivedAt, type: kind, by: CJIS, newFbiNumber: nextFbiNumber() };
        break;
      case "AnswerIdentSearch":
        command = { bookingId, now, tcn, receivedAt, type: kind, by: US_VISIT };
        break;
      case "RecordStatusDetermination":
        if (task.outcome === null) return; // scheduled only with the subject's outcome
        command = { bookingId, now, tcn, receivedAt, type: kind, by: LESC, outcome: task.outcome };
        break;
      default: {
        const exhaustive: never = kind;
        return exhaustive;
      }
    }
    sendFlow(command, "runner", entry);
  };

  /** What the parties do next, on their own, after each event (DOMAIN 3). */
  const react = (entry: BookingEntry, event: FlowEvent): void => {
    const state = entry.state;
    if (state.status === "not-booked") return;
    if (entry.lea === null || entry.sib === null) {
      entry.lea = { kind: "LEA", ori: state.booking.ori };
      entry.sib = { kind: "SIB", state: state.booking.state };
    }
    switch (event.type) {
      case "SubjectBooked":
        step(entry, ms(event.at) + leaSubmitsCarMs, "SubmitCar");
        return;
      case "CarSubmitted":
        step(entry, ms(event.message.receivedAt) + sibForwardsMs, "ForwardToCjis");
        return;
      case "CarForwarded":
      case "CpiSent": {
        // MOA IV.A: receipt of the CAR starts both searches.
        const received = ms(event.message.receivedAt);
        step(entry, received, "SearchIdent");
        step(entry, received + iafisAnswersMs, "RunIafisSearch");
        return;
      }
      case "SreReturned": {
        if (event.createdRecord !== undefined) iafis.add(event.createdRecord);
        const filed = sibFileEntryAfter(event, state.booking, directory);
        if (filed !== null) sibFiles.set(sibFileKey(filed.state, filed.templateId), filed.fbiNumber);
        return;
      }
      case "IdentSearchRequested":
        step(entry, ms(event.message.receivedAt) + identAnswersMs, "AnswerIdentSearch");
        return;
      case "IdentSearchAnswered":
        step(entry, ms(event.message.receivedAt), event.message.payload.match ? "SendIaq" : "SendNoMatchIdr");
        return;
      case "IaqSent": {
        const outcome = entry.subject.lescDetermination;
        if (outcome !== undefined) step(entry, ms(event.message.receivedAt) + lescDeterminesMs, "RecordStatusDetermination", outcome);
        return;
      }
      case "StatusDeterminationRecorded":
        step(entry, ms(event.message.receivedAt), "SendIdrIar");
        return;
      case "NoMatchIdrSent":
      case "IdrIarSent":
        step(entry, ms(event.message.receivedAt) + sibRelaysMs, "RelayResponse");
        return;
      // The end of the flow, or steps the timeline drives (ICE and the LEA's inputs): nothing follows on its own.
      case "ResponseRelayed":
      case "ResponseHeldAtSib":
      case "InteroperabilityWithheld":
      case "IcePriorityAssigned":
      case "DetainerLodged":
      case "ChargesAdjudicated":
      case "LocalCustodyEnded":
      case "TakenIntoIceCustody":
      case "RemovalProceedingsInstituted":
        return;
      default: {
        const exhaustive: never = event;
        return exhaustive;
      }
    }
  };

  // --- the MOAs -------------------------------------------------------------
  /** An MOA, LEA-standing or statistics-release decider refused the command: recorded with the rule it broke. */
  const refuse = (command: { readonly now: Instant; readonly type: string }, source: string, refusal: { readonly rule: string; readonly reason: string }): void => {
    refusals.push({ at: command.now, source, action: command.type, rule: refusal.rule, message: refusal.reason });
  };
  /** A timeline action whose fields core's command schema rejects: recorded as refused, by rule "command". */
  const malformed = (now: Instant, source: string, type: string, error: z.ZodError): void => {
    refusals.push({ at: now, source, action: commandType(type), rule: "command", message: error.issues.map((i) => i.message).join("; ") });
  };
  const sendMoa = (state: StateCode, command: MoaCommand, source: string): void => {
    const moa = moas.get(state);
    if (moa === undefined) {
      refusals.push({ at: command.now, source, action: command.type, rule: "MOA VI", message: `state ${state} has no MOA` });
      return;
    }
    const decision = decideMoa(command, moa.state);
    if (decision.outcome === "refused") {
      refuse(command, source, decision.refusal);
      return;
    }
    for (const e of decision.events) {
      moa.state = evolveMoa(moa.state, e);
      gates.changed();
      moa.events.push(e);
    }
  };

  const releases = new Map<string, { state: StatisticsReleaseState; events: StatisticsReleaseEvent[] }>();
  const areaOf = (office: string): readonly StateCode[] => directory.fieldOffice(office)?.states ?? [];
  const sendRelease = (command: StatisticsReleaseCommand, source: string): void => {
    const release = releases.get(command.requestId) ?? { state: initialStatisticsReleaseState(), events: [] };
    const decision = decideStatisticsRelease(command, release.state, areaOf);
    if (decision.outcome === "refused") {
      refuse(command, source, decision.refusal);
      return;
    }
    for (const e of decision.events) {
      release.state = evolveStatisticsRelease(release.state, e);
      release.events.push(e);
    }
    releases.set(command.requestId, release);
  };

  const sendLea = (command: LeaSuspensionCommand, source: string): void => {
    const standing = standings.get(command.ori) ?? initialLeaStanding(command.ori);
    const decision = decideLeaSuspension(command, standing);
    if (decision.outcome === "refused") {
      refuse(command, source, decision.refusal);
      return;
    }
    standings.set(command.ori, decision.events.reduce(evolveLeaStanding, standing));
    gates.changed();
  };

  // --- the timeline ------------------------------------------------------
  const times = [...scenario.timeline.map((a) => toMillis(a.at)), ...world.moas.flatMap((m) => m.signatures.map((s) => toMillis(s.at)))];
  const startMs = times.length === 0 ? 0 : times.reduce((a, b) => Math.min(a, b));

  // Appendix C and D: the points of contact on file for each MOA from the start, so notices can reach them.
  for (const [code, moa] of moas) {
    for (const poc of world.contacts) {
      if (isSibRole(poc.role) && poc.state !== code) continue;
      const by: Party = isSibRole(poc.role) ? { kind: "SIB", state: code } : { kind: "ICE-SC-PROGRAM-OFFICE" };
      schedule(startMs, (now) => sendMoa(moa.state.state, { type: "SetPointOfContact", now, by, poc }, "world.contacts"));
    }
  }
  world.moas.forEach((m, i) =>
    m.signatures.forEach((s, j) =>
      schedule(toMillis(s.at), (now) =>
        sendMoa(m.state, { type: "SignMoa", now, by: sideParty(s.side, m.state), signatory: s.signatory, title: s.title }, `world.moas[${i}].signatures[${j}]`),
      ),
    ),
  );

  const runAction = (a: TimelineAction, source: string, now: Instant): void => {
    switch (a.type) {
      case "book": {
        const subject = subjects.get(a.subject);
        if (subject === undefined) return; // validated: cannot happen
        let entry = bookings.get(a.bookingId);
        if (entry === undefined) {
          entry = { state: initialBookingState(), events: [], subject, bookingId: a.bookingId, lea: null, sib: null };
          bookings.set(a.bookingId, entry);
        }
        sendFlow({ type: "BookSubject", bookingId: a.bookingId, now, by: a.by ?? { kind: "LEA", ori: a.ori }, ori: a.ori, templateId: subject.templateId, charges: a.charges }, source, entry);
        if (entry.state.status === "not-booked") bookings.delete(a.bookingId);
        return;
      }
      case "determineStatus": {
        const entry = bookings.get(a.bookingId);
        const tcn = entry === undefined ? `${a.bookingId}-X` : nextTcn(entry.state, a.bookingId);
        sendFlow({ type: "RecordStatusDetermination", bookingId: a.bookingId, now, by: a.by ?? { kind: "LESC" }, outcome: a.outcome, tcn, receivedAt: fromMillis(toMillis(now) + sec(timing.transmission)) }, source);
        return;
      }
      case "adjudicateCharges":
      case "endLocalCustody": {
        const entry = bookings.get(a.bookingId);
        const ori = entry !== undefined && entry.state.status !== "not-booked" ? entry.state.booking.ori : undefined;
        const by: Party = a.by ?? (ori === undefined ? { kind: "AUDITOR" } : { kind: "LEA", ori });
        if (a.type === "adjudicateCharges") {
          sendFlow({ type: "RecordAdjudication", bookingId: a.bookingId, now, by, convictions: a.convictions.map((c) => ({ ...c, date: now })) }, source);
        } else {
          sendFlow({ type: "RecordLocalCustodyEnded", bookingId: a.bookingId, now, by, reason: a.reason }, source);
        }
        return;
      }
      case "lodgeDetainer":
      case "takeIntoCustody":
      case "instituteRemovalProceedings": {
        const entry = bookings.get(a.bookingId);
        const state = entry !== undefined && entry.state.status !== "not-booked" ? entry.state.booking.state : undefined;
        const office = state === undefined ? undefined : directory.fieldOfficeFor(state)?.id;
        const by: Party = a.by ?? (office === undefined ? { kind: "AUDITOR" } : { kind: "ICE-FIELD-OFFICE", office });
        const type = a.type === "lodgeDetainer" ? "LodgeDetainer" : a.type === "takeIntoCustody" ? "TakeIntoCustody" : "InstituteRemovalProceedings";
        sendFlow({ type, bookingId: a.bookingId, now, by }, source);
        return;
      }
      case "signMoa":
        sendMoa(a.state, { type: "SignMoa", now, by: a.by ?? sideParty(a.side, a.state), signatory: a.signatory, title: a.title }, source);
        return;
      case "giveNotice": {
        const n = a.notice;
        const receivedAt = n.receivedAt ?? now;
        const fields = {
          id: n.id,
          to: n.to ?? (a.side === "ICE" ? "SIB" : "ICE-DRO"),
          delivery: n.delivery,
          sentAt: n.sentAt ?? receivedAt,
          receivedAt,
          ...(n.remarks === undefined ? {} : { remarks: n.remarks }),
        };
        const notice =
          n.kind === "suspension"
            ? { kind: "suspension" as const, ...fields, ground: n.ground ?? "resource-constraints", ...(n.details === undefined ? {} : { details: n.details }) }
            : { kind: n.kind, ...fields };
        sendMoa(a.state, { type: "GiveNotice", now, by: a.by ?? sideParty(a.side, a.state), notice }, source);
        return;
      }
      case "suspendLea":
        sendLea({ type: "SuspendLea", now, by: a.by ?? { kind: "ICE-SC-PROGRAM-OFFICE" }, ori: a.ori, reason: a.reason }, source);
        return;
      case "reinstateLea":
        sendLea({ type: "ReinstateLea", now, by: a.by ?? { kind: "ICE-SC-PROGRAM-OFFICE" }, ori: a.ori, note: a.note }, source);
        return;
      case "proposeModification":
      case "consentToModification":
      case "declineModification":
      case "submitDispute":
      case "resolveDisputeAtProgramOffice":
      case "raiseDisputeToAgencyLevel":
      case "resolveDisputeAtAgencyLevel":
      case "agreeToDisputeResolution":
      case "provideMoaCopyToMedia":
      case "communicateMoaToLawEnforcementOrganisation": {
        // The action's own fields are the command's; core's schema makes the command of them.
        const { type, at: _at, state, side, by, ...fields } = a;
        const command = MoaCommand.safeParse({ ...fields, type: commandType(type), now, by: by ?? sideParty(side, state) });
        if (command.success) sendMoa(state, command.data, source);
        else malformed(now, source, type, command.error);
        return;
      }
      case "requestStatisticsRelease":
      case "approveStatisticsRelease":
      case "refuseStatisticsRelease":
      case "publishStatisticsRelease": {
        const { type, at: _at, ...fields } = a;
        const command = StatisticsReleaseCommand.safeParse({ ...fields, type: commandType(type), now });
        if (command.success) sendRelease(command.data, source);
        else malformed(now, source, type, command.error);
        return;
      }
      default: {
        const exhaustive: never = a;
        return exhaustive;
      }
    }
  };
  const timeline = scenario.timeline;
  for (let i = 0; i < timeline.length; i++) {
    const a = timeline[i] as TimelineAction;
    agenda.push({ ms: toMillis(a.at), seq: seq++, step: null, entry: null, index: i, outcome: null, run: null }, TIMELINE_LANE);
  }

  let endMs = startMs;
  for (let task = agenda.pop(); task !== undefined; task = agenda.pop()) {
    endMs = Math.max(endMs, task.ms);
    const now = instants.instant(task.ms);
    if (task.step !== null && task.entry !== null) runStep(task, task.entry, task.step, now);
    else if (task.run !== null) task.run(now);
    else runAction(timeline[task.index] as TimelineAction, `timeline[${task.index}]`, now);
  }
  const endedAt = fromMillis(endMs);

  const reports: BookingReport[] = [];
  for (const [bookingId, entry] of bookings) {
    reports.push({ bookingId, subject: entry.subject.id, booking: entry.state, events: entry.events, responseTimes: responseTimes(entry.state) });
  }
  return {
    name: scenario.name,
    ...(scenario.description === undefined ? {} : { description: scenario.description }),
    startedAt: fromMillis(startMs),
    endedAt,
    bookings: reports,
    moas: [...moas.entries()].map(([state, m]) => ({ state, moa: m.state, statusAtEnd: moaStatusAt(m.state, endedAt), events: m.events })),
    leaStandings: [...standings.values()],
    releases: [...releases.entries()].map(([requestId, r]) => ({ requestId, release: r.state, events: r.events })),
    statistics: computeStatistics(reports.map((r) => r.booking)),
    refusals,
  };
}
