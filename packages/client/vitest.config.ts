import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["../api/vitest.setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
