import { defineConfig } from "vitest/config";

// The suites that talk to the API share one real server (test/global-setup.ts);
// it takes 10-30 s to start and seed on a busy 2-core machine.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["./test/global-setup.ts"],
    // A tmux journey step waits up to 60 s for each screen; under load (the web app's browser tests
    // may run beside it in CI) a step of several screens needs more than one such wait.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
