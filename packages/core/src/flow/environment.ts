// What the booking decider may read besides its own state: reference data,
// the modelled IAFIS and IDENT, the NFF SIB's own file, and the D7 gate.
// Reads only; every change goes through events.
import type { ReferenceDirectory } from "../reference/directory";
import type { StateCode } from "../reference/parties";
import type { ProgramGate } from "./gate";
import type { FbiNumber, TemplateId } from "./ids";
import type { IafisLookup } from "./iafis";
import type { IdentLookup } from "./ident";

export interface FlowEnvironment {
  readonly directory: Pick<ReferenceDirectory, "state" | "agency" | "fieldOfficeFor">;
  readonly iafis: IafisLookup;
  readonly ident: IdentLookup;
  /**
   * MOA IV.A: an NFF state keeps its own file and sends prints only at the
   * initial arrest. The FBI number the state's SIB holds for these prints, if
   * the subject has been booked there before; undefined otherwise.
   */
  readonly sibFile: (state: StateCode, templateId: TemplateId) => FbiNumber | undefined;
  readonly programGate: ProgramGate;
}

/** Why a command was refused, and which rule it broke. */
export interface FlowRefusal {
  /** "MOA III", "MOA IV.B", "DOMAIN D7", "trace order". */
  readonly rule: string;
  readonly message: string;
}
