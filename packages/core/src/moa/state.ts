// The state of one state's MOA, folded from its events. `status` is the
// lifecycle as recorded; what holds at a given instant (a termination whose
// date has passed, a suspension already resumed) is `moaStatusAt(state, now)`.
import type { StateCode } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { MoaSide } from "./moa-party";
import type { DeliveryMethod, RecordedNotice, SuspensionGround } from "./notice";
import type { PocDirectory } from "./points-of-contact";

export interface Signature {
  readonly signatory: string;
  readonly title: string;
  readonly signedAt: Instant;
}

/** One temporary suspension (MOA VIII): from receipt of its notice until the suspending side resumes. */
export interface SuspensionPeriod {
  readonly noticeId: string;
  readonly by: MoaSide;
  readonly ground: SuspensionGround;
  readonly details?: string;
  readonly since: Instant;
  readonly resumedAt?: Instant;
  readonly resumptionNoticeId?: string;
}

/** A termination notice received (MOA VIII): takes effect 30 days after receipt. */
export interface Termination {
  readonly noticeId: string;
  readonly by: MoaSide;
  readonly delivery: DeliveryMethod;
  readonly receivedAt: Instant;
  readonly effectiveAt: Instant;
}

export interface Modification {
  readonly id: string;
  readonly text: string;
  readonly proposedBy: MoaSide;
  readonly proposedAt: Instant;
  /** Written consents by side; the proposal in writing is its proposer's consent. */
  readonly consents: Readonly<Partial<Record<MoaSide, Instant>>>;
  readonly status: "proposed" | "in-effect" | "declined";
  readonly effectiveAt?: Instant;
  readonly declined?: { readonly side: MoaSide; readonly reason: string; readonly at: Instant };
}

export type DisputeStatus =
  | "submitted-to-program-office"
  | "resolved-at-program-office"
  | "raised-to-agency-level"
  | "resolved-at-agency-level";

export interface DisputeStep {
  readonly step: DisputeStatus;
  readonly at: Instant;
  readonly side: MoaSide;
  readonly text: string;
}

/** MOA VII: a dispute keeps the history of the levels it went through. */
export interface Dispute {
  readonly id: string;
  readonly submittedBy: MoaSide;
  readonly areasOfDisagreement: string;
  readonly status: DisputeStatus;
  readonly history: readonly DisputeStep[];
  /**
   * DOMAIN D11: a resolution one party recorded in writing, which counts only
   * once the other party agrees to it in writing; until then the dispute stays
   * open at its level (and may still be raised to agency level).
   */
  readonly pendingResolution?: { readonly level: "program-office" | "agency"; readonly side: MoaSide; readonly at: Instant; readonly text: string };
}

/** MOA X: releases of the MOA itself (a copy to the media, its substance to law-enforcement organisations). */
export interface MoaRelease {
  readonly id: string;
  readonly kind: "copy-to-media" | "substance-to-law-enforcement-organisation";
  readonly recipient: string;
  readonly byLabel: string;
  readonly at: Instant;
}

export interface MoaRecord {
  readonly moaId: string;
  readonly state: StateCode;
  readonly signatures: Readonly<Partial<Record<MoaSide, Signature>>>;
  readonly pointsOfContact: PocDirectory;
  readonly notices: readonly RecordedNotice[];
  readonly suspensions: readonly SuspensionPeriod[];
  readonly termination?: Termination;
  readonly modifications: Readonly<Record<string, Modification>>;
  readonly disputes: Readonly<Record<string, Dispute>>;
  readonly releases: readonly MoaRelease[];
}

export type MoaState =
  | (MoaRecord & { readonly status: "unsigned" })
  | (MoaRecord & { readonly status: "in-effect"; readonly effectiveAt: Instant })
  | (MoaRecord & { readonly status: "suspended"; readonly effectiveAt: Instant })
  | (MoaRecord & { readonly status: "termination-pending"; readonly effectiveAt: Instant; readonly termination: Termination });

export type MoaLifecycle = MoaState["status"];

/** A draft MOA for one state, signed by no one yet. */
export function initialMoaState(input: { moaId: string; state: StateCode; pointsOfContact?: PocDirectory }): MoaState {
  return {
    status: "unsigned",
    moaId: input.moaId,
    state: input.state,
    signatures: {},
    pointsOfContact: input.pointsOfContact ?? {},
    notices: [],
    suspensions: [],
    modifications: {},
    disputes: {},
    releases: [],
  };
}

export function openSuspensions(record: MoaRecord): readonly SuspensionPeriod[] {
  return record.suspensions.filter((s) => s.resumedAt === undefined);
}
