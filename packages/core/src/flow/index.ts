// The IDENT/IAFIS message flow (MOA IV, V; DOMAIN section 3) as a decider.
export * from "./commands";
export * from "./decide";
export * from "./determination";
export * from "./environment";
export * from "./events";
export * from "./evolve";
export * from "./expected-step";
export * from "./gate";
export * from "./iafis";
export * from "./ident";
export * from "./ids";
export * from "./messages";
export * from "./priority";
export * from "./response-times";
export * from "./sib-file";
export * from "./state";
export * from "./trace";
