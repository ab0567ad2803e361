import { describe, expect, it } from "vitest";
import { LawEnforcementAgency } from "./agencies";
import { PointOfContact } from "./contacts";
import { buildDirectory } from "./directory";
import { APPENDIX_B_GLOSSARY, glossaryTermsIn, lookupAcronym } from "./glossary";

const world = {
  states: [{ code: "VA", name: "Virginia", sib: { name: "VSP", nff: false, relayCapable: true } }],
  agencies: [{ ori: "VA0010000", name: "Sheriff", state: "VA" }],
  fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
};

describe("agencies (DOMAIN section 1: ORI)", () => {
  it("DOMAIN 1: an ORI whose state prefix differs from the agency's state is rejected at .ori", () => {
    const r = LawEnforcementAgency.safeParse({ ori: "NC0010000", name: "x", state: "VA" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["ori"], message: expect.stringContaining("begins with NC") });
  });

  it("DOMAIN 1: an ORI that is not 9 characters is rejected", () => {
    expect(LawEnforcementAgency.safeParse({ ori: "VA001", name: "x", state: "VA" }).success).toBe(false);
  });
});

describe("directory cross-references", () => {
  it("given consistent lists, it indexes states, agencies and the field office of a state", () => {
    const r = buildDirectory(world);
    if (!r.ok) throw new Error("expected ok");
    expect(r.directory.agency("VA0010000")?.name).toBe("Sheriff");
    expect(r.directory.fieldOfficeFor("VA")?.id).toBe("WAS");
    expect(r.directory.state("VA")?.sib.nff).toBe(false);
  });

  it("lists every problem by path: an agency in an unlisted state, a state in two field offices", () => {
    const r = buildDirectory({
      ...world,
      agencies: [...world.agencies, { ori: "TX0010000", name: "x", state: "TX" }],
      fieldOffices: [...world.fieldOffices, { id: "RIC", name: "Richmond", states: ["VA"] }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { path: "agencies[1].state", message: "unknown state TX" },
      { path: "fieldOffices[1].states[0]", message: "state VA is already in field office WAS's area" },
    ]);
  });
});

describe("points of contact (Appendices C and D)", () => {
  it("Appendix C: the SIB POC names its state; an ICE DRO POC has none", () => {
    expect(PointOfContact.safeParse({ role: "SIB", name: "A" }).success).toBe(false);
    expect(PointOfContact.safeParse({ role: "SIB", state: "VA", name: "A" }).success).toBe(true);
    expect(PointOfContact.safeParse({ role: "ICE-DRO", state: "VA", name: "A" }).success).toBe(false);
    expect(PointOfContact.safeParse({ role: "ICE-PUBLIC-AFFAIRS", name: "A" }).success).toBe(true);
  });
});

describe("Appendix B glossary", () => {
  it("Appendix B: lists all 25 acronyms in the source's order", () => {
    expect(APPENDIX_B_GLOSSARY).toHaveLength(25);
    expect(APPENDIX_B_GLOSSARY[0]?.acronym).toBe("CAP");
    expect(APPENDIX_B_GLOSSARY.at(-1)?.acronym).toBe("US-VISIT");
  });

  it.each([
    ["CAR", "Criminal Answer Required"],
    ["cpi", "Criminal Print Identification"],
    [" IDR ", "IDENT Data Response"],
    ["US-VISIT", "United States Visitor and Immigrant Status Indicator Technology"],
    ["ICE", "Immigration and Customs Enforcement"],
  ])("Appendix B: %s means %s", (term, definition) => {
    expect(lookupAcronym(term)?.definition).toBe(definition);
  });

  it("Appendix B: a term it does not list has no entry", () => {
    expect(lookupAcronym("SRE")).toBeUndefined();
  });

  it("Appendix B: finds the acronyms in a sentence, once each, upper-case words only", () => {
    expect(glossaryTermsIn("The SIB forwards a CPI to FBI CJIS; the SIB and sc people").map((e) => e.acronym)).toEqual(["SIB", "CPI", "FBI", "CJIS"]);
  });
});
