// The API: one router per bounded context (STYLE.md, create-t3-turbo's root.ts).
import { auditRouter } from "./router/audit";
import { authRouter } from "./router/auth";
import { bookingsRouter } from "./router/bookings";
import { cjisRouter } from "./router/cjis";
import { classificationRouter } from "./router/classification";
import { directoryRouter } from "./router/directory";
import { disputesRouter } from "./router/disputes";
import { glossaryRouter } from "./router/glossary";
import { iceRouter } from "./router/ice";
import { lescRouter } from "./router/lesc";
import { moaRouter } from "./router/moa";
import { oversightRouter } from "./router/oversight";
import { releasesRouter } from "./router/releases";
import { sibRouter } from "./router/sib";
import { statisticsRouter } from "./router/statistics";
import { createCallerFactory, registerAccessRules, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  classification: classificationRouter,
  directory: directoryRouter,
  glossary: glossaryRouter,
  audit: auditRouter,
  bookings: bookingsRouter,
  sib: sibRouter,
  cjis: cjisRouter,
  lesc: lescRouter,
  ice: iceRouter,
  statistics: statisticsRouter,
  oversight: oversightRouter,
  moa: moaRouter,
  disputes: disputesRouter,
  releases: releasesRouter,
});

registerAccessRules(appRouter);

export type AppRouter = typeof appRouter;

/** In-process calls (tests, the terminal app's local mode): createCaller(createInnerContext({...})). */
export const createCaller = createCallerFactory(appRouter);
