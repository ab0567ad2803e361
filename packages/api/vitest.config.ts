import { defineConfig } from "vitest/config";

// PGlite takes 2-5 s to start on this machine (MACHINE-NOTES.md); the crash
// test spawns servers. Files run in parallel on 2 workers.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    maxWorkers: 2,
  },
});
