// The audit page's filter as the form holds it, and as the API and the CSV
// download take it. Decision: the period is whole UTC days, both ends
// included (the API's `to` is exclusive, so it gets the day after).
import type { ApiInputs } from "@sc/client";

export type AuditFilter = Omit<ApiInputs["audit"]["list"], "before" | "limit">;

export interface FilterForm {
  actor: string;
  party: string | null;
  action: string | null;
  objectType: string | null;
  objectId: string;
  outcome: string | null;
  fromDay: string;
  toDay: string;
}

export const EMPTY_FORM: FilterForm = { actor: "", party: null, action: null, objectType: null, objectId: "", outcome: null, fromDay: "", toDay: "" };

/** The choice that means "no filter" in each select. */
export const ANY = "\u0000any";

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

export function filterOf(form: FilterForm): AuditFilter {
  const chosen = (value: string | null) => (value === null || value === ANY ? undefined : value);
  const typed = (value: string) => (value.trim() === "" ? undefined : value.trim());
  const outcome = chosen(form.outcome) as AuditFilter["outcome"];
  const filter: AuditFilter = {
    actor: typed(form.actor),
    party: chosen(form.party),
    action: chosen(form.action),
    objectType: chosen(form.objectType),
    objectId: typed(form.objectId),
    outcome,
    from: form.fromDay === "" ? undefined : `${form.fromDay}T00:00:00.000Z`,
    to: form.toDay === "" ? undefined : dayAfter(form.toDay),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as AuditFilter;
}

/** The CSV download's address: the same filter as query parameters. */
export function csvHref(filter: AuditFilter): string {
  const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));
  return `/downloads/audit${params.size > 0 ? `?${params.toString()}` : ""}`;
}
