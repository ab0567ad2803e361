// Every table, one import for drizzle and drizzle-kit.
export * from "./audit";
export * from "./auth";
export * from "./directory";
export * from "./events";
export * from "./idempotency";
export * from "./flow";
export * from "./simulation";
