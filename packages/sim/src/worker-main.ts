// A worker process: reads its order (worker.ts) on stdin, makes its states'
// bookings on the PostgreSQL server named there from where the database says
// each stopped, and prints each committed batch's size on stdout.
import { text } from "node:stream/consumers";
import { createDb } from "@sc/db";
import { driveStates } from "./drive";
import { readProgress, runKey } from "./store";
import { WorkerOrder } from "./worker";
import { planRun } from "./workload";

const order = WorkerOrder.parse(JSON.parse(await text(process.stdin)));
const plan = planRun(order.profile, order.parameters);
const database = await createDb({ kind: "postgres", url: order.databaseUrl, maxConnections: 2 });
try {
  const key = runKey(plan);
  const progress = await readProgress(database.db, key);
  await driveStates(database.db, plan, key, order.states, progress, { batchSize: order.batchSize, onBatch: (n) => process.stdout.write(`${n}\n`) });
} finally {
  await database.close();
}
