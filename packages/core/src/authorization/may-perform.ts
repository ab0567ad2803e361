// mayPerform(party, action, target?): role and scope, read from PERMISSIONS.
// Domain rules (a notice's form, a dispute's level) are the deciders' to
// check; this says only whether the party may attempt the action at all.
import type { FieldOfficeId, Ori, Party, PartyKind, StateCode } from "../reference/parties";
import { partyLabel, stateOfOri } from "../reference/parties";
import type { Action } from "./actions";
import type { Grant, Scope } from "./permissions";
import { PERMISSIONS } from "./permissions";

/** What an action is about: the state, the agency, the field office covering it. Give what is known. */
export interface ActionTarget {
  readonly state?: StateCode;
  readonly ori?: Ori;
  readonly fieldOffice?: FieldOfficeId;
}

export type Permit = { readonly allowed: true; readonly scope: Scope } | { readonly allowed: false; readonly reason: string };

function targetState(target: ActionTarget): StateCode | undefined {
  return target.state ?? (target.ori === undefined ? undefined : stateOfOri(target.ori));
}

/** Why the grant does not cover the target, or undefined when it does. */
function scopeProblem(party: Party, scope: Scope, target: ActionTarget | undefined): string | undefined {
  const who = partyLabel(party);
  switch (scope) {
    case "national":
      return undefined;
    case "own-agency": {
      if (party.kind !== "LEA") return `${who} has no agency`;
      if (target?.ori === undefined) return `${who} acts for its own agency only: name the agency (ORI) concerned`;
      return target.ori === party.ori ? undefined : `${who} acts for its own agency only, not for ${target.ori}`;
    }
    case "own-state": {
      const own = party.kind === "SIB" ? party.state : party.kind === "LEA" ? stateOfOri(party.ori) : undefined;
      if (own === undefined) return `${who} has no state`;
      const state = target === undefined ? undefined : targetState(target);
      if (state === undefined) return `${who} acts within ${own} only: name the state concerned`;
      return state === own ? undefined : `${who} acts within ${own} only, not in ${state}`;
    }
    case "own-area": {
      if (party.kind !== "ICE-FIELD-OFFICE") return `${who} has no area of responsibility`;
      if (target?.fieldOffice === undefined) return `${who} acts within its area only: name the field office covering the target`;
      return target.fieldOffice === party.office ? undefined : `${who} acts within its own area only, not ICE field office ${target.fieldOffice}'s`;
    }
    default: {
      const exhaustive: never = scope;
      return exhaustive;
    }
  }
}

function grantsFor(kind: PartyKind, action: Action): readonly Grant[] {
  return PERMISSIONS[action].grants.filter((grant) => grant.party === kind);
}

/**
 * Whether `party` may perform `action` on `target`. A scoped grant (own
 * agency, state or area) needs the target to name what it is about; without
 * it the answer is a refusal that says what to name.
 */
export function mayPerform(party: Party, action: Action, target?: ActionTarget): Permit {
  const grants = grantsFor(party.kind, action);
  if (grants.length === 0) {
    const permission = PERMISSIONS[action];
    const who = [...new Set(permission.grants.map((grant) => grant.party))].join(", ");
    const readOnly = party.kind === "AUDITOR" && permission.kind === "write" ? " (auditors read everything and change nothing)" : "";
    return { allowed: false, reason: `${partyLabel(party)} may not ${action}${readOnly}: only ${who} may (${permission.source})` };
  }
  const problems: string[] = [];
  for (const grant of grants) {
    const problem = scopeProblem(party, grant.scope, target);
    if (problem === undefined) return { allowed: true, scope: grant.scope };
    problems.push(problem);
  }
  return { allowed: false, reason: `${action}: ${problems.join("; ")} (${PERMISSIONS[action].source})` };
}

/** Whether a kind of party may perform the action anywhere at all, and where: for matrices and menus. */
export function grantedScope(kind: PartyKind, action: Action): Scope | undefined {
  return grantsFor(kind, action)[0]?.scope;
}

/**
 * What administering an account is about, for AdministerUsers' scope: the
 * account's own agency, state or area. A SIB thus administers its own state's
 * SIB and LEA accounts; any other party has none of these, so only the SC
 * Program Office (national) administers it.
 */
export function accountTarget(party: Party): ActionTarget {
  switch (party.kind) {
    case "LEA":
      return { ori: party.ori };
    case "SIB":
      return { state: party.state };
    case "ICE-FIELD-OFFICE":
      return { fieldOffice: party.office };
    default:
      return {};
  }
}
