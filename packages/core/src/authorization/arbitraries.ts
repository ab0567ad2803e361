// fast-check generators of parties and targets, for this folder's property tests.
import fc from "fast-check";
import type { Party } from "../reference/parties";
import type { ActionTarget } from "./may-perform";

const state = fc.constantFrom("VA", "TX", "MD");
const ori = fc.tuple(state, fc.constantFrom("0010000", "0020000")).map(([s, rest]) => `${s}${rest}`);
const office = fc.constantFrom("WAS", "HOU");

export const anyParty: fc.Arbitrary<Party> = fc.oneof(
  ori.map((o): Party => ({ kind: "LEA", ori: o })),
  state.map((s): Party => ({ kind: "SIB", state: s })),
  office.map((o): Party => ({ kind: "ICE-FIELD-OFFICE", office: o })),
  fc.constantFrom<Party>(
    { kind: "CJIS" },
    { kind: "US-VISIT" },
    { kind: "LESC" },
    { kind: "ICE-SC-PROGRAM-OFFICE" },
    { kind: "ICE-PUBLIC-AFFAIRS" },
    { kind: "AUDITOR" },
  ),
);

export const anyTarget: fc.Arbitrary<ActionTarget | undefined> = fc.option(
  fc.record({ state, ori, fieldOffice: office }, { requiredKeys: [] }),
  { nil: undefined },
);
