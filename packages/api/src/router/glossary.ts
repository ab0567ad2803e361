// glossary: MOA Appendix B's acronyms, shown wherever the terms appear (DOMAIN 4).
import { Text, APPENDIX_B_GLOSSARY, glossaryTermsIn, lookupAcronym } from "@sc/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";

export const glossaryRouter = {
  list: allowed({ reads: "reference" })
    .input(NoInput)
    .query(() => APPENDIX_B_GLOSSARY),
  lookup: allowed({ reads: "reference" })
    .input(z.strictObject({ term: Text.min(1).max(40, "a term has at most 40 characters") }))
    .query(({ input }) => lookupAcronym(input.term) ?? null),
  /** The Appendix B entries for the acronyms used in a text, so a UI can gloss it. */
  termsIn: allowed({ reads: "reference" })
    .input(z.strictObject({ text: Text.max(20_000, "at most 20,000 characters") }))
    .query(({ input }) => glossaryTermsIn(input.text)),
} satisfies TRPCRouterRecord;
