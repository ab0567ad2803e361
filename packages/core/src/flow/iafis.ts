// IAFIS, modelled: synthetic criminal-history records keyed by FBI number and
// by fingerprint template id. No race or ethnicity field (DOMAIN section 4).
import { z } from "zod";
import { Instant } from "../shared/time";
import { FbiNumber, NcicCode, TemplateId } from "./ids";

/** A sentence length in days (1 year = 365 days, as the classifier counts). */
export const SentenceDays = z.number().int().nonnegative();

export const Conviction = z.strictObject({
  ncicCode: NcicCode,
  date: Instant,
  /** Absent when not yet sentenced: a drug conviction then stays "pending sentence" (DOMAIN D2). */
  sentenceDays: SentenceDays.optional(),
});
export type Conviction = z.infer<typeof Conviction>;

export const IafisRecord = z.object({
  fbiNumber: FbiNumber,
  templateIds: z.array(TemplateId).min(1, "an IAFIS record holds at least one set of prints"),
  convictions: z.array(Conviction).default([]),
});
export type IafisRecord = z.infer<typeof IafisRecord>;

/** Read access the flow needs; the runner keeps the records. */
export interface IafisLookup {
  byTemplate(templateId: TemplateId): IafisRecord | undefined;
  byFbiNumber(fbiNumber: FbiNumber): IafisRecord | undefined;
}

/** An in-memory IAFIS: the runner adds a record when a non-ident creates a new FBI number. */
export class IafisRepository implements IafisLookup {
  private readonly fbi = new Map<FbiNumber, IafisRecord>();
  private readonly template = new Map<TemplateId, IafisRecord>();

  constructor(records: readonly IafisRecord[] = []) {
    for (const r of records) this.add(r);
  }

  add(record: IafisRecord): void {
    this.fbi.set(record.fbiNumber, record);
    for (const t of record.templateIds) this.template.set(t, record);
  }

  byTemplate(templateId: TemplateId): IafisRecord | undefined {
    return this.template.get(templateId);
  }

  byFbiNumber(fbiNumber: FbiNumber): IafisRecord | undefined {
    return this.fbi.get(fbiNumber);
  }

  get size(): number {
    return this.fbi.size;
  }
}
