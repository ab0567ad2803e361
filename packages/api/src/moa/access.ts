// Who may read what in the MOA context (core's maySee), and the directory
// checks every MOA command makes: the state or agency must be on file.
import { maySee, type Ori, type Party, type ReferenceDirectory, type StateCode } from "@sc/core";
import type { Executor } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { loadDirectory } from "../flow/environment";

export async function requireKnownState(db: Executor, state: StateCode): Promise<ReferenceDirectory> {
  const directory = await loadDirectory(db);
  if (directory.state(state) === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `state: ${state} is not in the reference directory` });
  return directory;
}

export async function requireKnownAgency(db: Executor, ori: Ori): Promise<void> {
  const directory = await loadDirectory(db);
  if (directory.agency(ori) === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `ori: no agency ${ori} in the reference directory` });
}

/** Reading an MOA out of scope is refused (FORBIDDEN): the MOA's existence is no secret, its content is the parties'. */
export function requireMoaVisible(party: Party, state: StateCode): void {
  if (!maySee(party, { kind: "moa", state })) {
    throw new TRPCError({ code: "FORBIDDEN", message: `state: this account may not read the MOA for ${state} (only its parties, its LEAs, ICE and auditors)` });
  }
}
