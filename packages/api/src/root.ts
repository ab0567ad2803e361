// The API: one router per bounded context (STYLE.md, create-t3-turbo's root.ts).
import { auditRouter } from "./router/audit";
import { authRouter } from "./router/auth";
import { classificationRouter } from "./router/classification";
import { directoryRouter } from "./router/directory";
import { glossaryRouter } from "./router/glossary";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  classification: classificationRouter,
  directory: directoryRouter,
  glossary: glossaryRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;

/** In-process calls (tests, the terminal app's local mode): createCaller(createInnerContext({...})). */
export const createCaller = createCallerFactory(appRouter);
