// directory: the reference directory (states and SIBs, LEAs, ICE field offices)
// and the points of contact the parties keep (MOA Appendices C and D).
import { buildDirectory, PointOfContact, type ContactRole, type Party } from "@sc/core";
import { appendToStream, pointsOfContact, referenceData } from "@sc/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { IdempotencyKey, runCommand } from "../command";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";

export const DIRECTORY_DOCUMENT = "directory";

const RecordContactInput = z.strictObject({ idempotencyKey: IdempotencyKey, contact: PointOfContact });

/**
 * Appendices C and D: each side names and keeps its own POCs. Decision: a SIB
 * records its state's SIB and SIB public-information POCs; the ICE SC Program
 * Office records ICE's (DRO, OI, Public Affairs); ICE Public Affairs may record
 * its own Appendix D entry.
 */
function mayRecord(party: Party, role: ContactRole, state: string | undefined): string | null {
  if (role === "SIB" || role === "SIB-PUBLIC-INFORMATION") {
    return party.kind === "SIB" && party.state === state ? null : `only the SIB of ${state ?? "that state"} keeps its ${role} contact`;
  }
  if (party.kind === "ICE-SC-PROGRAM-OFFICE") return null;
  if (role === "ICE-PUBLIC-AFFAIRS" && party.kind === "ICE-PUBLIC-AFFAIRS") return null;
  return `ICE keeps its ${role} contact (the SC Program Office${role === "ICE-PUBLIC-AFFAIRS" ? " or Public Affairs" : ""})`;
}

export const directoryRouter = {
  /** The directory of states, LEAs and field offices, with the contacts on file. */
  get: allowed({ reads: "reference" })
    .input(NoInput)
    .query(async ({ ctx }) => {
      const [row] = await ctx.db.select().from(referenceData).where(eq(referenceData.name, DIRECTORY_DOCUMENT));
      const built = buildDirectory(row?.document ?? { states: [], agencies: [], fieldOffices: [] });
      if (!built.ok) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "stored directory is not valid" });
      const contacts = await ctx.db.select().from(pointsOfContact).orderBy(asc(pointsOfContact.role), asc(pointsOfContact.recordedAt));
      return {
        states: built.directory.states,
        agencies: built.directory.agencies,
        fieldOffices: built.directory.fieldOffices,
        contacts: contacts.map((c) => ({ ...c, recordedAt: c.recordedAt.toISOString() })),
      };
    }),

  /** Record a point of contact (creating command: takes an idempotency key). */
  recordContact: allowed({ performs: ["SetPointOfContact"] })
    .input(RecordContactInput)
    .mutation(({ ctx, input }) => {
      const { contact } = input;
      const refusal = mayRecord(ctx.user.party, contact.role, contact.state);
      if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: `contact.role: ${refusal}` });
      return runCommand(ctx, {
        action: "directory.recordContact",
        idempotencyKey: input.idempotencyKey,
        request: contact,
        execute: async (tx) => {
          const id = ctx.newId();
          const now = ctx.clock.now();
          // One stream per contact: contacts share no invariant, so writers never contend.
          await appendToStream(tx, `point-of-contact-${id}`, 0, [{ type: "PointOfContactRecorded", payload: { id, contact, recordedBy: ctx.user.userId } }], now);
          await tx.insert(pointsOfContact).values({
            id,
            role: contact.role,
            state: contact.state ?? null,
            name: contact.name,
            title: contact.title ?? null,
            phone: contact.phone ?? null,
            email: contact.email ?? null,
            recordedBy: ctx.user.userId,
            recordedAt: now,
          });
          return { result: { id, ...contact, recordedAt: now.toISOString() }, object: { type: "point-of-contact", id } };
        },
      });
    }),
} satisfies TRPCRouterRecord;
