// Scenarios: a world and a timeline, run by a pure runner (see README "Flow and scenarios").
export * from "./expectations";
export * from "./expected-invalid";
export * from "./refusal-match";
export * from "./format";
export * from "./json";
export * from "./json-text";
export * from "./messages";
export * from "./time-bounds";
export * from "./runner";
export * from "./schema";
export * from "./validate";
