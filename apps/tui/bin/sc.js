#!/usr/bin/env node
// `sc`: registers tsx so the TypeScript sources run as they are, then starts the CLI.
// Node's own type stripping refuses .ts under node_modules, so tsx does it.
// The package's tsconfig is named explicitly: tsx would otherwise look in the caller's working
// directory (the repo root has none) and compile JSX for the wrong runtime.
import { URL, fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli.tsx");
