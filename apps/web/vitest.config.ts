import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        // The browser tests: the real API and web app in Chromium (e2e/stack.ts).
        test: {
          name: "browser",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // A shared 2-core machine: the page may take seconds to answer.
          expect: { poll: { timeout: 45_000, interval: 250 } },
        },
      },
    ],
  },
});
