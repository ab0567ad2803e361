import { defineConfig } from "vitest/config";

// The suites that talk to the API share one real server (test/global-setup.ts);
// it takes 10-30 s to start and seed on a busy 2-core machine.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
