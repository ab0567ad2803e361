// MOA Appendix B, "Acronyms and Abbreviations", in the source's order and
// words. DOMAIN section 4: shown wherever the terms appear.
// Decision: the source's text extraction has a doubled space in "Immigration
// and  Customs Enforcement" and trailing spaces; whitespace is collapsed, the
// words are the source's. CPI is "Criminal Print Identification" here even
// though MOA IV.A writes "Criminal Print Ident": the glossary keeps its own word.
import { z } from "zod";

export const GlossaryEntry = z.object({
  acronym: z.string().min(1),
  definition: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const APPENDIX_B_GLOSSARY: readonly GlossaryEntry[] = [
  { acronym: "CAP", definition: "Criminal Alien Program" },
  { acronym: "CAR", definition: "Criminal Answer Required" },
  { acronym: "CJIS", definition: "Criminal Justice Information Services" },
  { acronym: "CPI", definition: "Criminal Print Identification" },
  { acronym: "DHS", definition: "Department of Homeland Security" },
  { acronym: "DOJ", definition: "Department of Justice" },
  { acronym: "DRO", definition: "Detention and Removal Operations" },
  { acronym: "FAQ", definition: "Frequently Asked Questions" },
  { acronym: "FBI", definition: "Federal Bureau of Investigation" },
  { acronym: "IAFIS", definition: "Integrated Automated Fingerprint Identification System" },
  { acronym: "IAQ", definition: "Immigration Alien Query" },
  { acronym: "IAR", definition: "Immigration Alien Response" },
  { acronym: "ICE", definition: "Immigration and Customs Enforcement" },
  { acronym: "IDENT", definition: "US-VISIT Automated Biometric Identification System" },
  { acronym: "IDR", definition: "IDENT Data Response" },
  { acronym: "LEA", definition: "Law Enforcement Agency" },
  { acronym: "LESC", definition: "Law Enforcement Support Center" },
  { acronym: "MOA", definition: "Memorandum of Agreement" },
  { acronym: "OI", definition: "Office of Investigations" },
  { acronym: "ORI", definition: "Originating Agency Identifier" },
  { acronym: "POC", definition: "Point of Contact" },
  { acronym: "SC", definition: "Secure Communities" },
  { acronym: "SIB", definition: "State Identification Bureau" },
  { acronym: "SOP", definition: "Standard Operating Procedures" },
  { acronym: "US-VISIT", definition: "United States Visitor and Immigrant Status Indicator Technology" },
];

const BY_ACRONYM: ReadonlyMap<string, GlossaryEntry> = new Map(
  APPENDIX_B_GLOSSARY.map((entry) => [entry.acronym.toUpperCase(), entry]),
);

/** The Appendix B entry for an acronym, case and surrounding space ignored; undefined if it lists none. */
export function lookupAcronym(term: string): GlossaryEntry | undefined {
  return BY_ACRONYM.get(term.trim().toUpperCase());
}

const TOKEN = /[A-Za-z][A-Za-z-]*[A-Za-z]/g;

/**
 * The Appendix B entries whose acronym appears as a word in `text`, in order of
 * first appearance, each once: so a UI can gloss "SIB forwards the CPI".
 * Only upper-case words count, so "sc" in ordinary prose is not taken for SC.
 */
export function glossaryTermsIn(text: string): GlossaryEntry[] {
  const found: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    if (word !== word.toUpperCase()) continue;
    const entry = BY_ACRONYM.get(word);
    if (entry !== undefined && !seen.has(entry.acronym)) {
      seen.add(entry.acronym);
      found.push(entry);
    }
  }
  return found;
}
