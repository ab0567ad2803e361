// MOA X: "the release of statistical information regarding the SC initiative
// will be coordinated with the ICE Public Affairs Office POC identified in
// Appendix D." A release is a request that ICE Public Affairs approves or
// refuses; only an approved release can be published. One decider per request.
import { z } from "zod";
import { Text } from "../shared/text";
import type { FieldOfficeId, StateCode } from "../reference/parties";
import { Ori as OriSchema, Party, partyLabel, StateCode as StateCodeSchema } from "../reference/parties";
import type { Instant } from "../shared/time";
import { compareInstants, Instant as InstantSchema } from "../shared/time";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";

const text = (what: string) => Text.trim().min(1, `${what} must not be empty`);

/** What the statistics cover (DOMAIN section 5: any period, state and agency). */
export const StatisticsScope = z
  .object({ from: InstantSchema, to: InstantSchema, state: StateCodeSchema.optional(), ori: OriSchema.optional() })
  .refine((s) => compareInstants(s.from, s.to) <= 0, { message: "the period must not end before it starts", path: ["to"] })
  .refine((s) => s.ori === undefined || s.state === undefined || s.ori.startsWith(s.state), {
    message: "the agency must be in the state named",
    path: ["ori"],
  });
export type StatisticsScope = z.infer<typeof StatisticsScope>;

export const StatisticsReleaseCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("RequestStatisticsRelease"), now: InstantSchema, by: Party, requestId: text("a request id"), title: text("the release's title"), scope: StatisticsScope, figures: text("the figures to release") }),
  z.object({ type: z.literal("ApproveStatisticsRelease"), now: InstantSchema, by: Party, requestId: text("a request id"), note: Text.trim().min(1).optional() }),
  z.object({ type: z.literal("RefuseStatisticsRelease"), now: InstantSchema, by: Party, requestId: text("a request id"), reason: text("the reason for refusing") }),
  z.object({ type: z.literal("PublishStatisticsRelease"), now: InstantSchema, by: Party, requestId: text("a request id"), channel: text("where it is published") }),
]);
export type StatisticsReleaseCommand = z.infer<typeof StatisticsReleaseCommand>;

export const StatisticsReleaseEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("StatisticsReleaseRequested"), at: InstantSchema, requestId: z.string(), requestedBy: Party, title: z.string(), scope: StatisticsScope, figures: z.string() }),
  z.object({ type: z.literal("StatisticsReleaseApproved"), at: InstantSchema, requestId: z.string(), note: z.string().optional() }),
  z.object({ type: z.literal("StatisticsReleaseRefused"), at: InstantSchema, requestId: z.string(), reason: z.string() }),
  z.object({ type: z.literal("StatisticsReleasePublished"), at: InstantSchema, requestId: z.string(), channel: z.string() }),
]);
export type StatisticsReleaseEvent = z.infer<typeof StatisticsReleaseEvent>;

interface RequestRecord {
  readonly requestId: string;
  readonly requestedBy: Party;
  readonly requestedAt: Instant;
  readonly title: string;
  readonly scope: StatisticsScope;
  readonly figures: string;
}

export type StatisticsReleaseState =
  | { readonly status: "none" }
  | (RequestRecord & { readonly status: "requested" })
  | (RequestRecord & { readonly status: "approved"; readonly approvedAt: Instant; readonly note?: string })
  | (RequestRecord & { readonly status: "refused"; readonly refusedAt: Instant; readonly reason: string })
  | (RequestRecord & { readonly status: "published"; readonly approvedAt: Instant; readonly publishedAt: Instant; readonly channel: string });

export function initialStatisticsReleaseState(): StatisticsReleaseState {
  return { status: "none" };
}

/**
 * Who may ask for a release, and of which figures: the parties working under
 * the MOA, each about its own scope (an LEA its agency, a SIB its state, a field
 * office its area); the ICE SC Program Office nationally. `areaOf` says which
 * states a field office covers (reference data).
 */
function requesterScopeProblem(by: Party, scope: StatisticsScope, areaOf: (office: FieldOfficeId) => readonly StateCode[]): string | undefined {
  switch (by.kind) {
    case "ICE-SC-PROGRAM-OFFICE":
      return undefined;
    case "SIB":
      return scope.state === by.state ? undefined : `SIB ${by.state} may ask to release statistics of ${by.state} only (name state ${by.state} in the scope)`;
    case "LEA":
      return scope.ori === by.ori ? undefined : `LEA ${by.ori} may ask to release statistics of its own agency only (name ORI ${by.ori} in the scope)`;
    case "ICE-FIELD-OFFICE": {
      const area = areaOf(by.office);
      return scope.state !== undefined && area.includes(scope.state)
        ? undefined
        : `ICE field office ${by.office} may ask to release statistics of a state in its area (${area.join(", ") || "none on file"}) only`;
    }
    case "CJIS":
    case "US-VISIT":
    case "LESC":
    case "ICE-PUBLIC-AFFAIRS":
    case "AUDITOR":
      return `${partyLabel(by)} does not request statistics releases`;
    default: {
      const exhaustive: never = by;
      return exhaustive;
    }
  }
}

/** Labels name a party uniquely ("SIB VA", "LEA VA0010000"), whatever the order of its keys. */
const sameParty = (a: Party, b: Party): boolean => partyLabel(a) === partyLabel(b);

export function decideStatisticsRelease(
  command: StatisticsReleaseCommand,
  state: StatisticsReleaseState,
  areaOf: (office: FieldOfficeId) => readonly StateCode[] = () => [],
): Decision<StatisticsReleaseEvent> {
  if (state.status !== "none" && state.requestId !== command.requestId) {
    return refuse("MOA X", `this is request ${state.requestId}, not ${command.requestId}`);
  }
  switch (command.type) {
    case "RequestStatisticsRelease": {
      if (state.status !== "none") return refuse("MOA X", `request ${command.requestId} already exists (${state.status})`);
      const problem = requesterScopeProblem(command.by, command.scope, areaOf);
      if (problem !== undefined) return refuse("MOA X", problem);
      return accept({ type: "StatisticsReleaseRequested", at: command.now, requestId: command.requestId, requestedBy: command.by, title: command.title, scope: command.scope, figures: command.figures });
    }
    case "ApproveStatisticsRelease":
    case "RefuseStatisticsRelease": {
      if (command.by.kind !== "ICE-PUBLIC-AFFAIRS") {
        return refuse("MOA X", `statistics releases are coordinated with the ICE Public Affairs Office (Appendix D): ${partyLabel(command.by)} cannot approve or refuse them`);
      }
      if (state.status === "none") return refuse("MOA X", `no statistics release ${command.requestId} was requested`);
      if (state.status !== "requested") return refuse("MOA X", `statistics release ${command.requestId} is already ${state.status}`);
      return command.type === "ApproveStatisticsRelease"
        ? accept({ type: "StatisticsReleaseApproved", at: command.now, requestId: command.requestId, ...(command.note === undefined ? {} : { note: command.note }) })
        : accept({ type: "StatisticsReleaseRefused", at: command.now, requestId: command.requestId, reason: command.reason });
    }
    case "PublishStatisticsRelease": {
      if (state.status === "none") return refuse("MOA X", `no statistics release ${command.requestId} was requested`);
      if (state.status !== "approved") {
        return refuse("MOA X", state.status === "published"
          ? `statistics release ${command.requestId} is already published`
          : `only a release ICE Public Affairs approved can be published; ${command.requestId} is ${state.status}`);
      }
      if (!sameParty(command.by, state.requestedBy)) {
        return refuse("MOA X", `${partyLabel(state.requestedBy)} asked for release ${command.requestId} and publishes it, not ${partyLabel(command.by)}`);
      }
      return accept({ type: "StatisticsReleasePublished", at: command.now, requestId: command.requestId, channel: command.channel });
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export function evolveStatisticsRelease(state: StatisticsReleaseState, event: StatisticsReleaseEvent): StatisticsReleaseState {
  switch (event.type) {
    case "StatisticsReleaseRequested":
      return { status: "requested", requestId: event.requestId, requestedBy: event.requestedBy, requestedAt: event.at, title: event.title, scope: event.scope, figures: event.figures };
    case "StatisticsReleaseApproved":
      if (state.status !== "requested") return state;
      return { ...state, status: "approved", approvedAt: event.at, ...(event.note === undefined ? {} : { note: event.note }) };
    case "StatisticsReleaseRefused":
      if (state.status !== "requested") return state;
      return { ...state, status: "refused", refusedAt: event.at, reason: event.reason };
    case "StatisticsReleasePublished":
      if (state.status !== "approved") return state;
      return { ...state, status: "published", publishedAt: event.at, channel: event.channel };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
