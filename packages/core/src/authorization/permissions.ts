// PERMISSIONS: who may perform each action, and over what scope. A value,
// so it can be printed, diffed and tested row by row; mayPerform reads it.
import type { PartyKind } from "../reference/parties";
import type { Action } from "./actions";

/**
 * - `national`: anywhere.
 * - `own-agency`: the target's ORI is the LEA's own.
 * - `own-state`: the target's state is the SIB's state, or the LEA's state.
 * - `own-area`: the target's field office is the field office itself.
 */
export type Scope = "national" | "own-agency" | "own-state" | "own-area";

export interface Grant {
  readonly party: PartyKind;
  readonly scope: Scope;
}

export interface Permission {
  /** A read changes nothing; auditors may perform reads only. */
  readonly kind: "read" | "write";
  /** Where the rule comes from: an MOA section, a DOMAIN entry, or "decision" (written beside it). */
  readonly source: string;
  readonly grants: readonly Grant[];
}

const g = (party: PartyKind, scope: Scope = "national"): Grant => ({ party, scope });
const write = (source: string, ...grants: Grant[]): Permission => ({ kind: "write", source, grants });
const read = (source: string, ...grants: Grant[]): Permission => ({ kind: "read", source, grants });

/** The two parties to an MOA (MOA VI): the ICE SC Program Office for every state, a SIB for its own. */
const MOA_PARTIES = [g("ICE-SC-PROGRAM-OFFICE"), g("SIB", "own-state")];

export const PERMISSIONS: Readonly<Record<Action, Permission>> = {
  BookSubject: write("DOMAIN 3.1", g("LEA", "own-agency")),
  SubmitCar: write("MOA IV.A; DOMAIN 3.2", g("LEA", "own-agency")),
  ForwardToCjis: write("MOA IV.A; DOMAIN 3.3", g("SIB", "own-state")),
  RunIafisSearch: write("MOA IV.A; DOMAIN 3.4", g("CJIS")),
  SearchIdent: write("MOA V.A; DOMAIN 3.4", g("CJIS")),
  AnswerIdentSearch: write("DOMAIN 3.5", g("US-VISIT")),
  SendNoMatchIdr: write("MOA IV.B; DOMAIN 3.5", g("CJIS")),
  SendIaq: write("MOA V.B; DOMAIN 3.5", g("CJIS")),
  // MOA III: neither the SIB nor any LEA determines immigration status; LESC alone does.
  RecordStatusDetermination: write("MOA III, V.B; DOMAIN section 1", g("LESC")),
  SendIdrIar: write("MOA IV.B; DOMAIN 3.5", g("CJIS")),
  RelayResponse: write("MOA IV.B; DOMAIN 3.6", g("SIB", "own-state")),
  LodgeDetainer: write("MOA V; DOMAIN 3.7", g("ICE-FIELD-OFFICE", "own-area")),
  RecordAdjudication: write("MOA V.C; DOMAIN 3.7", g("LEA", "own-agency")),
  RecordLocalCustodyEnded: write("MOA V.C; DOMAIN 3.7", g("LEA", "own-agency")),
  TakeIntoCustody: write("MOA V.C; DOMAIN 3.7", g("ICE-FIELD-OFFICE", "own-area")),
  InstituteRemovalProceedings: write("MOA V.C; DOMAIN 3.7", g("ICE-FIELD-OFFICE", "own-area")),
  SignMoa: write("MOA VI", ...MOA_PARTIES),
  ProposeModification: write("MOA VIII", ...MOA_PARTIES),
  ConsentToModification: write("MOA VIII", ...MOA_PARTIES),
  DeclineModification: write("MOA VIII", ...MOA_PARTIES),
  GiveNotice: write("MOA VIII", ...MOA_PARTIES),
  SuspendLea: write("MOA VIII", g("ICE-SC-PROGRAM-OFFICE")),
  ReinstateLea: write("MOA VIII", g("ICE-SC-PROGRAM-OFFICE")),
  SubmitDispute: write("MOA VII", ...MOA_PARTIES),
  ResolveDisputeAtProgramOffice: write("MOA VII", ...MOA_PARTIES),
  RaiseDisputeToAgencyLevel: write("MOA VII", ...MOA_PARTIES),
  ResolveDisputeAtAgencyLevel: write("MOA VII", ...MOA_PARTIES),
  // DOMAIN D11: neither party resolves a dispute alone; the other party agrees in writing (the decider checks which side).
  AgreeToDisputeResolution: write("MOA VII; DOMAIN D11", ...MOA_PARTIES),
  ProvideMoaCopyToMedia: write("MOA X", g("ICE-SC-PROGRAM-OFFICE"), g("ICE-PUBLIC-AFFAIRS"), g("SIB", "own-state"), g("LEA", "own-state")),
  CommunicateMoaToLawEnforcementOrganisation: write("MOA X", g("SIB", "own-state")),
  RequestStatisticsRelease: write("MOA X; decision", g("ICE-SC-PROGRAM-OFFICE"), g("ICE-FIELD-OFFICE", "own-area"), g("SIB", "own-state"), g("LEA", "own-agency")),
  ApproveStatisticsRelease: write("MOA X, Appendix D", g("ICE-PUBLIC-AFFAIRS")),
  RefuseStatisticsRelease: write("MOA X, Appendix D", g("ICE-PUBLIC-AFFAIRS")),
  // The requester publishes its own approved release (checked by the statistics-release decider).
  PublishStatisticsRelease: write("MOA X; decision", g("ICE-SC-PROGRAM-OFFICE"), g("ICE-FIELD-OFFICE", "own-area"), g("SIB", "own-state"), g("LEA", "own-agency")),
  SetPointOfContact: write("Appendices C, D", g("ICE-SC-PROGRAM-OFFICE"), g("ICE-PUBLIC-AFFAIRS"), g("SIB", "own-state")),
  EditReferenceDirectory: write("decision", g("ICE-SC-PROGRAM-OFFICE"), g("SIB", "own-state")),
  ReadStatistics: read(
    "DOMAIN section 5; decision",
    g("ICE-SC-PROGRAM-OFFICE"),
    g("ICE-PUBLIC-AFFAIRS"),
    g("ICE-FIELD-OFFICE", "own-area"),
    g("SIB", "own-state"),
    g("LEA", "own-agency"),
    g("AUDITOR"),
  ),
  // MOA VIII (profiling may result in the suspension of the jurisdiction): the oversight that
  // informs that decision is read by the party that takes it, the SC Program Office, and by
  // auditors (DOMAIN section 1). Decision: not by a SIB or an LEA (it ranks agencies against
  // each other), nor by a field office (it is not the one that suspends).
  ReadProfilingOversight: read("MOA VIII; DOMAIN section 1; decision", g("ICE-SC-PROGRAM-OFFICE"), g("AUDITOR")),
  // DOMAIN section 1 gives the audit log to the auditor, and issue 4 makes it readable by auditors only.
  ReadAuditLog: read("DOMAIN section 1; issue 4", g("AUDITOR")),
  // Each queue is read by the party that works it and, DOMAIN D12, by auditors: "read everything"
  // means every queue of every party, in full.
  ReadSibQueue: read("MOA IV.A, IV.B; DOMAIN D12", g("SIB", "own-state"), g("AUDITOR")),
  ReadCjisQueue: read("MOA IV.A, V.A; DOMAIN D12", g("CJIS"), g("AUDITOR")),
  ReadLescQueue: read("MOA V.B; DOMAIN D12", g("LESC"), g("AUDITOR")),
  // MOA V: the field office works the priority queue of its area; the program office oversees every
  // area, and auditors read everything (DOMAIN section 1).
  ReadIcePriorityQueue: read("MOA V; DOMAIN section 1, D12; decision", g("ICE-FIELD-OFFICE", "own-area"), g("ICE-SC-PROGRAM-OFFICE"), g("AUDITOR")),
  AdministerUsers: write("decision", g("ICE-SC-PROGRAM-OFFICE"), g("SIB", "own-state")),
};
