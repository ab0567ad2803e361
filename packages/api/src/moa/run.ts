// One MOA command as a procedure runs it: scope check (core mayPerform, with the
// state as target), then in runCommand's transaction: load the state's stream,
// decide with core, append, answer the created id (if any) and the MOA as it stands after the command.
import type { Action, Instant, MoaCommand, Party, StateCode } from "@sc/core";
import { runCommand } from "../command";
import type { InnerContext } from "../context";
import { requirePermission } from "../flow/access";
import { moaIdOf } from "../flow/program-gate";
import type { SignedInUser } from "../trpc";
import { requireKnownState } from "./access";
import { recordMoaCommand } from "./store";
import { moaView } from "./view";

export interface MoaCommandSpec {
  readonly action: string;
  readonly permission: Action;
  readonly state: StateCode;
  readonly idempotencyKey?: string;
  readonly request: unknown;
  /** The id of what the command creates (a notice, a modification, a dispute, a release); generated once, before any retry. */
  readonly createdId?: { readonly type: string; readonly id: string };
  readonly command: (now: Instant, by: Party) => MoaCommand;
}

export async function runMoaCommand(ctx: InnerContext & { user: SignedInUser }, spec: MoaCommandSpec) {
  requirePermission(ctx.user.party, spec.permission, { state: spec.state });
  await requireKnownState(ctx.db, spec.state);
  return runCommand(ctx, {
    action: spec.action,
    ...(spec.idempotencyKey === undefined ? {} : { idempotencyKey: spec.idempotencyKey }),
    request: spec.request,
    execute: async (tx) => {
      const at = ctx.clock.now();
      const now = at.toISOString();
      const after = await recordMoaCommand(tx, spec.state, spec.command(now, ctx.user.party), at);
      const object = spec.createdId ?? { type: "moa", id: moaIdOf(spec.state) };
      return { result: { id: spec.createdId?.id ?? null, moa: moaView(after, now) }, object };
    },
  });
}
