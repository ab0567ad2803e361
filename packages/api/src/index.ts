// @sc/api: the tRPC API. Clients import the AppRouter TYPE only (see @sc/client).
export type { AppRouter } from "./root";
export { appRouter, createCaller } from "./root";
export { createInnerContext, type InnerContext, type InnerContextOptions } from "./context";
export { ManualClock, systemClock, type Clock } from "./clock";
export { createApiServer, type ApiServerOptions } from "./server/http";
export { seedDemoWorld, DEMO_ACCOUNTS } from "./seed/demo";
export type { FieldError } from "./errors";
