// IDENT (US-VISIT), modelled: synthetic encounter records keyed by template id.
// A search matches when an encounter holds the same template id. No race or
// ethnicity field anywhere (DOMAIN section 4, MOA VIII).
import { z } from "zod";
import { Text } from "../shared/text";
import { Instant } from "../shared/time";
import { TemplateId } from "./ids";

export const IdentEncounterKind = z.enum(["visa-application", "port-of-entry", "immigration-benefit", "prior-enforcement"]);
export type IdentEncounterKind = z.infer<typeof IdentEncounterKind>;

export const IdentEncounter = z.object({
  encounterId: Text.min(1).max(64),
  templateId: TemplateId,
  encounteredAt: Instant,
  kind: IdentEncounterKind,
});
export type IdentEncounter = z.infer<typeof IdentEncounter>;

export interface IdentLookup {
  search(templateId: TemplateId): readonly IdentEncounter[];
}

const NONE: readonly IdentEncounter[] = [];

export class IdentRepository implements IdentLookup {
  private readonly byTemplate = new Map<TemplateId, IdentEncounter[]>();

  constructor(encounters: readonly IdentEncounter[] = []) {
    for (const e of encounters) this.add(e);
  }

  add(encounter: IdentEncounter): void {
    const list = this.byTemplate.get(encounter.templateId);
    if (list === undefined) this.byTemplate.set(encounter.templateId, [encounter]);
    else list.push(encounter);
  }

  search(templateId: TemplateId): readonly IdentEncounter[] {
    return this.byTemplate.get(templateId) ?? NONE;
  }
}
