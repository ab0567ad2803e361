// The reference directory: states and SIBs, LEAs, field offices and points of
// contact, checked against each other (an LEA in an unlisted state, a state in
// two field offices) and indexed for lookups the flow makes on every booking.
import { z } from "zod";
import { LawEnforcementAgency } from "./agencies";
import { PointOfContact } from "./contacts";
import { FieldOffice } from "./field-offices";
import type { Ori, StateCode } from "./parties";
import { problemsFromZod, type Problem } from "./problem";
import { UsState } from "./states";

export const DirectoryInput = z.strictObject({
  states: z.array(UsState),
  agencies: z.array(LawEnforcementAgency),
  fieldOffices: z.array(FieldOffice),
  contacts: z.array(PointOfContact).default([]),
});
export type DirectoryInput = z.input<typeof DirectoryInput>;

export interface ReferenceDirectory {
  readonly states: readonly UsState[];
  readonly agencies: readonly LawEnforcementAgency[];
  readonly fieldOffices: readonly FieldOffice[];
  readonly contacts: readonly PointOfContact[];
  state(code: StateCode): UsState | undefined;
  agency(ori: Ori): LawEnforcementAgency | undefined;
  /** The field office whose area of responsibility covers the state, if any. */
  fieldOfficeFor(state: StateCode): FieldOffice | undefined;
  fieldOffice(id: string): FieldOffice | undefined;
}

export type DirectoryResult =
  | { readonly ok: true; readonly directory: ReferenceDirectory }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Cross-reference problems in already well-formed lists, with paths under `prefix`. */
export function directoryProblems(input: z.output<typeof DirectoryInput>, prefix = ""): Problem[] {
  const at = (path: string): string => (prefix === "" ? path : `${prefix}.${path}`);
  const problems: Problem[] = [];
  const stateCodes = new Set<string>();
  input.states.forEach((s, i) => {
    if (stateCodes.has(s.code)) problems.push({ path: at(`states[${i}].code`), message: `state ${s.code} is listed twice` });
    stateCodes.add(s.code);
  });
  const oris = new Set<string>();
  input.agencies.forEach((a, i) => {
    if (oris.has(a.ori)) problems.push({ path: at(`agencies[${i}].ori`), message: `agency ${a.ori} is listed twice` });
    oris.add(a.ori);
    if (!stateCodes.has(a.state)) problems.push({ path: at(`agencies[${i}].state`), message: `unknown state ${a.state}` });
  });
  const officeOfState = new Map<string, string>();
  const officeIds = new Set<string>();
  input.fieldOffices.forEach((f, i) => {
    if (officeIds.has(f.id)) problems.push({ path: at(`fieldOffices[${i}].id`), message: `field office ${f.id} is listed twice` });
    officeIds.add(f.id);
    f.states.forEach((s, j) => {
      if (!stateCodes.has(s)) problems.push({ path: at(`fieldOffices[${i}].states[${j}]`), message: `unknown state ${s}` });
      const other = officeOfState.get(s);
      if (other !== undefined && other !== f.id) {
        problems.push({ path: at(`fieldOffices[${i}].states[${j}]`), message: `state ${s} is already in field office ${other}'s area` });
      }
      officeOfState.set(s, f.id);
    });
  });
  input.contacts.forEach((c, i) => {
    if (c.state !== undefined && !stateCodes.has(c.state)) {
      problems.push({ path: at(`contacts[${i}].state`), message: `unknown state ${c.state}` });
    }
  });
  return problems;
}

/** Index well-formed, cross-checked lists. Use `buildDirectory` for untrusted input. */
export function indexDirectory(input: z.output<typeof DirectoryInput>): ReferenceDirectory {
  const states = new Map(input.states.map((s) => [s.code, s]));
  const agencies = new Map(input.agencies.map((a) => [a.ori, a]));
  const offices = new Map(input.fieldOffices.map((f) => [f.id, f]));
  const officeOfState = new Map<string, FieldOffice>();
  for (const f of input.fieldOffices) for (const s of f.states) officeOfState.set(s, f);
  return {
    states: input.states,
    agencies: input.agencies,
    fieldOffices: input.fieldOffices,
    contacts: input.contacts,
    state: (code) => states.get(code),
    agency: (ori) => agencies.get(ori),
    fieldOfficeFor: (state) => officeOfState.get(state),
    fieldOffice: (id) => offices.get(id),
  };
}

/** Parse and cross-check a directory; every problem is listed by path. */
export function buildDirectory(raw: unknown): DirectoryResult {
  const parsed = DirectoryInput.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems = directoryProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, directory: indexDirectory(parsed.data) };
}
