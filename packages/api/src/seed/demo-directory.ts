// The demo world's reference directory: synthetic agencies in five states chosen
// to show every branch of the flow (DOMAIN.md 3.3, 3.6, 4): an ordinary state,
// an NFF state, a SIB without relay capability, and two whose MOA is later
// suspended or under a termination notice (seeded by the MOA context).
// Agency names are invented; ORIs follow the 2+7 pattern and are not real.
import type { DirectoryInput } from "@sc/core";

export const DEMO_DIRECTORY = {
  states: [
    { code: "VA", name: "Virginia", sib: { name: "Virginia State Identification Bureau", nff: false, relayCapable: true } },
    { code: "NC", name: "North Carolina", sib: { name: "North Carolina State Identification Bureau", nff: true, relayCapable: true } },
    { code: "TX", name: "Texas", sib: { name: "Texas State Identification Bureau", nff: false, relayCapable: false } },
    { code: "MD", name: "Maryland", sib: { name: "Maryland State Identification Bureau", nff: false, relayCapable: true } },
    { code: "AZ", name: "Arizona", sib: { name: "Arizona State Identification Bureau", nff: false, relayCapable: true } },
  ],
  agencies: [
    { ori: "VA0010000", name: "Demo City Police Department (VA)", state: "VA" },
    { ori: "VA0020000", name: "Demo County Sheriff's Office (VA)", state: "VA" },
    { ori: "NC0010000", name: "Demo City Police Department (NC)", state: "NC" },
    { ori: "TX0010000", name: "Demo County Sheriff's Office (TX)", state: "TX" },
    { ori: "MD0010000", name: "Demo City Police Department (MD)", state: "MD" },
    { ori: "AZ0010000", name: "Demo County Sheriff's Office (AZ)", state: "AZ" },
  ],
  fieldOffices: [
    { id: "WAS", name: "Washington Field Office", states: ["VA", "MD"] },
    { id: "ATL", name: "Atlanta Field Office", states: ["NC"] },
    { id: "DAL", name: "Dallas Field Office", states: ["TX"] },
    { id: "PHO", name: "Phoenix Field Office", states: ["AZ"] },
  ],
  contacts: [],
} satisfies DirectoryInput;
