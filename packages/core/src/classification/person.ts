// A person's level (DOMAIN D5; MOA III.B.ii and V): the most severe (lowest)
// level over their CONVICTIONS. Current charges are reported apart ("charged
// with a Level 1 offense") and never merged in, because MOA V treats prior
// Level 1 convictions and current Level 1 charges as different grounds.
import { z } from "zod";
import { Text } from "../shared/text";
import { classify } from "./classify";
import type { Classification, Level, Sentence } from "./types";

/** A sentence as core holds it (see sentence.ts); for inputs arriving from outside. */
export const SentenceSchema = z.object({
  days: z.number().nonnegative(),
  text: Text.max(200, "a sentence is written in at most 200 characters"),
  unit: z.enum(["d", "m", "y"]).optional(),
  amount: z.number().nonnegative().optional(),
});

/** One conviction or charge: an NCIC code and, if known, the sentence. The code is checked by classify (D4). */
export const OffenseInputSchema = z.object({
  code: Text.max(32, "an NCIC code is 4 digits"),
  sentence: SentenceSchema.nullish(),
});

export const PersonLevelInputSchema = z.object({
  convictions: z.array(OffenseInputSchema).max(200, "at most 200 convictions"),
  charges: z.array(OffenseInputSchema).max(200, "at most 200 charges"),
});

export interface OffenseInput {
  readonly code: string;
  readonly sentence?: Sentence | null;
}

export interface PersonLevelInput {
  readonly convictions: readonly OffenseInput[];
  readonly charges: readonly OffenseInput[];
}

/** One conviction or charge with its answer; `index` is its 0-based place in the input. */
export interface OffenseEntry {
  readonly index: number;
  readonly code: string;
  readonly classification: Classification;
}

/** The convictions, or the charges, taken together. */
export interface OffenseGroupLevel {
  /** Most severe level over the classified entries; null when none is classified. */
  readonly level: Level | null;
  /** The first entry with that level (the one that decided), or null. */
  readonly decidedBy: OffenseEntry | null;
  /**
   * The levels the group may still have once pending sentences are known:
   * [level] with nothing pending; [1] when already Level 1; [1, 2] when a drug
   * entry is pending (D2) and nothing classified is Level 1; [] when nothing counts.
   */
  readonly candidates: readonly Level[];
  readonly entries: readonly OffenseEntry[];
  readonly pending: readonly OffenseEntry[];
  readonly unclassifiable: readonly OffenseEntry[];
  readonly invalid: readonly OffenseEntry[];
}

export interface PersonLevel {
  /** The person's level: the convictions' level, never the charges' (D5). */
  readonly level: Level | null;
  /** The conviction that decided it. */
  readonly decidedBy: OffenseEntry | null;
  readonly convictions: OffenseGroupLevel;
  /** Kept apart: "charged with a Level 1 offense". */
  readonly charges: OffenseGroupLevel;
  /** Plain sentences saying the above, for UIs and reports. */
  readonly summary: readonly string[];
}

function group(offenses: readonly OffenseInput[]): OffenseGroupLevel {
  const entries = offenses.map((offense, index) => ({
    index,
    code: offense.code,
    classification: classify(offense.code, offense.sentence ?? null),
  }));
  let decidedBy: OffenseEntry | null = null;
  for (const entry of entries) {
    const level = entry.classification.level;
    if (
      level !== null &&
      (decidedBy?.classification.level == null || level < decidedBy.classification.level)
    ) {
      decidedBy = entry;
    }
  }
  const level = decidedBy?.classification.level ?? null;
  const pending = entries.filter((x) => x.classification.status === "pending-sentence");
  const candidates: Level[] =
    pending.length === 0 ? (level === null ? [] : [level]) : level === 1 ? [1] : [1, 2];
  return {
    level,
    decidedBy,
    candidates,
    entries,
    pending,
    unclassifiable: entries.filter((x) => x.classification.status === "unclassifiable"),
    invalid: entries.filter((x) => x.classification.status === "invalid"),
  };
}

function describe(entry: OffenseEntry): string {
  const c = entry.classification;
  return `${c.code}${c.category ? ` ${c.category}` : ""}`;
}

function summarise(convictions: OffenseGroupLevel, charges: OffenseGroupLevel): string[] {
  const lines: string[] = [];
  const say = (kind: "conviction" | "charge", g: OffenseGroupLevel): void => {
    for (const entry of g.pending) {
      lines.push(
        `${kind} #${entry.index + 1} (${describe(entry)}) is pending sentence: Level 1 or Level 2 (D2)` +
          (g.level === 1
            ? ""
            : kind === "conviction"
              ? "; the person's level may become Level 1"
              : ""),
      );
    }
    for (const entry of g.unclassifiable) {
      lines.push(
        `${kind} #${entry.index + 1} (${entry.code}) names no offense and has no level (D8)`,
      );
    }
    for (const entry of g.invalid) {
      lines.push(
        `${kind} #${entry.index + 1} is invalid: ${entry.classification.notes.join("; ")}`,
      );
    }
  };
  lines.push(
    convictions.decidedBy
      ? `Level ${String(convictions.level)}: conviction #${convictions.decidedBy.index + 1} (${describe(convictions.decidedBy)}) is the most severe`
      : "no level: no classified conviction",
  );
  say("conviction", convictions);
  if (charges.decidedBy) {
    lines.push(
      `charged with a Level ${String(charges.level)} offense (charge #${charges.decidedBy.index + 1}, ${describe(charges.decidedBy)})`,
    );
  }
  say("charge", charges);
  return lines;
}

/**
 * DOMAIN D5: the person's level over their convictions, with the charges
 * reported apart. Never throws: bad codes or sentences are reported in `invalid`.
 */
export function personLevel(input: PersonLevelInput): PersonLevel {
  const convictions = group(input.convictions);
  const charges = group(input.charges);
  return {
    level: convictions.level,
    decidedBy: convictions.decidedBy,
    convictions,
    charges,
    summary: summarise(convictions, charges),
  };
}
