// The MOA between ICE and one State Identification Bureau (MOA VI to X) as a
// pure domain model, and DOMAIN D7's question: does the program run for an LEA?
export * from "./commands";
export * from "./days-left";
export * from "./decide";
export type { Decision, Refusal, RuleRef } from "./decision";
export { refusalMessage } from "./decision";
export * from "./events";
export * from "./evolve";
export * from "./format";
export * from "./lea-suspension";
export * from "./moa-party";
export * from "./notice";
export * from "./points-of-contact";
export * from "./program-active";
export * from "./state";
export * from "./status";
export * from "./statistics-release";
export * from "./timeline";
