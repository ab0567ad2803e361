#!/usr/bin/env node
// `sc`: registers tsx so the TypeScript sources run as they are, then starts the CLI.
// Node's own type stripping refuses .ts under node_modules, so tsx does it.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.tsx");
