// Runs every bench module of @sc/core in sequence: `npx pnpm --filter @sc/core bench`.
// To add one, write bench/<name>.ts exporting `run(): void | Promise<void>` and list it here.
interface BenchModule {
  run(): void | Promise<void>;
}

const benches: [string, () => Promise<BenchModule>][] = [
  ["classification", () => import("./classification")],
  ["engine", () => import("./engine")],
];

for (const [name, load] of benches) {
  console.log(`\n# ${name}`);
  await (await load()).run();
}
