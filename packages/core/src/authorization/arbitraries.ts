// fast-check generators of parties and targets, for this folder's property tests.
import fc from "fast-check";
import type { Party } from "../reference/parties";
import { PartyKind } from "../reference/parties";
import type { ActionTarget } from "./may-perform";
import type { VisibleRecord } from "./may-see";

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

/** Records of every kind, drawn from the same few states, agencies, offices and parties as anyParty, so they often concern it. */
export const anyRecord: fc.Arbitrary<VisibleRecord> = fc.oneof(
  fc.record(
    { kind: fc.constant("booking" as const), state, ori, fieldOffice: office, reached: fc.subarray([...PartyKind.options]) },
    { requiredKeys: ["kind", "state", "ori", "reached"] },
  ),
  fc.record(
    { kind: fc.constant("message" as const), state, ori, fieldOffice: office, sender: anyParty, receiver: anyParty },
    { requiredKeys: ["kind", "state", "ori", "sender", "receiver"] },
  ),
  fc.record({ kind: fc.constant("moa" as const), state }),
  fc.record({ kind: fc.constant("lea-standing" as const), ori, fieldOffice: office }, { requiredKeys: ["kind", "ori"] }),
  fc.record({ kind: fc.constant("statistics-release" as const), requestedBy: anyParty, published: fc.boolean() }),
  fc.constant<VisibleRecord>({ kind: "audit-log-entry" }),
  fc.record({ kind: fc.constant("user-account" as const), party: anyParty }),
  fc.constant<VisibleRecord>({ kind: "reference" }),
);
