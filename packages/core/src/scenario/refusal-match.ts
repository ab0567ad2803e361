// Refusals expected "at least these", and "any refusal citing MOA V": what an
// auditor states without copying the whole list and its exact rule labels.
import type { RunRefusal } from "./runner";
import type { RefusalMatcher } from "./schema";

/**
 * The sections a rule label cites: "MOA V, V.C" cites MOA V and MOA V.C;
 * "DOMAIN 3.8 (trace order)" cites DOMAIN 3.8. A part without a document
 * name belongs to the document named before it.
 */
export function citedSections(rule: string): string[] {
  const out: string[] = [];
  let document = "";
  for (const rawPart of rule.split(",")) {
    const part = rawPart.replace(/\(.*\)/g, "").trim();
    if (part === "") continue;
    const m = /^(MOA|DOMAIN|Appendix)\s+(.+)$/.exec(part);
    if (m !== null) {
      document = m[1] ?? "";
      out.push(`${document} ${(m[2] ?? "").trim()}`);
    } else if (document !== "") {
      out.push(`${document} ${part}`);
    } else {
      out.push(part);
    }
  }
  return out;
}

/** Whether the rule cites `section` or one of its subsections ("MOA V" takes MOA V.C, not MOA VI). */
export function cites(rule: string, section: string): boolean {
  const wanted = section.trim();
  return citedSections(rule).some((s) => s === wanted || s.startsWith(`${wanted}.`));
}

export function refusalMatches(refusal: RunRefusal, m: RefusalMatcher): boolean {
  return (
    (m.rule === undefined || refusal.rule === m.rule) &&
    (m.citing === undefined || cites(refusal.rule, m.citing)) &&
    (m.source === undefined || refusal.source === m.source) &&
    (m.action === undefined || refusal.action === m.action) &&
    (m.bookingId === undefined || refusal.bookingId === m.bookingId) &&
    (m.contains === undefined || refusal.message.includes(m.contains))
  );
}

/**
 * The matchers no refusal answers, each refusal answering at most one: a
 * matcher is tried on the refusals in order and takes the first free one it
 * fits, most specific matchers first, so a broad one never steals a refusal a
 * narrow one needs (the greedy choice suffices for the lists scenarios hold).
 */
export function unmatchedRefusals(refusals: readonly RunRefusal[], matchers: readonly RefusalMatcher[]): RefusalMatcher[] {
  const fields = (m: RefusalMatcher): number => Object.values(m).filter((v) => v !== undefined).length;
  const order = matchers.map((m, i) => ({ m, i })).sort((a, b) => fields(b.m) - fields(a.m) || a.i - b.i);
  const taken = new Set<number>();
  const missing: { m: RefusalMatcher; i: number }[] = [];
  for (const { m, i } of order) {
    const at = refusals.findIndex((r, j) => !taken.has(j) && refusalMatches(r, m));
    if (at < 0) missing.push({ m, i });
    else taken.add(at);
  }
  return missing.sort((a, b) => a.i - b.i).map((x) => x.m);
}
