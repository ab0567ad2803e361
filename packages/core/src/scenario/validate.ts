// Validate a scenario: every problem, listed by path, in one pass. Shape
// problems come from the schema; cross-reference problems (an unknown agency,
// subject, state or booking) are checked on every item that is readable, so
// one bad entry does not hide the others. Never throws.
import { directoryProblems } from "../reference/directory";
import { stateOfOri } from "../reference/parties";
import { formatPath, problemsFromZod, type Problem } from "../reference/problem";
import { compareInstants } from "../shared/time";
import { Scenario, ScenarioSubject, TimelineAction } from "./schema";
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
  // Only check the directory's cross references when every entry is readable, so indices in paths stay true.
  if (
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
  const knownStates = new Set(arrayAt(world, "states").map((s) => stringAt(s, "code")).filter((s) => s !== undefined));
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
      if (!knownStates.has(code)) problems.push({ path, message: `unknown state ${code}` });
      else if (!nffStates.has(code)) problems.push({ path, message: `${code} is not an NFF state: only an NFF state's SIB keeps a file that turns later bookings into CPIs (MOA IV.A)` });
      if (s.iafis === undefined) problems.push({ path, message: "a subject on a state's file has an FBI number: give its iafis record" });
    });
  }
  const moaStates = new Set<string>();
  arrayAt(world, "moas").forEach((raw, i) => {
    const code = stringAt(raw, "state");
    if (code === undefined) return;
    if (!knownStates.has(code)) problems.push({ path: `world.moas[${i}].state`, message: `unknown state ${code}` });
    if (moaStates.has(code)) problems.push({ path: `world.moas[${i}].state`, message: `state ${code} has two MOAs` });
    moaStates.add(code);
  });

  const bookedAt = new Map<string, { index: number; at: string }>();
  const timeline = arrayAt(raw, "timeline");
  const actions = readable(timeline, (x) => TimelineAction.safeParse(x));
  for (const { index: i, item: a } of actions) {
    if (a.type === "book") {
      if (bookedAt.has(a.bookingId)) problems.push({ path: `timeline[${i}].bookingId`, message: `booking ${a.bookingId} is already booked at timeline[${bookedAt.get(a.bookingId)?.index ?? "?"}]` });
      else bookedAt.set(a.bookingId, { index: i, at: a.at });
    }
  }
  // Booking ids of unreadable "book" entries still count as booked, so one mistake is reported once.
  timeline.forEach((x, i) => {
    const id = stringAt(x, "bookingId");
    if (stringAt(x, "type") === "book" && id !== undefined && !bookedAt.has(id)) bookedAt.set(id, { index: i, at: stringAt(x, "at") ?? "" });
  });
  for (const { index: i, item: a } of actions) {
    const p = (field: string, message: string): void => {
      problems.push({ path: `timeline[${i}].${field}`, message });
    };
    switch (a.type) {
      case "book":
        if (!knownOris.has(a.ori)) p("ori", `unknown agency ${a.ori}`);
        if (!knownSubjects.has(a.subject)) p("subject", `unknown subject ${a.subject}`);
        if (!knownStates.has(stateOfOri(a.ori))) p("ori", `unknown state ${stateOfOri(a.ori)}`);
        break;
      case "determineStatus":
      case "adjudicateCharges":
      case "endLocalCustody":
      case "lodgeDetainer":
      case "takeIntoCustody":
      case "instituteRemovalProceedings": {
        const booked = bookedAt.get(a.bookingId);
        if (booked === undefined) p("bookingId", `unknown booking ${a.bookingId}: no "book" action in the timeline books it`);
        else if (booked.at !== "" && compareInstants(a.at, booked.at) < 0) p("at", `${a.at} is before booking ${a.bookingId} is booked (${booked.at})`);
        break;
      }
      case "giveNotice":
        if (a.notice.kind === "suspension" && a.notice.ground === undefined) {
          p("notice.ground", "a suspension names its ground: resource-constraints or competing-priorities (MOA VIII)");
        }
        if (!knownStates.has(a.state)) p("state", `unknown state ${a.state}`);
        else if (!moaStates.has(a.state)) p("state", `state ${a.state} has no MOA in world.moas`);
        break;
      case "signMoa":
        if (!knownStates.has(a.state)) p("state", `unknown state ${a.state}`);
        else if (!moaStates.has(a.state)) p("state", `state ${a.state} has no MOA in world.moas`);
        break;
      case "suspendLea":
      case "reinstateLea":
        if (!knownOris.has(a.ori)) p("ori", `unknown agency ${a.ori}`);
        break;
      default: {
        const exhaustive: never = a;
        return exhaustive;
      }
    }
  }
  return problems;
}

const byPath = (a: Problem, b: Problem): number => a.path.localeCompare(b.path, "en", { numeric: true });

export function validateScenario(raw: unknown): ScenarioValidation {
  if (!isObj(raw)) return { ok: false, problems: [{ path: formatPath([]), message: "a scenario is a JSON object with name, world and timeline" }] };
  const parsed = Scenario.safeParse(raw);
  const problems = [...(parsed.success ? [] : problemsFromZod(parsed.error)), ...crossReferenceProblems(raw)];
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
