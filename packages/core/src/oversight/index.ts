export * from "./profiling";
