// Every action of the system, by the name of its command where there is one
// (flow: src/flow/commands.ts; MOA: src/moa/commands.ts, lea-suspension.ts,
// statistics-release.ts), plus the reads and administration that are not
// domain commands. The API generates its authorization matrix from ACTIONS.
import { z } from "zod";

export const ACTIONS = [
  // The booking message flow (MOA IV, V; DOMAIN section 3).
  "BookSubject",
  "SubmitCar",
  "ForwardToCjis",
  "RunIafisSearch",
  "SearchIdent",
  "AnswerIdentSearch",
  "SendNoMatchIdr",
  "SendIaq",
  "RecordStatusDetermination",
  "SendIdrIar",
  "RelayResponse",
  "LodgeDetainer",
  "RecordAdjudication",
  "RecordLocalCustodyEnded",
  "TakeIntoCustody",
  "InstituteRemovalProceedings",
  // The MOA itself (MOA VI to VIII).
  "SignMoa",
  "ProposeModification",
  "ConsentToModification",
  "DeclineModification",
  "GiveNotice",
  "SuspendLea",
  "ReinstateLea",
  "SubmitDispute",
  "ResolveDisputeAtProgramOffice",
  "RaiseDisputeToAgencyLevel",
  "ResolveDisputeAtAgencyLevel",
  "AgreeToDisputeResolution",
  // Release of information (MOA X).
  "ProvideMoaCopyToMedia",
  "CommunicateMoaToLawEnforcementOrganisation",
  "RequestStatisticsRelease",
  "ApproveStatisticsRelease",
  "RefuseStatisticsRelease",
  "PublishStatisticsRelease",
  // Directories (Appendices C and D; reference data).
  "SetPointOfContact",
  "EditReferenceDirectory",
  // Reads that need a permission of their own, and administration.
  "ReadStatistics",
  "ReadProfilingOversight",
  "ReadAuditLog",
  "ReadSibQueue",
  "ReadCjisQueue",
  "ReadLescQueue",
  "ReadIcePriorityQueue",
  "AdministerUsers",
] as const;

export const Action = z.enum(ACTIONS);
export type Action = z.infer<typeof Action>;
