// disputes: MOA VII. Disagreements go in writing to the program office POC
// first, and to agency level only when the program office level did not
// resolve them. DOMAIN D11: neither party resolves a dispute alone: a
// resolution one party records counts once the other agrees to it in writing
// (agreeToResolution); core's decider checks which side agrees. Disputes live in their state's MOA stream (core decideMoa keeps
// each dispute's history step by step).
import { maySee, ownEntry, type StateCode } from "@sc/core";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { loadDirectory } from "../flow/environment";
import { requireKnownState, requireMoaVisible } from "../moa/access";
import { AgreeToDisputeResolutionInput, DisputeRef, ListDisputesInput, RaiseDisputeInput, ResolveDisputeInput, SubmitDisputeInput } from "../moa/inputs";
import { runMoaCommand } from "../moa/run";
import { loadMoaState } from "../moa/store";
import { allowed } from "../trpc";

const disputeObject = (id: string) => ({ type: "moa-dispute", id });

export const disputesRouter = {
  /** MOA VII: the disputes of the MOAs the caller may read (one state, or all), each with its history. */
  list: allowed({ reads: "moa" })
    .input(ListDisputesInput)
    .query(async ({ ctx, input }) => {
      const directory = await loadDirectory(ctx.db);
      if (input.state !== undefined) requireMoaVisible(ctx.user.party, input.state);
      const states: StateCode[] = directory.states
        .map((s) => s.code)
        .filter((code) => (input.state === undefined || code === input.state) && maySee(ctx.user.party, { kind: "moa", state: code }));
      const moas = await Promise.all(states.map((state) => loadMoaState(ctx.db, state)));
      return moas.flatMap(({ moa }) => Object.values(moa.disputes).map((d) => ({ state: moa.state, ...d })));
    }),

  get: allowed({ reads: "moa" })
    .input(DisputeRef)
    .query(async ({ ctx, input }) => {
      requireMoaVisible(ctx.user.party, input.state);
      await requireKnownState(ctx.db, input.state);
      // An own entry only: `constructor` or `__proto__` is no dispute (issue 12).
      const dispute = ownEntry((await loadMoaState(ctx.db, input.state)).moa.disputes, input.disputeId);
      if (dispute === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `disputeId: no dispute ${input.disputeId} under the MOA for ${input.state}` });
      return { state: input.state, ...dispute };
    }),

  /** MOA VII: submitted in writing to the program office POC (the first level). Creating: idempotent. */
  submit: allowed({ performs: ["SubmitDispute"] })
    .input(SubmitDisputeInput)
    .mutation(({ ctx, input }) => {
      const id = `DISPUTE-${ctx.newId()}`;
      return runMoaCommand(ctx, {
        action: "disputes.submit",
        permission: "SubmitDispute",
        state: input.state,
        idempotencyKey: input.idempotencyKey,
        request: { state: input.state, areasOfDisagreement: input.areasOfDisagreement },
        createdId: disputeObject(id),
        command: (now, by) => ({ type: "SubmitDispute", now, by, disputeId: id, areasOfDisagreement: input.areasOfDisagreement }),
      });
    }),

  resolveAtProgramOffice: allowed({ performs: ["ResolveDisputeAtProgramOffice"] })
    .input(ResolveDisputeInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "disputes.resolveAtProgramOffice",
        permission: "ResolveDisputeAtProgramOffice",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "ResolveDisputeAtProgramOffice", now, by, disputeId: input.disputeId, resolution: input.resolution }),
      }),
    ),

  /** MOA VII: refused unless the dispute was submitted, and not resolved, at program office level. */
  raiseToAgencyLevel: allowed({ performs: ["RaiseDisputeToAgencyLevel"] })
    .input(RaiseDisputeInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "disputes.raiseToAgencyLevel",
        permission: "RaiseDisputeToAgencyLevel",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "RaiseDisputeToAgencyLevel", now, by, disputeId: input.disputeId, reason: input.reason }),
      }),
    ),

  resolveAtAgencyLevel: allowed({ performs: ["ResolveDisputeAtAgencyLevel"] })
    .input(ResolveDisputeInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "disputes.resolveAtAgencyLevel",
        permission: "ResolveDisputeAtAgencyLevel",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "ResolveDisputeAtAgencyLevel", now, by, disputeId: input.disputeId, resolution: input.resolution }),
      }),
    ),

  /** DOMAIN D11: the other party's written agreement to the resolution recorded at the dispute's level. */
  agreeToResolution: allowed({ performs: ["AgreeToDisputeResolution"] })
    .input(AgreeToDisputeResolutionInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "disputes.agreeToResolution",
        permission: "AgreeToDisputeResolution",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "AgreeToDisputeResolution", now, by, disputeId: input.disputeId }),
      }),
    ),
} satisfies TRPCRouterRecord;
