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
// The durable flow path, for the simulator (@sc/sim): the same decider run,
// environment read, event append and read-model writes the booking batches use.
export { advanceFlow, flowSubject, FlowRefused, type FlowAdvance } from "./flow/run";
export { readDirectory, readFlowEnvironment, type FlowSubject, type LoadedEnvironment } from "./flow/environment";
export { readModelWrites, type BookingChange } from "./flow/read-models";
export { flowEventsInsert, bookingStreamId } from "./flow/streams";
export { recordMoaCommand, recordLeaCommand, loadMoaState } from "./moa/store";
export { DIRECTORY_DOCUMENT } from "./router/directory";
export { setPasswordHashCost } from "./auth/password";
