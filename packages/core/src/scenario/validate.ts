// Validate a scenario: every problem, listed by path, in one pass. Shape
// problems come from the schema; cross-reference problems (an unknown agency,
// subject, state or booking) are checked on every item that is readable, so
// one bad entry does not hide the others. Never throws.
import { directoryProblems } from "../reference/directory";
import { formatPath, type Problem } from "../reference/problem";
import { BookingId } from "../flow/ids";
import { Ori, StateCode } from "../reference/parties";
import { scenarioErrorMap, scenarioProblemsFromZod } from "./messages";
import { timeBoundProblems } from "./time-bounds";
import { compareInstants, Instant } from "../shared/time";
import { Scenario, ScenarioId, ScenarioSubject } from "./schema";
import { FieldOffice } from "../reference/field-offices";
import { LawEnforcementAgency } from "../reference/agencies";
import { PointOfContact } from "../reference/contacts";
import { UsState } from "../reference/states";

export type ScenarioValidation =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function arrayAt(x: unknown, key: string): unknown[] {
  if (!isObj(x)) return [];
  const v = x[key];
  return Array.isArray(v) ? v : [];
}

function stringAt(x: unknown, key: string): string | undefined {
  return isObj(x) && typeof x[key] === "string" ? x[key] : undefined;
}

/** The items of `raw` that parse, with their index; ids of the ones that do not still count as "known". */
function readable<T>(items: unknown[], parse: (x: unknown) => { success: true; data: T } | { success: false }): { index: number; item: T }[] {
  const out: { index: number; item: T }[] = [];
  items.forEach((x, index) => {
    const r = parse(x);
    if (r.success) out.push({ index, item: r.data });
  });
  return out;
}

function crossReferenceProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const world = isObj(raw) ? raw["world"] : undefined;
  const states = readable(arrayAt(world, "states"), (x) => UsState.safeParse(x));
  const agencies = readable(arrayAt(world, "agencies"), (x) => LawEnforcementAgency.safeParse(x));
  const offices = readable(arrayAt(world, "fieldOffices"), (x) => FieldOffice.safeParse(x));
  const contacts = readable(arrayAt(world, "contacts"), (x) => PointOfContact.safeParse(x));
  const listed = (key: string): boolean => !isObj(world) || world[key] === undefined || Array.isArray(world[key]);
  // Only check the directory's cross references when every entry is readable, so indices in paths stay true.
  if (
    ["states", "agencies", "fieldOffices", "contacts"].every(listed) &&
    states.length === arrayAt(world, "states").length &&
    agencies.length === arrayAt(world, "agencies").length &&
    offices.length === arrayAt(world, "fieldOffices").length &&
    contacts.length === arrayAt(world, "contacts").length
  ) {
    problems.push(
      ...directoryProblems(
        { states: states.map((s) => s.item), agencies: agencies.map((a) => a.item), fieldOffices: offices.map((f) => f.item), contacts: contacts.map((c) => c.item) },
        "world",
      ),
    );
  }
  // One message per mistake: a collection that is not a list is its own problem, so references into it are not
  // checked (every one would be "unknown"); nor is a reference whose own form is wrong (the schema says so).
  const statesListed = listed("states");
  const knownStates = new Set(arrayAt(world, "states").map((s) => stringAt(s, "code")).filter((s) => s !== undefined));
  const unknownState = (code: string): boolean => statesListed && StateCode.safeParse(code).success && !knownStates.has(code);
  const agenciesListed = listed("agencies");
  const unknownOri = (ori: string): boolean => agenciesListed && Ori.safeParse(ori).success && !knownOris.has(ori);
  // The same references, checked on entries that did not parse, so their other mistakes still show.
  arrayAt(world, "agencies").forEach((a, i) => {
    const st = stringAt(a, "state");
    if (st !== undefined && unknownState(st)) problems.push({ path: `world.agencies[${i}].state`, message: `unknown state ${st}` });
  });
  arrayAt(world, "fieldOffices").forEach((f, i) => {
    arrayAt(f, "states").forEach((st, j) => {
      if (typeof st === "string" && unknownState(st)) problems.push({ path: `world.fieldOffices[${i}].states[${j}]`, message: `unknown state ${st}` });
    });
  });
  const nffStates = new Set(states.filter((s) => s.item.sib.nff).map((s) => s.item.code));
  const knownOris = new Set(arrayAt(world, "agencies").map((a) => stringAt(a, "ori")).filter((s) => s !== undefined));
  const knownSubjects = new Set<string>();
  const templates = new Map<string, number>();
  const fbiNumbers = new Map<string, number>();
  arrayAt(world, "subjects").forEach((raw, i) => {
    const id = stringAt(raw, "id");
    if (id !== undefined) {
      if (knownSubjects.has(id)) problems.push({ path: `world.subjects[${i}].id`, message: `subject ${id} is listed twice` });
      knownSubjects.add(id);
    }
  });
  for (const { index: i, item: s } of readable(arrayAt(world, "subjects"), (x) => ScenarioSubject.safeParse(x))) {
    const t = templates.get(s.templateId);
    if (t !== undefined) problems.push({ path: `world.subjects[${i}].templateId`, message: `template ${s.templateId} is also world.subjects[${t}]'s: one person, one set of prints` });
    templates.set(s.templateId, i);
    if (s.iafis !== undefined) {
      const f = fbiNumbers.get(s.iafis.fbiNumber);
      if (f !== undefined) problems.push({ path: `world.subjects[${i}].iafis.fbiNumber`, message: `FBI number ${s.iafis.fbiNumber} is also world.subjects[${f}]'s` });
      fbiNumbers.set(s.iafis.fbiNumber, i);
    }
    s.onFileIn.forEach((code, j) => {
      const path = `world.subjects[${i}].onFileIn[${j}]`;
      if (!knownStates.has(code)) {
        if (unknownState(code)) problems.push({ path, message: `unknown state ${code}` });
      } else if (!nffStates.has(code)) problems.push({ path, message: `${code} is not an NFF state: only an NFF state's SIB keeps a file that turns later bookings into CPIs (MOA IV.A)` });
      if (s.iafis === undefined) problems.push({ path, message: "a subject on a state's file has an FBI number: give its iafis record" });
    });
  }
  const moaStates = new Set<string>();
  arrayAt(world, "moas").forEach((raw, i) => {
    const code = stringAt(raw, "state");
    if (code === undefined) return;
    if (unknownState(code)) problems.push({ path: `world.moas[${i}].state`, message: `unknown state ${code}` });
    if (moaStates.has(code)) problems.push({ path: `world.moas[${i}].state`, message: `state ${code} has two MOAs` });
    moaStates.add(code);
  });

  // Timeline references are read from every entry, parsed or not, so one bad field does not hide another.
  const timeline = arrayAt(raw, "timeline");
  const instantOf = (x: unknown): string | undefined => {
    const at = stringAt(x, "at");
    return at !== undefined && Instant.safeParse(at).success ? at : undefined;
  };
  const bookedAt = new Map<string, { index: number; at: string | undefined }>();
  timeline.forEach((x, i) => {
    const id = stringAt(x, "bookingId");
    if (stringAt(x, "type") !== "book" || id === undefined) return;
    const earlier = bookedAt.get(id);
    if (earlier !== undefined) problems.push({ path: `timeline[${i}].bookingId`, message: `booking ${id} is already booked at timeline[${earlier.index}]` });
    else bookedAt.set(id, { index: i, at: instantOf(x) });
  });
  timeline.forEach((x, i) => {
    const p = (field: string, message: string): void => {
      problems.push({ path: `timeline[${i}].${field}`, message });
    };
    const type = stringAt(x, "type");
    const ori = stringAt(x, "ori");
    const state = stringAt(x, "state");
    const moaOfState = (): void => {
      if (state === undefined || !StateCode.safeParse(state).success) return;
      if (!knownStates.has(state)) {
        if (unknownState(state)) p("state", `unknown state ${state}`);
      } else if (!moaStates.has(state) && listed("moas")) p("state", `state ${state} has no MOA in world.moas`);
    };
    switch (type) {
      case "book": {
        const subject = stringAt(x, "subject");
        if (ori !== undefined && unknownOri(ori)) p("ori", `unknown agency ${ori}`);
        if (subject !== undefined && listed("subjects") && ScenarioId.safeParse(subject).success && !knownSubjects.has(subject)) p("subject", `unknown subject ${subject}`);
        return;
      }
      case "determineStatus":
      case "adjudicateCharges":
      case "endLocalCustody":
      case "lodgeDetainer":
      case "takeIntoCustody":
      case "instituteRemovalProceedings": {
        const id = stringAt(x, "bookingId");
        if (id === undefined || !BookingId.safeParse(id).success) return;
        const booked = bookedAt.get(id);
        const at = instantOf(x);
        if (booked === undefined) p("bookingId", `unknown booking ${id}: no "book" action in the timeline books it`);
        else if (booked.at !== undefined && at !== undefined && compareInstants(at, booked.at) < 0) p("at", `${at} is before booking ${id} is booked (${booked.at})`);
        return;
      }
      case "giveNotice": {
        const notice = isObj(x) ? x["notice"] : undefined;
        if (stringAt(notice, "kind") === "suspension" && isObj(notice) && notice["ground"] === undefined) {
          p("notice.ground", "a suspension names its ground: resource-constraints or competing-priorities (MOA VIII)");
        }
        // MOA VIII: a notice takes effect on receipt. The run goes forward in time, so it cannot
        // apply a receipt earlier than the action to steps it has already run: say so instead.
        const receivedAt = stringAt(notice, "receivedAt");
        const at = instantOf(x);
        if (receivedAt !== undefined && at !== undefined && Instant.safeParse(receivedAt).success && compareInstants(receivedAt, at) < 0) {
          p("notice.receivedAt", `${receivedAt} is before the action's at (${at}): put the action at the receipt, when the notice takes effect (MOA VIII)`);
        }
        moaOfState();
        return;
      }
      case "suspendLea":
      case "reinstateLea":
        if (ori !== undefined && unknownOri(ori)) p("ori", `unknown agency ${ori}`);
        return;
      default:
        // Every action on an MOA (signing, modifications, disputes, releases of the MOA) names its state;
        // an unknown type is reported by the schema.
        moaOfState();
        return;
    }
  });
  return problems;
}

const byPath = (a: Problem, b: Problem): number => a.path.localeCompare(b.path, "en", { numeric: true });

export function validateScenario(raw: unknown): ScenarioValidation {
  if (!isObj(raw)) return { ok: false, problems: [{ path: formatPath([]), message: "a scenario is a JSON object with name, world and timeline" }] };
  const parsed = Scenario.safeParse(raw, { error: scenarioErrorMap });
  const problems = [
    ...(parsed.success ? timeBoundProblems(parsed.data, raw["timing"] !== undefined) : scenarioProblemsFromZod(parsed.error, raw)),
    ...crossReferenceProblems(raw),
  ];
  if (problems.length > 0 || !parsed.success) {
    const seen = new Set<string>();
    const unique = problems.filter((p) => {
      const key = `${p.path}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ok: false, problems: unique.sort(byPath) };
  }
  return { ok: true, scenario: parsed.data };
}
