// A simulation in a process of its own, for the kill -9 test: the run given on
// stdin (profile file, parameters, batch size, where), one line on stdout per
// committed batch, so the test kills it mid-run at a known point.
import { text } from "node:stream/consumers";
import { setPasswordHashCost } from "@sc/api";
import { loadProfile } from "../src/load-profile";
import { simulate } from "../src/simulate";

setPasswordHashCost({ logN: 10, r: 8, p: 1 });
const order = JSON.parse(await text(process.stdin)) as {
  profile: string;
  parameters: { bookings: number; days: number; seed: number; states: string[] };
  batchSize: number;
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
};
await simulate({ profile: loadProfile(order.profile), parameters: order.parameters, batchSize: order.batchSize, database: order.database, onProgress: (done) => process.stdout.write(`${done}\n`) });
