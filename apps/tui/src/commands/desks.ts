// The desks' one-shot commands: the SIB relays (MOA IV.B), LESC determines
// (MOA V.B), an ICE field office works its priority queue (MOA V, V.C). Without
// a booking, `relay` and `determine` print what waits for you; the server (core)
// decides every step and says which rule refused one.
import { Command } from "commander";
import { UserError } from "../api/errors";
import { runApi } from "./api-command";
import { formatDuration } from "../render/duration";

type Refusal = { readonly rule: string; readonly message: string } | null;

const age = (since: string): string => formatDuration(Date.now() - Date.parse(since));

export function relayCommand(): Command {
  return new Command("relay")
    .description("SIB: relay the response waiting for a booking to the LEA (MOA IV.B). Without the technical capability the first relay records it held, with core's reason; the next relays it by other means. Without a booking: your queue.")
    .argument("[booking]", "the booking id")
    .option("--json", "print JSON")
    .action(async (bookingId: string | undefined, _options: unknown, command: Command) => {
      if (bookingId === undefined) {
        await runApi(
          command,
          ({ api }) => api.sib.queue.query(),
          async (q, { out }) => {
            const { printTable } = await import("../ui/oneshot");
            const rows = [
              ...q.awaitingForward.map((r) => [r.bookingId, "forward", "CAR", age(r.waitingSince), ""]),
              ...q.awaitingRelay.map((r) => [r.bookingId, "relay", r.response ?? "", age(r.waitingSince), ""]),
              ...q.held.map((r) => [r.bookingId, "held", r.response ?? "", age(r.waitingSince), r.reason ?? ""]),
            ];
            printTable([{ header: "booking" }, { header: "waits" }, { header: "what" }, { header: "for" }, { header: "held because" }], rows, out, "nothing waits for this SIB");
          },
        );
        return;
      }
      await runApi(
        command,
        ({ api }) => api.sib.relay.mutate({ bookingId }),
        (r, { out }) => {
          const b = r.booking;
          const held = b.status === "held-at-sib" && "heldAtSib" in b && b.heldAtSib !== null ? `; held: ${b.heldAtSib.reason}` : "";
          out.write(`booking ${b.bookingId}: ${b.status}${held}\n`);
        },
      );
    });
}

export function determineCommand(): Command {
  return new Command("determine")
    .description("LESC: record the immigration status determination for an IAQ (MOA V.B); the joint IDR/IAR then goes to the SIB. Without arguments: the IAQs waiting, oldest first, and the outcomes.")
    .argument("[booking]", "the booking id")
    .argument("[outcome]", "removable, lawful-permanent-resident, united-states-citizen, lawful-status or needs-further-investigation")
    .option("--json", "print JSON")
    .action(async (bookingId: string | undefined, outcome: string | undefined, _options: unknown, command: Command) => {
      if (bookingId === undefined) {
        await runApi(
          command,
          async ({ api }) => ({ queue: await api.lesc.queue.query(), outcomes: await api.lesc.outcomes.query() }),
          async ({ queue, outcomes }, { out }) => {
            const { printTable } = await import("../ui/oneshot");
            printTable(
              [{ header: "booking" }, { header: "ORI" }, { header: "waiting" }, { header: "charges" }],
              queue.map((r) => [r.bookingId, r.ori, age(r.waitingSince), r.iaq?.payload.charges.join(" ") ?? ""]),
              out,
              "no IAQ waits for a determination",
            );
            out.write(`outcomes: ${outcomes.map((o) => `${o.value} (${o.label})`).join(", ")}\n`);
          },
        );
        return;
      }
      await runApi(
        command,
        async ({ api }) => {
          const outcomes = await api.lesc.outcomes.query();
          const chosen = outcomes.find((o) => o.value === outcome);
          if (chosen === undefined) throw new UserError(`outcome: give one of ${outcomes.map((o) => o.value).join(", ")}`);
          return api.lesc.determine.mutate({ bookingId, outcome: chosen.value });
        },
        (r, { out }) => out.write(`booking ${r.booking.bookingId}: ${r.booking.status}\n`),
      );
    });
}

export function casesCommand(): Command {
  return new Command("cases")
    .description("ICE: the priority queue of determined cases in your area (core's order: priority, level, oldest), with what each step waits for.")
    .option("--all", "every determined case, also those ICE takes no action on")
    .option("-n, --limit <n>", "cases (1-500)", (v) => Number(v), 100)
    .option("--json", "print JSON")
    .action(async (options: { all?: boolean; limit: number }, command: Command) => {
      await runApi(
        command,
        ({ api }) => api.ice.queue.query({ includeAll: options.all === true, limit: options.limit }),
        async (rows, { out }) => {
          const { printTable } = await import("../ui/oneshot");
          const step = (at: string | null, refusal: Refusal) => (at !== null ? "done" : refusal === null ? "may" : "no");
          const words = (refusal: Refusal) => (refusal === null ? null : `${refusal.rule}: ${refusal.message}`);
          const level = (r: { convictionLevel: number | null; chargeLevel: number | null }) => {
            const levels = [r.convictionLevel, r.chargeLevel].filter((l): l is number => l !== null);
            return levels.length === 0 ? "-" : String(Math.min(...levels));
          };
          printTable(
            [{ header: "booking" }, { header: "office" }, { header: "priority" }, { header: "lvl" }, { header: "det" }, { header: "cust" }, { header: "rem" }, { header: "why not yet" }],
            rows.map((r) => [
              r.bookingId,
              r.fieldOffice ?? "",
              r.category,
              level(r),
              step(r.detainerAt, r.refusals.LodgeDetainer),
              step(r.custodyAt, r.refusals.TakeIntoCustody),
              step(r.removalProceedingsAt, r.refusals.InstituteRemovalProceedings),
              (r.detainerAt === null ? words(r.refusals.LodgeDetainer) : null) ?? (r.custodyAt === null ? words(r.refusals.TakeIntoCustody) : null) ?? "",
            ]),
            out,
            "no cases",
          );
        },
      );
    });
}

type IceStep = "lodgeDetainer" | "takeIntoCustody" | "instituteRemovalProceedings";

function iceStepCommand(name: string, step: IceStep, description: string): Command {
  return new Command(name)
    .description(description)
    .argument("<booking>", "the booking id")
    .option("--json", "print JSON")
    .action(async (bookingId: string, _options: unknown, command: Command) => {
      await runApi(
        command,
        ({ api }) => api.ice[step].mutate({ bookingId }),
        (b, { out }) => out.write(`booking ${b.bookingId}: ${b.status}\n`),
      );
    });
}

export const detainerCommand = () => iceStepCommand("detainer", "lodgeDetainer", "ICE: lodge a detainer (MOA V; refused unless LESC found the subject removable).");
export const custodyCommand = () => iceStepCommand("custody", "takeIntoCustody", "ICE: take into custody (MOA V.C: once local custody ended, and a Level 1 charge is adjudicated).");
export const removalCommand = () => iceStepCommand("removal", "instituteRemovalProceedings", "ICE: institute removal proceedings (MOA V.C).");
