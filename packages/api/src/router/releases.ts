// releases: MOA X. Statistics about the SC initiative are released only as ICE
// Public Affairs (the Appendix D POC) approves: a request names its period and
// scope, Public Affairs approves or refuses, the requester publishes an approved
// one. One stream per request (statistics-release-<id>). Copies of the MOA
// itself go to the media once both parties signed; the SIB alone communicates
// its substance to law-enforcement organisations (both on the state's MOA stream).
import {
  decideStatisticsRelease,
  mayPerform,
  maySee,
  refusalMessage,
  type ActionTarget,
  type Party,
  type ReferenceDirectory,
  type StatisticsReleaseCommand,
  type StatisticsReleaseState,
  type StatisticsScope,
} from "@sc/core";
import type { Executor } from "@sc/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { runCommand } from "../command";
import { NoInput } from "../inputs";
import { requirePermission } from "../flow/access";
import { loadDirectory } from "../flow/environment";
import { ApproveReleaseInput, LeOrganisationInput, MediaCopyInput, PublishReleaseInput, RefuseReleaseInput, ReleaseRef, RequestReleaseInput } from "../moa/inputs";
import { runMoaCommand } from "../moa/run";
import { loadStatisticsRelease, recordStatisticsReleaseCommand, statisticsReleaseIds } from "../moa/store";
import type { SignedInUser } from "../trpc";
import { allowed } from "../trpc";

type Requested = Exclude<StatisticsReleaseState, { status: "none" }>;

/** What a release is about, for core's mayPerform: the scope's agency and state, and the field office covering the state. */
function scopeTarget(scope: StatisticsScope, directory: ReferenceDirectory): ActionTarget {
  const fieldOffice = scope.state === undefined ? undefined : directory.fieldOfficeFor(scope.state)?.id;
  return {
    ...(scope.state === undefined ? {} : { state: scope.state }),
    ...(scope.ori === undefined ? {} : { ori: scope.ori }),
    ...(fieldOffice === undefined ? {} : { fieldOffice }),
  };
}

const visibleTo = (party: Party, release: Requested): boolean =>
  maySee(party, { kind: "statistics-release", requestedBy: release.requestedBy, published: release.status === "published" });

/** The request when the caller may see it; NOT_FOUND otherwise, like one that does not exist. */
async function requireVisibleRelease(db: Executor, user: SignedInUser, requestId: string): Promise<Requested> {
  const { release } = await loadStatisticsRelease(db, requestId);
  if (release.status === "none" || !visibleTo(user.party, release)) {
    throw new TRPCError({ code: "NOT_FOUND", message: `requestId: no statistics release ${requestId} that this account may see` });
  }
  return release;
}

type Step = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** Which of approve, refuse and publish the caller may do now: core's mayPerform, then the release decider run dry. */
function releaseActions(party: Party, release: Requested, target: ActionTarget, now: string) {
  const judge = (command: StatisticsReleaseCommand): Step => {
    const permit = mayPerform(party, command.type, target);
    if (!permit.allowed) return { allowed: false, reason: permit.reason };
    const decision = decideStatisticsRelease(command, release);
    return decision.outcome === "accepted" ? { allowed: true } : { allowed: false, reason: refusalMessage(decision.refusal) };
  };
  const base = { now, by: party, requestId: release.requestId };
  return {
    approve: judge({ type: "ApproveStatisticsRelease", ...base }),
    refuse: judge({ type: "RefuseStatisticsRelease", ...base, reason: "(dry run)" }),
    publish: judge({ type: "PublishStatisticsRelease", ...base, channel: "(dry run)" }),
  };
}

type ReleaseDecision =
  | { type: "ApproveStatisticsRelease"; note?: string }
  | { type: "RefuseStatisticsRelease"; reason: string }
  | { type: "PublishStatisticsRelease"; channel: string };

/** Approve, refuse or publish one request: scope check against the stored request, then core decides. */
async function decideRelease(ctx: Parameters<typeof runCommand>[0], action: string, requestId: string, decision: ReleaseDecision) {
  const existing = await requireVisibleRelease(ctx.db, ctx.user, requestId);
  const permission = decision.type;
  requirePermission(ctx.user.party, permission, scopeTarget(existing.scope, await loadDirectory(ctx.db)));
  return runCommand(ctx, {
    action,
    request: { requestId, ...decision },
    execute: async (tx) => {
      const at = ctx.clock.now();
      const release = await recordStatisticsReleaseCommand(tx, { ...decision, now: at.toISOString(), by: ctx.user.party, requestId }, at);
      return { result: release, object: { type: "statistics-release", id: requestId } };
    },
  });
}

export const releasesRouter = {
  /** Statistics releases the caller may see (its own requests, all for Public Affairs, published ones for everyone). */
  list: allowed({ reads: "statistics-release" })
    .input(NoInput)
    .query(async ({ ctx }) => {
      const ids = await statisticsReleaseIds(ctx.db);
      const releases = await Promise.all(ids.map(async (id) => (await loadStatisticsRelease(ctx.db, id)).release));
      const directory = await loadDirectory(ctx.db);
      const now = ctx.clock.now().toISOString();
      return releases
        .filter((r): r is Requested => r.status !== "none" && visibleTo(ctx.user.party, r))
        .map((r) => ({ ...r, actions: releaseActions(ctx.user.party, r, scopeTarget(r.scope, directory), now) }));
    }),

  get: allowed({ reads: "statistics-release" })
    .input(ReleaseRef)
    .query(({ ctx, input }) => requireVisibleRelease(ctx.db, ctx.user, input.requestId)),

  /** MOA X: ask ICE Public Affairs to approve a release of statistics for a period and scope. Creating: idempotent. */
  request: allowed({ performs: ["RequestStatisticsRelease"] })
    .input(RequestReleaseInput)
    .mutation(async ({ ctx, input }) => {
      const directory = await loadDirectory(ctx.db);
      requirePermission(ctx.user.party, "RequestStatisticsRelease", scopeTarget(input.scope, directory));
      const requestId = `RELEASE-${ctx.newId()}`;
      return runCommand(ctx, {
        action: "releases.request",
        idempotencyKey: input.idempotencyKey,
        request: { title: input.title, scope: input.scope, figures: input.figures },
        execute: async (tx) => {
          const at = ctx.clock.now();
          const release = await recordStatisticsReleaseCommand(
            tx,
            { type: "RequestStatisticsRelease", now: at.toISOString(), by: ctx.user.party, requestId, title: input.title, scope: input.scope, figures: input.figures },
            at,
          );
          return { result: release, object: { type: "statistics-release", id: requestId } };
        },
      });
    }),

  /** MOA X, Appendix D: ICE Public Affairs alone approves. */
  approve: allowed({ performs: ["ApproveStatisticsRelease"] })
    .input(ApproveReleaseInput)
    .mutation(({ ctx, input }) =>
      decideRelease(ctx, "releases.approve", input.requestId, { type: "ApproveStatisticsRelease", ...(input.note === undefined ? {} : { note: input.note }) }),
    ),

  refuse: allowed({ performs: ["RefuseStatisticsRelease"] })
    .input(RefuseReleaseInput)
    .mutation(({ ctx, input }) => decideRelease(ctx, "releases.refuse", input.requestId, { type: "RefuseStatisticsRelease", reason: input.reason })),

  /** Only an approved release is published, by its requester. */
  publish: allowed({ performs: ["PublishStatisticsRelease"] })
    .input(PublishReleaseInput)
    .mutation(({ ctx, input }) => decideRelease(ctx, "releases.publish", input.requestId, { type: "PublishStatisticsRelease", channel: input.channel })),

  /** MOA X: a copy of the signed MOA to a media outlet (ICE, the SIB, the state's LEAs), only once both parties signed. */
  provideMoaCopyToMedia: allowed({ performs: ["ProvideMoaCopyToMedia"] })
    .input(MediaCopyInput)
    .mutation(({ ctx, input }) => {
      const id = `MEDIA-${ctx.newId()}`;
      return runMoaCommand(ctx, {
        action: "releases.provideMoaCopyToMedia",
        permission: "ProvideMoaCopyToMedia",
        state: input.state,
        idempotencyKey: input.idempotencyKey,
        request: { state: input.state, outlet: input.outlet },
        createdId: { type: "moa-release", id },
        command: (now, by) => ({ type: "ProvideMoaCopyToMedia", now, by, releaseId: id, outlet: input.outlet }),
      });
    }),

  /** MOA X: the SIB, at its discretion, communicates the MOA's substance to law-enforcement professional organisations. */
  communicateMoaToLawEnforcementOrganisation: allowed({ performs: ["CommunicateMoaToLawEnforcementOrganisation"] })
    .input(LeOrganisationInput)
    .mutation(({ ctx, input }) => {
      const id = `LEORG-${ctx.newId()}`;
      return runMoaCommand(ctx, {
        action: "releases.communicateMoaToLawEnforcementOrganisation",
        permission: "CommunicateMoaToLawEnforcementOrganisation",
        state: input.state,
        idempotencyKey: input.idempotencyKey,
        request: { state: input.state, organisation: input.organisation },
        createdId: { type: "moa-release", id },
        command: (now, by) => ({ type: "CommunicateMoaToLawEnforcementOrganisation", now, by, releaseId: id, organisation: input.organisation }),
      });
    }),
} satisfies TRPCRouterRecord;
