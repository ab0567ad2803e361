// Shared lint rules: strict TypeScript, no `any`, and core kept free of I/O.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/.turbo/**", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": "off",
    },
  },
);

/** Rules for the pure domain package: nothing that does I/O or reads the clock. */
export const pureCore = {
  files: ["src/**/*.ts"],
  ignores: ["src/**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["node:*", "fs", "path", "http", "https", "net", "child_process", "os"], message: "core is pure: no I/O." },
          { group: ["react", "ink", "next", "next/*", "@trpc/*", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*"], message: "core is pure: dependencies point inward." },
        ],
      },
    ],
    "no-restricted-properties": [
      "error",
      { object: "Date", property: "now", message: "time comes in with the command (`now`)." },
      { object: "Math", property: "random", message: "ids come in with the command." },
      { object: "process", property: "env", message: "core reads no environment." },
    ],
  },
};
