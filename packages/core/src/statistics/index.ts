export * from "./percentile";
export * from "./statistics";
