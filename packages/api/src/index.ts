// @sc/api: the tRPC API. Clients import the AppRouter TYPE only (see @sc/client).
export type { AppRouter } from "./root";
export { appRouter, createCaller } from "./root";
export { createInnerContext, type InnerContext, type InnerContextOptions } from "./context";
export { ManualClock, systemClock, type Clock } from "./clock";
export { createApiServer, type ApiServerOptions } from "./server/http";
export { seedDemoWorld, DEMO_ACCOUNTS } from "./seed/demo";
export type { FieldError } from "./errors";
// The demo world's extra seeds, for an in-process server (sc --embedded) that seeds like main.ts.
export { seedFlow } from "./flow/seed-flow";
export { seedMoa } from "./moa/seed-moa";
// Bookings stored before the statistics columns existed get them (main.ts and sc --embedded, at start).
export { projectStatisticsColumns } from "./flow/statistics-columns";
