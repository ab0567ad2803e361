// One worker of a run split by state (--workers K): what the parent sends it
// on stdin, and how it answers (one line per committed batch: its bookings).
import { Profile } from "./profile";
import { z } from "zod";

export const WorkerOrder = z.strictObject({
  profile: Profile,
  parameters: z.strictObject({
    bookings: z.number().int().positive(),
    days: z.number().int().positive(),
    seed: z.number().int(),
    states: z.array(z.string()).optional(),
  }),
  /** The states this worker makes, in order. */
  states: z.array(z.string()).min(1),
  batchSize: z.number().int().positive(),
  databaseUrl: z.string().min(1),
});
export type WorkerOrder = z.infer<typeof WorkerOrder>;
