import { defineConfig } from "vitest/config";

// PGlite takes 2-5 s to start on this machine (MACHINE-NOTES.md), and the
// tests spawn simulator and API processes: generous timeouts, two files at once.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
