// moa: one MOA per state between the ICE SC Program Office and that state's SIB
// (MOA VI to VIII; DOMAIN section 4). Reads answer what holds now (core's
// moaStatusAt); commands are decided by core's decideMoa / decideLeaSuspension
// on the streams the booking flow's D7 gate reads (moa-<STATE>, lea-standing-<ORI>).
import { describeMoaStatus, maySee, moaAt, moaTimeline, noticeRecipientsFor, sideOf, type Instant, type Party, type StateCode } from "@sc/core";
import type { Executor } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { runCommand } from "../command";
import { requirePermission } from "../flow/access";
import { loadDirectory } from "../flow/environment";
import { requireKnownAgency, requireKnownState, requireMoaVisible } from "../moa/access";
import {
  ConsentToModificationInput,
  DeclineModificationInput,
  GiveNoticeInput,
  ProposeModificationInput,
  ReinstateLeaInput,
  SetPointOfContactInput,
  SignInput,
  StateRef,
  StatusOnInput,
  SuspendLeaInput,
} from "../moa/inputs";
import { runMoaCommand } from "../moa/run";
import { loadMoaState, loadStanding, recordLeaCommand } from "../moa/store";
import { moaSummary, moaView } from "../moa/view";
import { leaActions, moaActions } from "../moa/actions";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";

/** The state's MOA and the standings of the LEAs of that state the caller may see (MOA VIII). */
async function loadVisibleMoa(db: Executor, party: Party, state: StateCode) {
  requireMoaVisible(party, state);
  const directory = await requireKnownState(db, state);
  const { moa } = await loadMoaState(db, state);
  const agencies = directory.agencies.filter((a) => a.state === state);
  const fieldOffice = directory.fieldOfficeFor(state)?.id;
  const visible = agencies.filter((a) => maySee(party, { kind: "lea-standing", ori: a.ori, ...(fieldOffice === undefined ? {} : { fieldOffice }) }));
  const standings = (await Promise.all(visible.map((a) => loadStanding(db, a.ori)))).map((s) => s.standing);
  return { moa, standings };
}

export const moaRouter = {
  /**
   * One state's MOA as it holds now: status (and the sentence that says it),
   * signatures, pending termination with its days left, suspensions,
   * modifications, POCs, notices, LEA standings; its timeline in the MOA's
   * words; and which steps the caller may take now, each with core's refusal.
   */
  get: allowed({ reads: "moa" })
    .input(StateRef)
    .query(async ({ ctx, input }) => {
      const party: Party = ctx.user.party;
      const { moa, standings } = await loadVisibleMoa(ctx.db, party, input.state);
      const now: Instant = ctx.clock.now().toISOString();
      const view = moaView(moa, now, standings);
      return {
        ...view,
        statusText: describeMoaStatus(moa.state, view.status, view.terminationDaysLeft),
        timeline: moaTimeline(moa, standings),
        actions: moaActions(party, moa, now),
        /** MOA VIII: the points of contact the caller's notices go to (none for a party not to this MOA). */
        noticeRecipients: (() => {
          const side = sideOf(party, moa.state);
          return side.ok ? noticeRecipientsFor(side.side) : [];
        })(),
        leaActions: Object.fromEntries(standings.map((s) => [s.ori, leaActions(party, s, now)])),
      };
    }),

  /** What held for the MOA on a chosen day (as that day ends, UTC): status, suspensions in force, modifications in effect, LEAs suspended, days left. */
  statusOn: allowed({ reads: "moa" })
    .input(StatusOnInput)
    .query(async ({ ctx, input }) => {
      const { moa, standings } = await loadVisibleMoa(ctx.db, ctx.user.party, input.state);
      return { day: input.day, ...moaAt(moa, standings, `${input.day}T23:59:59.999Z`) };
    }),

  /** The MOAs of the states the caller may read, with their status now. */
  list: allowed({ reads: "moa" })
    .input(NoInput)
    .query(async ({ ctx }) => {
      const directory = await loadDirectory(ctx.db);
      const now = ctx.clock.now().toISOString();
      const states = directory.states.filter((s) => maySee(ctx.user.party, { kind: "moa", state: s.code }));
      const moas = await Promise.all(states.map((s) => loadMoaState(ctx.db, s.code)));
      return moas.map(({ moa }, i) => ({ ...moaSummary(moa, now), stateName: states[i]?.name ?? moa.state }));
    }),

  /** MOA VI: sign for one's side; the second signature puts the MOA in effect. */
  sign: allowed({ performs: ["SignMoa"] })
    .input(SignInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "moa.sign",
        permission: "SignMoa",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "SignMoa", now, by, signatory: input.signatory, title: input.title }),
      }),
    ),

  /**
   * MOA VIII: a termination, suspension or resumption notice, as delivered and
   * received. Refusals name the rule (an oral termination: "MOA VIII: ...").
   */
  giveNotice: allowed({ performs: ["GiveNotice"] })
    .input(GiveNoticeInput)
    .mutation(({ ctx, input }) => {
      const id = `NOTICE-${ctx.newId()}`;
      return runMoaCommand(ctx, {
        action: "moa.giveNotice",
        permission: "GiveNotice",
        state: input.state,
        idempotencyKey: input.idempotencyKey,
        request: { state: input.state, notice: input.notice },
        createdId: { type: "moa-notice", id },
        command: (now, by) => ({ type: "GiveNotice", now, by, notice: { ...input.notice, id } }),
      });
    }),

  /** MOA VIII: modified by mutual written consent; the written proposal is the proposer's consent. */
  proposeModification: allowed({ performs: ["ProposeModification"] })
    .input(ProposeModificationInput)
    .mutation(({ ctx, input }) => {
      const id = `MOD-${ctx.newId()}`;
      return runMoaCommand(ctx, {
        action: "moa.proposeModification",
        permission: "ProposeModification",
        state: input.state,
        idempotencyKey: input.idempotencyKey,
        request: { state: input.state, text: input.text },
        createdId: { type: "moa-modification", id },
        command: (now, by) => ({ type: "ProposeModification", now, by, modificationId: id, text: input.text }),
      });
    }),

  consentToModification: allowed({ performs: ["ConsentToModification"] })
    .input(ConsentToModificationInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "moa.consentToModification",
        permission: "ConsentToModification",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "ConsentToModification", now, by, modificationId: input.modificationId, form: input.form }),
      }),
    ),

  declineModification: allowed({ performs: ["DeclineModification"] })
    .input(DeclineModificationInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "moa.declineModification",
        permission: "DeclineModification",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "DeclineModification", now, by, modificationId: input.modificationId, reason: input.reason }),
      }),
    ),

  /** Appendices C and D: each side records its own POCs on the MOA (notices go to them, MOA VIII). */
  setPointOfContact: allowed({ performs: ["SetPointOfContact"] })
    .input(SetPointOfContactInput)
    .mutation(({ ctx, input }) =>
      runMoaCommand(ctx, {
        action: "moa.setPointOfContact",
        permission: "SetPointOfContact",
        state: input.state,
        request: input,
        command: (now, by) => ({ type: "SetPointOfContact", now, by, poc: input.poc }),
      }),
    ),

  /** MOA VIII: ICE suspends a local jurisdiction for racial or ethnic profiling, with a written reason. */
  suspendLea: allowed({ performs: ["SuspendLea"] })
    .input(SuspendLeaInput)
    .mutation(async ({ ctx, input }) => {
      requirePermission(ctx.user.party, "SuspendLea", { ori: input.ori });
      await requireKnownAgency(ctx.db, input.ori);
      return runCommand(ctx, {
        action: "moa.suspendLea",
        idempotencyKey: input.idempotencyKey,
        request: { ori: input.ori, reason: input.reason },
        execute: async (tx) => {
          const at = ctx.clock.now();
          await recordLeaCommand(tx, { type: "SuspendLea", now: at.toISOString(), by: ctx.user.party, ori: input.ori, reason: input.reason }, at);
          return { result: (await loadStanding(tx, input.ori)).standing, object: { type: "lea-standing", id: input.ori } };
        },
      });
    }),

  /** MOA VIII: the SC Program Office reinstates a suspended LEA, with a written note. */
  reinstateLea: allowed({ performs: ["ReinstateLea"] })
    .input(ReinstateLeaInput)
    .mutation(async ({ ctx, input }) => {
      requirePermission(ctx.user.party, "ReinstateLea", { ori: input.ori });
      await requireKnownAgency(ctx.db, input.ori);
      return runCommand(ctx, {
        action: "moa.reinstateLea",
        request: input,
        execute: async (tx) => {
          const at = ctx.clock.now();
          await recordLeaCommand(tx, { type: "ReinstateLea", now: at.toISOString(), by: ctx.user.party, ori: input.ori, note: input.note }, at);
          return { result: (await loadStanding(tx, input.ori)).standing, object: { type: "lea-standing", id: input.ori } };
        },
      });
    }),
} satisfies TRPCRouterRecord;

