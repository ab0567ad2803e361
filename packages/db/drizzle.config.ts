// drizzle-kit generate: writes SQL migrations to ./drizzle from the schema.
// The same migrations serve embedded PGlite and a PostgreSQL server.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
});
