export * from "./percentile";
export * from "./statistics";
export * from "./charts";
