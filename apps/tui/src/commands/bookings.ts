// `sc book`, `sc bookings`, `sc trace`: the LEA books a subject by name (MOA IV.A),
// every party lists what it may see, and a booking's trace is drawn as a
// sequence diagram (render/trace-diagram.ts over core's diagram).
import { randomUUID } from "node:crypto";
import { Command, Option } from "commander";
import type { ApiClient } from "@sc/client";
import { UserError } from "../api/errors";
import { renderDiagram } from "../render/trace-diagram";
import { formatDuration } from "../render/duration";
import { runApi } from "./api-command";

/** A subject named as a person would: the whole name, or the start of exactly one (case ignored). */
export async function subjectByName(api: ApiClient, name: string) {
  const subjects = await api.bookings.subjects.query();
  const wanted = name.trim().toLowerCase();
  const exact = subjects.filter((s) => s.name.toLowerCase() === wanted);
  const matches = exact.length > 0 ? exact : subjects.filter((s) => s.name.toLowerCase().startsWith(wanted));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  const names = subjects.map((s) => s.name).join(", ");
  throw new UserError(matches.length === 0 ? `--subject: no subject named "${name}" (subjects: ${names})` : `--subject: "${name}" names ${matches.length} subjects: ${matches.map((s) => s.name).join(", ")}`);
}

const splitCodes = (values: readonly string[]): string[] => values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);

export function bookCommand(): Command {
  return new Command("book")
    .description("Book a subject (LEA): the CAR goes to the SIB and the machine steps run. Prints the booking and how each charge classifies.")
    .requiredOption("-s, --subject <name>", "the subject's name (sc book --subject '?' lists them)")
    .requiredOption("-c, --charges <codes...>", "NCIC charge codes, e.g. 0901 3562 or 0901,3562")
    .option("--key <idempotency-key>", "repeat a booking safely: the same key gives the same booking (default: a new one)")
    .option("--json", "print JSON: { booking, classifications }")
    .addHelpText("after", "\nExamples:\n  sc book --subject 'Jordan Alder' --charges 0901\n  sc book -s casey -c 2399,5499 --json | jq -r .booking.bookingId")
    .action(async (options: { subject: string; charges: string[]; key?: string }, command: Command) => {
      await runApi(
        command,
        async ({ api }) => {
          const subject = await subjectByName(api, options.subject);
          const charges = splitCodes(options.charges);
          const classifications = await api.classification.classifyBatch.query({ rows: charges.map((code) => ({ code })) });
          const invalid = classifications.filter((c) => c.status === "invalid");
          if (invalid.length > 0) throw new UserError(`--charges: ${invalid.map((c) => `${charges[c.index] ?? "?"}: ${c.notes.join("; ")}`).join("; ")}`);
          const { booking } = await api.bookings.book.mutate({ idempotencyKey: options.key ?? randomUUID(), templateId: subject.templateId, charges });
          return { subject: subject.name, booking, classifications };
        },
        async (r, { out }) => {
          const { printFields, printTable } = await import("../ui/oneshot");
          printFields(
            [
              ["booked", r.booking.bookingId],
              ["subject", r.subject],
              ["status", r.booking.status],
            ],
            out,
          );
          printTable(
            [{ header: "code" }, { header: "level", maxWidth: 6 }, { header: "category" }],
            r.classifications.map((c) => [c.code, c.level === null ? (c.candidates?.join(" or ") ?? "-") : String(c.level), c.category ?? c.notes.join("; ")]),
            out,
          );
        },
      );
    });
}

export function bookingsCommand(): Command {
  return new Command("bookings")
    .description("The bookings this account may see, newest first, a page at a time.")
    .option("--status <status>", "only this status, as your party sees it (e.g. awaiting-response, relayed, held-at-sib)")
    .option("-n, --limit <n>", "bookings per page (1-500)", (v) => Number(v), 20)
    .option("--cursor <cursor>", "the page after this one (nextCursor of the previous page)")
    .option("--json", "print JSON: { items, nextCursor }")
    .action(async (options: { status?: string; limit: number; cursor?: string }, command: Command) => {
      await runApi(
        command,
        ({ api }) => api.bookings.list.query({ limit: options.limit, ...(options.status === undefined ? {} : { status: options.status }), ...(options.cursor === undefined ? {} : { cursor: options.cursor }) }),
        async (page, { out }) => {
          const { printTable } = await import("../ui/oneshot");
          printTable(
            [{ header: "booking" }, { header: "booked (UTC)" }, { header: "ORI" }, { header: "status" }, { header: "charges" }],
            page.items.map((b) => [b.bookingId, b.bookedAt.slice(0, 16).replace("T", " "), b.ori, b.status, b.charges.join(" ")]),
            out,
            "no bookings",
          );
          if (page.nextCursor !== null) out.write(`more: sc bookings --cursor '${page.nextCursor}'\n`);
        },
      );
    });
}

export function traceCommand(): Command {
  return new Command("trace")
    .description("A booking's trace as a sequence diagram: one lane per party (LEA, SIB, CJIS, IAFIS, IDENT, LESC, ICE), the messages you may see, and why a step stopped.")
    .argument("<booking>", "the booking id")
    .addOption(new Option("-w, --width <columns>", "draw for this width (default: the terminal's, 80 when not a terminal)").argParser((v) => Number(v)))
    .option("--json", "print JSON: the booking with trace, diagram and responseTimes")
    .action(async (bookingId: string, options: { width?: number }, command: Command) => {
      await runApi(
        command,
        ({ api }) => api.bookings.get.query({ bookingId }),
        (b, { out }) => {
          // Ink is not loaded for this: it takes seconds, and the diagram is plain text.
          const width = options.width ?? (out.isTTY && out.columns > 0 ? out.columns : 80);
          const { header, body } = renderDiagram(b.diagram, width);
          const times = [b.responseTimes.toSibMs, b.responseTimes.toLeaMs].map((ms) => (ms === null ? "-" : formatDuration(ms)));
          out.write(`booking ${b.bookingId}  ${b.ori}  status ${b.status}\ncharges ${b.charges.join(" ")}  response time: at SIB ${times[0]}, at LEA ${times[1]}\n\n`);
          out.write(`${[...header, ...body].join("\n")}\n`);
        },
      );
    });
}
