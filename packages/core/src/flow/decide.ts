// decide(command, state, env) -> events, or a refusal naming the rule broken.
// One booking at a time; the runner keeps one state per booking id.
import { partyLabel, type Party } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { FlowCommand, FlowCommandOf } from "./commands";
import type { FlowEnvironment, FlowRefusal } from "./environment";
import type { FlowEvent } from "./events";
import type { Conviction } from "./iafis";
import type { MessageOf, MessageType } from "./messages";
import { evolveBooking } from "./evolve";
import { compareInstantsFast as compareInstants } from "./instant-order";
import { assessPriority } from "./priority";
import { initialBookingState, type ActiveBooking, type BookingState, type Sent } from "./state";

export type BookingDecision =
  | { readonly ok: true; readonly events: readonly FlowEvent[] }
  | { readonly ok: false; readonly refusal: FlowRefusal };

function refuse(rule: string, message: string): BookingDecision {
  return { ok: false, refusal: { rule, message } };
}

function accept(...events: FlowEvent[]): BookingDecision {
  return { ok: true, events };
}

const CJIS: Party = { kind: "CJIS" };
const US_VISIT: Party = { kind: "US-VISIT" };
const LESC: Party = { kind: "LESC" };

// One Party value per LEA and per SIB, shared by every message that names it,
// as CJIS, US_VISIT and LESC above are: a message's sender and receiver are
// the bulk of a run's retained objects otherwise. Emptied if it ever grows
// past any real directory, so memory stays bounded.
const LEAS = new Map<string, Party>();
const SIBS = new Map<string, Party>();
const PARTIES_MAX = 100_000;

function lea(booking: ActiveBooking): Party {
  const ori = booking.booking.ori;
  let party = LEAS.get(ori);
  if (party === undefined) {
    party = { kind: "LEA", ori };
    if (LEAS.size >= PARTIES_MAX) LEAS.clear();
    LEAS.set(ori, party);
  }
  return party;
}

function sib(booking: ActiveBooking): Party {
  const state = booking.booking.state;
  let party = SIBS.get(state);
  if (party === undefined) {
    party = { kind: "SIB", state };
    if (SIBS.size >= PARTIES_MAX) SIBS.clear();
    SIBS.set(state, party);
  }
  return party;
}

function sameParty(a: Party, b: Party): boolean {
  switch (a.kind) {
    case "LEA":
      return b.kind === "LEA" && a.ori === b.ori;
    case "SIB":
      return b.kind === "SIB" && a.state === b.state;
    case "ICE-FIELD-OFFICE":
      return b.kind === "ICE-FIELD-OFFICE" && a.office === b.office;
    default:
      return a.kind === b.kind;
  }
}

/** Who may act, with the rule that says so; null when `by` is that party. */
function wrongParty(by: Party, expected: Party, rule: string, what: string): BookingDecision | null {
  if (sameParty(by, expected)) return null;
  return refuse(rule, `${partyLabel(by)} may not ${what}: only ${partyLabel(expected)} may`);
}

/** DOMAIN 3.8: a party acts no earlier than the last thing in the trace, and a message arrives no earlier than it left. */
function timeProblem(state: ActiveBooking, now: Instant, receivedAt: Instant | null, waitingFor: Sent | null): BookingDecision | null {
  if (compareInstants(now, state.lastAt) < 0) {
    return refuse("DOMAIN 3.8 (trace order)", `${now} is before the booking's last recorded step at ${state.lastAt}`);
  }
  if (waitingFor !== null && compareInstants(now, waitingFor.receivedAt) < 0) {
    return refuse("DOMAIN 3.8 (trace order)", `${now} is before message ${waitingFor.tcn} was received at ${waitingFor.receivedAt}`);
  }
  if (receivedAt !== null && compareInstants(receivedAt, now) < 0) {
    return refuse("DOMAIN 3.8 (trace order)", `received at ${receivedAt}, before it was sent at ${now}`);
  }
  return null;
}

function wrongStatus(state: ActiveBooking, expected: string, what: string, rule: string): BookingDecision {
  return refuse(rule, `cannot ${what}: booking ${state.booking.bookingId} is ${state.status}, not ${expected}`);
}

/** DOMAIN D7: the gate, asked at the moment of the step. */
function withheld(state: ActiveBooking, env: FlowEnvironment, now: Instant, step: FlowEventStep): BookingDecision | null {
  const status = env.programGate(state.booking.state, state.booking.ori, now);
  if (status.active) return null;
  return accept({ type: "InteroperabilityWithheld", bookingId: state.booking.bookingId, at: now, step, reason: status.reason });
}
type FlowEventStep = Extract<FlowEvent, { type: "InteroperabilityWithheld" }>["step"];

function fieldOfficeOf(state: ActiveBooking, env: FlowEnvironment): string | null {
  return env.directory.fieldOfficeFor(state.booking.state)?.id ?? null;
}

/** The subject's convictions on file in IAFIS (by the SRE's FBI number, else by prints). */
function convictionsOnFile(state: ActiveBooking, env: FlowEnvironment): readonly Conviction[] {
  const record =
    (state.sre !== null ? env.iafis.byFbiNumber(state.sre.fbiNumber) : undefined) ??
    (state.submission?.fbiNumber != null ? env.iafis.byFbiNumber(state.submission.fbiNumber) : undefined) ??
    env.iafis.byTemplate(state.booking.templateId);
  return record?.convictions ?? [];
}

function decideBook(command: FlowCommandOf<"BookSubject">, state: BookingState, env: FlowEnvironment): BookingDecision {
  if (state.status !== "not-booked") return refuse("booking id", `booking ${command.bookingId} already exists`);
  // MOA IV.A: the LEA books the subject in its own state.
  if (!sameParty(command.by, { kind: "LEA", ori: command.ori })) {
    return refuse("MOA IV.A", `${partyLabel(command.by)} may not book for LEA ${command.ori}: only that LEA may`);
  }
  const agency = env.directory.agency(command.ori);
  if (agency === undefined) return refuse("DOMAIN 1", `unknown agency ${command.ori}`);
  if (env.directory.state(agency.state) === undefined) return refuse("DOMAIN 1", `unknown state ${agency.state}`);
  return accept({
    type: "SubjectBooked",
    bookingId: command.bookingId,
    at: command.now,
    ori: command.ori,
    state: agency.state,
    templateId: command.templateId,
    charges: command.charges.slice(),
  });
}

/**
 * A message built field by field. (Object spread - `{ ...envelope, type }` -
 * measured about 90 times slower than this on Node 20, and this is the hot path.)
 */
function message<T extends MessageType>(
  type: T,
  command: { tcn: string; bookingId: string; now: Instant; receivedAt: Instant },
  sender: Party,
  receiver: Party,
  payload: MessageOf<T>["payload"],
): MessageOf<T> {
  return { tcn: command.tcn, bookingId: command.bookingId, sender, receiver, sentAt: command.now, receivedAt: command.receivedAt, type, payload } as MessageOf<T>;
}

function decideActive(command: Exclude<FlowCommand, { type: "BookSubject" }>, s: ActiveBooking, env: FlowEnvironment): BookingDecision {
  const id = s.booking.bookingId;
  switch (command.type) {
    case "SubmitCar": {
      const who = wrongParty(command.by, lea(s), "MOA IV.A", "submit this booking's CAR");
      if (who) return who;
      if (s.status !== "booked") return wrongStatus(s, "booked", "submit a CAR", "MOA IV.A");
      const when = timeProblem(s, command.now, command.receivedAt, null);
      if (when) return when;
      return accept({
        type: "CarSubmitted",
        bookingId: id,
        at: command.now,
        message: message("CAR", command, lea(s), sib(s), { ori: s.booking.ori, templateId: s.booking.templateId, charges: s.booking.charges.slice(), printsIncluded: true }),
      });
    }
    case "ForwardToCjis": {
      const who = wrongParty(command.by, sib(s), "MOA IV.A", "forward this booking");
      if (who) return who;
      if (s.status !== "car-at-sib") return wrongStatus(s, "car-at-sib", "forward to CJIS", "MOA IV.A");
      const when = timeProblem(s, command.now, command.receivedAt, s.car);
      if (when) return when;
      const bureau = env.directory.state(s.booking.state);
      if (bureau === undefined) return refuse("DOMAIN 1", `unknown state ${s.booking.state}`);
      // MOA IV.A: NFF states send prints only at the initial arrest; later bookings go as a CPI.
      const onFile = bureau.sib.nff ? env.sibFile(s.booking.state, s.booking.templateId) : undefined;
      if (onFile !== undefined) {
        return accept({
          type: "CpiSent",
          bookingId: id,
          at: command.now,
          message: message("CPI", command, sib(s), CJIS, { ori: s.booking.ori, fbiNumber: onFile, charges: s.booking.charges.slice(), printsIncluded: false }),
        });
      }
      return accept({
        type: "CarForwarded",
        bookingId: id,
        at: command.now,
        message: message("CAR", command, sib(s), CJIS, { ori: s.booking.ori, templateId: s.booking.templateId, charges: s.booking.charges.slice(), printsIncluded: true }),
      });
    }
    case "RunIafisSearch": {
      const who = wrongParty(command.by, CJIS, "MOA IV.A", "run IAFIS");
      if (who) return who;
      if (s.submission === null) return refuse("MOA IV.A", `cannot run IAFIS: booking ${id} has not reached CJIS`);
      if (s.sre !== null) return refuse("MOA IV.A", `IAFIS already answered booking ${id} (${s.sre.tcn})`);
      const when = timeProblem(s, command.now, command.receivedAt, s.submission);
      if (when) return when;
      // MOA IV.A: "There is no change in IAFIS processing": ident or non-ident, as before the program.
      let result: "ident" | "non-ident";
      let fbiNumber: string;
      let createdRecord: { fbiNumber: string; templateIds: string[]; convictions: Conviction[] } | undefined;
      if (s.submission.type === "CPI") {
        const fbi = s.submission.fbiNumber ?? "";
        if (env.iafis.byFbiNumber(fbi) === undefined) return refuse("MOA IV.A", `the CPI names FBI number ${fbi}, which IAFIS does not hold`);
        result = "ident";
        fbiNumber = fbi;
      } else {
        const record = env.iafis.byTemplate(s.booking.templateId);
        if (record !== undefined) {
          result = "ident";
          fbiNumber = record.fbiNumber;
        } else {
          if (env.iafis.byFbiNumber(command.newFbiNumber) !== undefined) {
            return refuse("FBI number", `new FBI number ${command.newFbiNumber} is already in use`);
          }
          result = "non-ident";
          fbiNumber = command.newFbiNumber;
          createdRecord = { fbiNumber, templateIds: [s.booking.templateId], convictions: [] };
        }
      }
      const sre = message("SRE", command, CJIS, sib(s), { result, fbiNumber });
      return accept(
        createdRecord === undefined
          ? { type: "SreReturned", bookingId: id, at: command.now, message: sre }
          : { type: "SreReturned", bookingId: id, at: command.now, message: sre, createdRecord },
      );
    }
    case "SearchIdent": {
      const who = wrongParty(command.by, CJIS, "MOA V.A", "search IDENT");
      if (who) return who;
      if (s.status !== "at-cjis") return wrongStatus(s, "at-cjis", "search IDENT", "MOA V.A");
      const when = timeProblem(s, command.now, command.receivedAt, s.submission);
      if (when) return when;
      const gate = withheld(s, env, command.now, "IDENT_SEARCH");
      if (gate) return gate;
      let templateId = s.booking.templateId;
      let printsFrom: "CAR" | "FILE" = "CAR";
      let fbiNumber: string | undefined;
      if (s.submission?.type === "CPI") {
        // DOMAIN D6: a CPI has no prints; CJIS resolves its FBI number to the prints on file.
        fbiNumber = s.submission.fbiNumber ?? "";
        const record = env.iafis.byFbiNumber(fbiNumber);
        const first = record?.templateIds[0];
        if (first === undefined) {
          return accept({
            type: "InteroperabilityWithheld",
            bookingId: id,
            at: command.now,
            step: "IDENT_SEARCH",
            reason: `FBI number ${fbiNumber} has no prints on file in IAFIS (DOMAIN D6)`,
          });
        }
        templateId = first;
        printsFrom = "FILE";
      }
      return accept({
        type: "IdentSearchRequested",
        bookingId: id,
        at: command.now,
        message: message("IDENT_SEARCH", command, CJIS, US_VISIT, fbiNumber === undefined ? { templateId, printsFrom } : { templateId, printsFrom, fbiNumber }),
      });
    }
    case "AnswerIdentSearch": {
      const who = wrongParty(command.by, US_VISIT, "MOA V.A", "answer an IDENT search");
      if (who) return who;
      if (s.status !== "ident-search-sent" || s.identSearch === null) return wrongStatus(s, "ident-search-sent", "answer IDENT", "MOA V.A");
      const when = timeProblem(s, command.now, command.receivedAt, s.identSearch);
      if (when) return when;
      const encounters = env.ident.search(s.identSearch.templateId);
      return accept({
        type: "IdentSearchAnswered",
        bookingId: id,
        at: command.now,
        message: message("IDENT_RESULT", command, US_VISIT, CJIS, { match: encounters.length > 0, encounterIds: encounters.map((e) => e.encounterId) }),
      });
    }
    case "SendNoMatchIdr": {
      const who = wrongParty(command.by, CJIS, "MOA IV.B", "send a no match IDR");
      if (who) return who;
      if (s.status !== "ident-answered" || s.identResult === null) return wrongStatus(s, "ident-answered", "send a no match IDR", "MOA IV.B");
      if (s.identResult.match) return refuse("MOA IV.B", `IDENT matched booking ${id}: an IAQ goes to LESC, not a no match IDR`);
      const when = timeProblem(s, command.now, command.receivedAt, s.identResult);
      if (when) return when;
      const gate = withheld(s, env, command.now, "NO_MATCH_IDR");
      if (gate) return gate;
      return accept({
        type: "NoMatchIdrSent",
        bookingId: id,
        at: command.now,
        message: message("NO_MATCH_IDR", command, CJIS, sib(s), {}),
      });
    }
    case "SendIaq": {
      const who = wrongParty(command.by, CJIS, "MOA V.B", "send an IAQ");
      if (who) return who;
      if (s.status !== "ident-answered" || s.identResult === null) return wrongStatus(s, "ident-answered", "send an IAQ", "MOA V.B");
      if (!s.identResult.match) return refuse("MOA IV.B", `IDENT found no match for booking ${id}: a no match IDR goes to the SIB, not an IAQ`);
      const when = timeProblem(s, command.now, command.receivedAt, s.identResult);
      if (when) return when;
      const gate = withheld(s, env, command.now, "IAQ");
      if (gate) return gate;
      return accept({
        type: "IaqSent",
        bookingId: id,
        at: command.now,
        message: message("IAQ", command, CJIS, LESC, {
            templateId: s.identSearch?.templateId ?? s.booking.templateId,
            encounterIds: s.identResult.encounterIds.slice(),
            ori: s.booking.ori,
            charges: s.booking.charges.slice(),
          }),
      });
    }
    case "RecordStatusDetermination": {
      // MOA III: neither the SIB nor any LEA determines immigration status; MOA V.B: LESC does.
      const who = wrongParty(command.by, LESC, "MOA III", "record an immigration status determination");
      if (who) return who;
      if (s.status !== "iaq-sent") return wrongStatus(s, "iaq-sent", "record a status determination", "MOA V.B");
      const when = timeProblem(s, command.now, command.receivedAt, s.iaq);
      if (when) return when;
      const gate = withheld(s, env, command.now, "IAR");
      if (gate) return gate;
      // MOA V: charges the LEA has already adjudicated are convictions (or have fallen away), not pending charges.
      const adjudicated = s.ice.adjudication;
      const priority = assessPriority({
        outcome: command.outcome,
        convictions: adjudicated === null ? convictionsOnFile(s, env) : [...convictionsOnFile(s, env), ...adjudicated.convictions],
        charges: adjudicated === null ? s.booking.charges : [],
        fieldOffice: fieldOfficeOf(s, env),
      });
      return accept(
        {
          type: "StatusDeterminationRecorded",
          bookingId: id,
          at: command.now,
          outcome: command.outcome,
          message: message("IAR", command, LESC, CJIS, { outcome: command.outcome }),
        },
        { type: "IcePriorityAssigned", bookingId: id, at: command.now, priority },
      );
    }
    case "SendIdrIar": {
      const who = wrongParty(command.by, CJIS, "MOA IV.B", "send the IDR/IAR");
      if (who) return who;
      if (s.status !== "determined" || s.determination === null || s.identResult === null) {
        return wrongStatus(s, "determined", "send the IDR/IAR", "MOA IV.B");
      }
      const when = timeProblem(s, command.now, command.receivedAt, s.determination);
      if (when) return when;
      const gate = withheld(s, env, command.now, "IDR_IAR");
      if (gate) return gate;
      return accept({
        type: "IdrIarSent",
        bookingId: id,
        at: command.now,
        message: message("IDR_IAR", command, CJIS, sib(s), { encounterIds: s.identResult.encounterIds.slice(), outcome: s.determination.outcome }),
      });
    }
    case "RelayResponse": {
      const who = wrongParty(command.by, sib(s), "MOA IV.B", "relay this response");
      if (who) return who;
      // Decision (MOA IV.B): a response held for want of the capability is then passed on by
      // other means (telephone, fax, in person); the SIB's relay of a held response records that.
      const byHand = s.status === "held-at-sib";
      if ((s.status !== "response-at-sib" && !byHand) || s.response === null) return wrongStatus(s, "response-at-sib", "relay the response", "MOA IV.B");
      const when = timeProblem(s, command.now, command.receivedAt, s.response);
      if (when) return when;
      const bureau = env.directory.state(s.booking.state);
      if (bureau === undefined) return refuse("DOMAIN 1", `unknown state ${s.booking.state}`);
      if (!bureau.sib.relayCapable && !byHand) {
        // MOA IV.B: "...unless the SIB does not have the technical capability to do so."
        return accept({
          type: "ResponseHeldAtSib",
          bookingId: id,
          at: command.now,
          state: s.booking.state,
          reason: `SIB ${s.booking.state} (${bureau.sib.name}) has no technical capability to relay responses to its LEAs`,
        });
      }
      const outcome = s.determination?.outcome;
      return accept({
        type: "ResponseRelayed",
        bookingId: id,
        at: command.now,
        ...(byHand ? { byHand: true as const } : {}),
        message: message(
          "RELAY",
          command,
          sib(s),
          lea(s),
          s.response.type === "IDR_IAR" && outcome !== undefined
            ? { relayed: s.response.type, relayedTcn: s.response.tcn, outcome }
            : { relayed: s.response.type, relayedTcn: s.response.tcn },
        ),
      });
    }
    case "LodgeDetainer":
    case "TakeIntoCustody":
    case "InstituteRemovalProceedings":
      return decideIce(command, s, env);
    case "RecordAdjudication": {
      const who = wrongParty(command.by, lea(s), "MOA V", "record the adjudication of this booking's charges");
      if (who) return who;
      if (s.ice.adjudication !== null) return refuse("MOA V", `booking ${id}'s charges were already adjudicated`);
      const when = timeProblem(s, command.now, null, null);
      if (when) return when;
      const adjudicated: FlowEvent = { type: "ChargesAdjudicated", bookingId: id, at: command.now, convictions: command.convictions.slice() };
      if (s.priority === null || s.determination === null) return accept(adjudicated);
      // MOA V: the charges, once adjudicated, become convictions (or fall away); ICE's priority follows.
      const priority = assessPriority({
        outcome: s.determination.outcome,
        convictions: [...convictionsOnFile(s, env), ...command.convictions],
        charges: [],
        fieldOffice: s.priority.fieldOffice,
      });
      return accept(adjudicated, { type: "IcePriorityAssigned", bookingId: id, at: command.now, priority });
    }
    case "RecordLocalCustodyEnded": {
      const who = wrongParty(command.by, lea(s), "MOA V.C", "record the end of this subject's local custody");
      if (who) return who;
      if (s.ice.localCustodyEnded !== null) return refuse("MOA V.C", `booking ${id}'s local custody already ended`);
      const when = timeProblem(s, command.now, null, null);
      if (when) return when;
      return accept({ type: "LocalCustodyEnded", bookingId: id, at: command.now, reason: command.reason });
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

function decideIce(
  command: FlowCommandOf<"LodgeDetainer" | "TakeIntoCustody" | "InstituteRemovalProceedings">,
  s: ActiveBooking,
  env: FlowEnvironment,
): BookingDecision {
  const id = s.booking.bookingId;
  const office = fieldOfficeOf(s, env);
  if (office === null) return refuse("MOA V", `no ICE field office covers ${s.booking.state}`);
  const who = wrongParty(command.by, { kind: "ICE-FIELD-OFFICE", office }, "MOA V", "act on this booking");
  if (who) return who;
  const when = timeProblem(s, command.now, null, null);
  if (when) return when;
  const priority = s.priority;
  if (priority === null) return refuse("MOA V.B", `LESC has made no status determination for booking ${id}`);
  if (priority.category !== "level-1-priority" && priority.category !== "field-office-discretion") {
    return refuse("MOA V.C", `booking ${id}: ${priority.category}; ICE acts only on a subject LESC found removable`);
  }
  // MOA III.B.iii: Level 2 and 3 cases are the field office's discretion; record that it was used.
  const discretionary = priority.category === "field-office-discretion";
  switch (command.type) {
    case "LodgeDetainer":
      if (s.ice.detainer !== null) return refuse("MOA V", `a detainer is already lodged for booking ${id}`);
      return accept({ type: "DetainerLodged", bookingId: id, at: command.now, fieldOffice: office, discretionary });
    case "TakeIntoCustody": {
      if (s.ice.custody !== null) return refuse("MOA V.C", `booking ${id}'s subject is already in ICE custody`);
      if (priority.category === "level-1-priority") {
        const notYet = custodyNotYet(s);
        if (notYet !== null) return refuse(CUSTODY_RULE, `booking ${id}: not yet. ${notYet}`);
      } else if (s.ice.localCustodyEnded === null) {
        // MOA V.C, III.B.iii: a discretionary case still waits for the end of local custody; D10 speaks of priority subjects.
        return refuse("MOA V.C", `booking ${id}'s subject is still in local custody: ICE takes custody after the sentence is completed or on release`);
      }
      return accept({ type: "TakenIntoIceCustody", bookingId: id, at: command.now, fieldOffice: office, discretionary });
    }
    case "InstituteRemovalProceedings":
      if (s.ice.removalProceedings !== null) return refuse("MOA V.C", `removal proceedings already instituted for booking ${id}`);
      return accept({ type: "RemovalProceedingsInstituted", bookingId: id, at: command.now, fieldOffice: office });
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/** DOMAIN D10: the rule a premature custody of a Level 1 priority subject breaks; both passages of the MOA say when. */
export const CUSTODY_RULE = "MOA V, V.C";

/**
 * DOMAIN D10, read from MOA V ("once the charges have been adjudicated") and
 * V.C ("after completion of the individual's sentence or when released from
 * local custody"): both hold, for a prior Level 1 conviction found at booking
 * and a current Level 1 charge alike. A release on bail before adjudication
 * is not enough. Says what is still missing, in a field officer's words; null
 * when ICE may take custody.
 */
function custodyNotYet(s: ActiveBooking): string | null {
  const adjudicated = s.ice.adjudication !== null;
  const outOfLocalCustody = s.ice.localCustodyEnded !== null;
  if (adjudicated && outOfLocalCustody) return null;
  const missing: string[] = [];
  if (!adjudicated) missing.push("the current charges have not been adjudicated yet (MOA V: custody comes once the charges have been adjudicated)");
  if (!outOfLocalCustody) {
    missing.push("the subject is still in local custody (MOA V.C: custody comes after the sentence is completed or on release from local custody)");
  } else if (s.ice.localCustodyEnded?.reason === "released") {
    missing.push("a release before adjudication, on bail for instance, is not enough");
  }
  return `ICE takes a Level 1 priority subject into custody only once the charges are adjudicated and the subject is out of local custody: ${missing.join("; ")}.`;
}

export function decideBooking(command: FlowCommand, state: BookingState, env: FlowEnvironment): BookingDecision {
  if (command.type === "BookSubject") return decideBook(command, state, env);
  if (state.status === "not-booked") return refuse("booking id", `no booking ${command.bookingId}`);
  if (command.bookingId !== state.booking.bookingId) {
    return refuse("booking id", `command for booking ${command.bookingId} given booking ${state.booking.bookingId}'s state`);
  }
  return decideActive(command, state, env);
}

/** The booking decider as one value (Emmett's shape; `decide` also reads the environment). */
export const bookingDecider = {
  decide: decideBooking,
  evolve: evolveBooking,
  initialState: initialBookingState,
} as const;
