// Scenarios: a world and a timeline, run by a pure runner (see README "Flow and scenarios").
export * from "./expectations";
export * from "./format";
export * from "./json";
export * from "./runner";
export * from "./schema";
export * from "./validate";
