// ICE priority from levels (MOA V, V.C, III.B.iii; DOMAIN 3.7): a subject who
// is subject to removal and either has a prior Level 1 conviction or is now
// charged with a Level 1 offense goes first; Levels 2 and 3 are left to the
// field office's discretion, case by case. Levels come from the classifier
// (DOMAIN D5: convictions and charges kept apart), never re-derived here.
import { z } from "zod";
import { personLevel, type OffenseEntry } from "../classification/person";
import type { Level } from "../classification/types";
import { FieldOfficeId } from "../reference/parties";
import type { StatusDeterminationOutcome } from "./determination";
import type { NcicCode } from "./ids";
import type { Conviction } from "./iafis";

export const LevelValue = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const IcePriorityCategory = z.enum([
  /** MOA V.C: removable, and a prior Level 1 conviction or a current Level 1 charge. */
  "level-1-priority",
  /** MOA III.B.iii: removable, Level 2 or 3 (or no classified offense): the field office decides. */
  "field-office-discretion",
  /** LESC asked for further investigation: no enforcement action yet. */
  "pending-investigation",
  /** LESC did not find the subject removable: no enforcement action. */
  "not-subject-to-removal",
]);
export type IcePriorityCategory = z.infer<typeof IcePriorityCategory>;

/**
 * An ICE case's place in the field office's queue, 0 first: MOA V.C's Level 1
 * priority, then III.B.iii's discretion, then the cases no action follows. It is
 * the order the categories are listed in above.
 */
export function priorityRank(category: IcePriorityCategory): number {
  return IcePriorityCategory.options.indexOf(category);
}

export const IcePriority = z.object({
  category: IcePriorityCategory,
  priorLevel1Conviction: z.boolean(),
  chargedWithLevel1: z.boolean(),
  /** The person's level over convictions (D5), null when none is classified. */
  convictionLevel: LevelValue.nullable(),
  /**
   * DOMAIN D2: a drug conviction awaits its sentence, so the conviction level may
   * still become Level 1 (it is not Level 1 already). Optional only so that
   * events stored before it existed still read; every new assessment sets it.
   */
  convictionPendingSentence: z.boolean().optional(),
  /** The most severe current charge, kept apart (D5). */
  chargeLevel: LevelValue.nullable(),
  /** The field office whose area covers the booking's state; null when none does. */
  fieldOffice: FieldOfficeId.nullable(),
  summary: z.array(z.string()),
});
export type IcePriority = z.infer<typeof IcePriority>;

export interface PriorityInput {
  readonly outcome: StatusDeterminationOutcome;
  readonly convictions: readonly Conviction[];
  /** Current charges not yet adjudicated. */
  readonly charges: readonly NcicCode[];
  readonly fieldOffice: string | null;
}

function sentenceOf(days: number | undefined): { days: number; text: string } | null {
  return days === undefined ? null : { days, text: `${days}d` };
}

interface PersonAnswer {
  readonly convictionLevel: Level | null;
  readonly convictionPendingSentence: boolean;
  readonly chargeLevel: Level | null;
  readonly summary: readonly string[];
}

/**
 * The classifier's answer for a set of convictions and charges, kept by a key
 * naming them: every booking asks at its determination, and most bookings share
 * a handful of offense sets, so the summary sentences are built once per set.
 * Bounded: emptied when full, so memory stays flat on long runs.
 */
const PERSON_ANSWERS = new Map<string, PersonAnswer>();
const PERSON_ANSWERS_MAX = 4096;

/** Codes are length-prefixed, so no code (even a malformed one) can read as two. */
function personKey(input: PriorityInput): string {
  let key = "";
  for (const c of input.convictions) key += `${c.ncicCode.length}:${c.ncicCode}/${c.sentenceDays === undefined ? "-" : String(c.sentenceDays)},`;
  key += "|";
  for (const code of input.charges) key += `${code.length}:${code},`;
  return key;
}

/**
 * DOMAIN D1 (2099's double listing) and D2 (an exactly-one-year drug sentence
 * is at the boundary) are named "wherever the answer is shown": the priority's
 * summary, and so the trace's priority note, carry the classifier's note for
 * each offense they decided.
 */
function decisionNotes(kind: "conviction" | "charge", entries: readonly OffenseEntry[]): string[] {
  const notes: string[] = [];
  for (const entry of entries) {
    if (entry.classification.status !== "classified") continue;
    for (const text of entry.classification.notes) {
      if (text.startsWith("D1:") || text.startsWith("D2:")) notes.push(`${kind} #${entry.index + 1} (${entry.code}): ${text}`);
    }
  }
  return notes;
}

function personAnswer(input: PriorityInput): PersonAnswer {
  const key = personKey(input);
  const known = PERSON_ANSWERS.get(key);
  if (known !== undefined) return known;
  const person = personLevel({
    convictions: input.convictions.map((c) => ({ code: c.ncicCode, sentence: sentenceOf(c.sentenceDays) })),
    charges: input.charges.map((code) => ({ code })),
  });
  const answer: PersonAnswer = {
    convictionLevel: person.level,
    convictionPendingSentence: person.level !== 1 && person.convictions.pending.length > 0,
    chargeLevel: person.charges.level,
    summary: [...person.summary, ...decisionNotes("conviction", person.convictions.entries), ...decisionNotes("charge", person.charges.entries)],
  };
  if (PERSON_ANSWERS.size >= PERSON_ANSWERS_MAX) PERSON_ANSWERS.clear();
  PERSON_ANSWERS.set(key, answer);
  return answer;
}

export function assessPriority(input: PriorityInput): IcePriority {
  const person = personAnswer(input);
  const convictionLevel: Level | null = person.convictionLevel;
  const chargeLevel: Level | null = person.chargeLevel;
  const priorLevel1Conviction = convictionLevel === 1;
  const chargedWithLevel1 = chargeLevel === 1;
  const summary = person.summary.slice();
  let category: IcePriorityCategory;
  if (input.outcome === "needs-further-investigation") {
    category = "pending-investigation";
    summary.push("LESC needs further investigation: no enforcement action yet");
  } else if (input.outcome !== "removable") {
    category = "not-subject-to-removal";
    summary.push("LESC did not determine the subject removable: no enforcement action (MOA V.C)");
  } else if (priorLevel1Conviction || chargedWithLevel1) {
    category = "level-1-priority";
    summary.push(
      priorLevel1Conviction
        ? // "a" Level 1 conviction: found on file, or recorded since when this booking's charges were adjudicated.
          "removable with a Level 1 conviction: priority (MOA V.C)"
        : "removable and charged with a Level 1 offense: priority once the charges are adjudicated (MOA V, V.C)",
    );
  } else {
    category = "field-office-discretion";
    summary.push("removable, not Level 1: the field office's discretion, case by case (MOA III.B.iii)");
  }
  return {
    category,
    priorLevel1Conviction,
    chargedWithLevel1,
    convictionLevel,
    convictionPendingSentence: person.convictionPendingSentence,
    chargeLevel,
    fieldOffice: input.fieldOffice,
    summary,
  };
}
