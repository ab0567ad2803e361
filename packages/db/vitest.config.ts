import { defineConfig } from "vitest/config";

// PGlite takes 2-5 s to start on this machine (MACHINE-NOTES.md).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
