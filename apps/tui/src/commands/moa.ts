// `sc moa [STATE]` and `sc notice STATE`: the MOA of each state as it holds now
// (MOA VI to VIII), and a notice as delivered and received (MOA VIII; core
// refuses, citing the rule, a termination not delivered personally or by
// certified or registered mail).
import { randomUUID } from "node:crypto";
import { Command, Option } from "commander";
import { DeliveryMethod, NoticeKind, StateCode, SuspensionGround, ContactRole, Instant } from "@sc/core";
import { z } from "zod";
import { UserError } from "../api/errors";
import { runApi } from "./api-command";

export function moaCommand(): Command {
  return new Command("moa")
    .description("The MOAs you may read and their status now; with a state, that MOA in full: signatures, notices, suspensions, modifications, disputes.")
    .argument("[state]", "a state code, e.g. VA")
    .option("--json", "print JSON")
    .action(async (state: string | undefined, _options: unknown, command: Command) => {
      if (state === undefined) {
        await runApi(
          command,
          ({ api }) => api.moa.list.query(),
          async (rows, { out }) => {
            const { printTable } = await import("../ui/oneshot");
            printTable(
              [{ header: "state" }, { header: "name" }, { header: "status" }, { header: "since" }, { header: "termination" }],
              rows.map((m) => [m.state, m.stateName, m.status, m.since?.slice(0, 10) ?? "", m.terminationDaysLeft === null ? "" : `in ${m.terminationDaysLeft} days (${m.pendingTerminationAt?.slice(0, 10) ?? ""})`]),
              out,
            );
          },
        );
        return;
      }
      await runApi(
        command,
        ({ api }) => api.moa.get.query({ state: state.toUpperCase() }),
        async (m, { out }) => {
          const { printFields } = await import("../ui/oneshot");
          const signed = Object.entries(m.signatures).map(([side, s]) => `${side}: ${s.signatory}, ${s.title} (${s.signedAt.slice(0, 10)})`);
          printFields(
            [
              ["MOA", `${m.moaId} (${m.state})`],
              ["status", `${m.status.status}${"since" in m.status ? ` since ${m.status.since.slice(0, 10)}` : ""}`],
              ["signatures", signed.join("; ") || "none"],
              ["termination", m.terminationDaysLeft === null ? "none received" : `takes effect ${m.pendingTerminationAt?.slice(0, 10) ?? ""} (${m.terminationDaysLeft} days left)`],
              ["suspensions", m.suspensionsInForce.map((s) => `${s.ground} since ${s.since.slice(0, 10)}`).join("; ") || "none in force"],
              ...m.notices.map((n, i) => [`notice ${i + 1}`, `${n.kind} from ${n.from} to ${n.to} (${n.recipientName}) by ${n.delivery}, received ${n.receivedAt.slice(0, 10)}`] as const),
              ...m.modifications.map((x) => [`modification`, `${x.id}: ${x.status}, proposed by ${x.proposedBy} ${x.proposedAt.slice(0, 10)}: ${x.text}`] as const),
              ...m.disputes.map((d) => [`dispute`, `${d.id}: ${d.status}: ${d.areasOfDisagreement}`] as const),
              ...m.leaStandings.filter((s) => s.status === "suspended").map((s) => [`LEA suspended`, `${s.ori}`] as const),
            ],
            out,
          );
        },
      );
    });
}

const NoticeOptions = z.object({
  kind: NoticeKind,
  delivery: DeliveryMethod,
  to: ContactRole,
  sent: Instant.optional(),
  received: Instant.optional(),
  ground: SuspensionGround.optional(),
  remarks: z.string().min(1).optional(),
  key: z.string().optional(),
});

export function noticeCommand(): Command {
  return new Command("notice")
    .description("Record a notice under a state's MOA (MOA VIII): termination (30 days after receipt), suspension, or resumption, as delivered and received.")
    .argument("<state>", "the MOA's state, e.g. AZ")
    .addOption(new Option("--kind <kind>", "what the notice is").choices(NoticeKind.options).makeOptionMandatory())
    .addOption(new Option("--delivery <method>", "how it was delivered").choices(DeliveryMethod.options).makeOptionMandatory())
    .addOption(new Option("--to <role>", "the point of contact it went to (Appendix C/D)").choices(ContactRole.options).makeOptionMandatory())
    .option("--sent <instant>", "when it was sent (UTC, ISO 8601; default now)")
    .option("--received <instant>", "when it was received (default: when sent)")
    .addOption(new Option("--ground <ground>", "a suspension's ground").choices(SuspensionGround.options))
    .option("--remarks <text>", "remarks")
    .option("--key <idempotency-key>", "repeat safely: the same key records one notice")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  sc notice AZ --kind termination --delivery certified-mail --to SIB")
    .action(async (state: string, raw: Record<string, unknown>, command: Command) => {
      await runApi(
        command,
        async ({ api }) => {
          const parsed = NoticeOptions.safeParse(raw);
          if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
          const code = StateCode.safeParse(state.toUpperCase());
          if (!code.success) throw new UserError(`state: ${code.error.issues[0]?.message ?? "not a state code"}`);
          const o = parsed.data;
          const sentAt = o.sent ?? new Date().toISOString();
          const base = { to: o.to, delivery: o.delivery, sentAt, receivedAt: o.received ?? sentAt, ...(o.remarks === undefined ? {} : { remarks: o.remarks }) };
          const notice =
            o.kind === "suspension"
              ? { kind: "suspension" as const, ...base, ground: o.ground ?? failGround() }
              : { kind: o.kind, ...base };
          return api.moa.giveNotice.mutate({ idempotencyKey: o.key ?? randomUUID(), state: code.data, notice });
        },
        (r, { out }) => out.write(`notice ${r.id ?? ""} recorded; MOA ${r.moa.state}: ${r.moa.status.status}${r.moa.terminationDaysLeft === null ? "" : `, termination in ${r.moa.terminationDaysLeft} days`}\n`),
      );
    });
}

function failGround(): never {
  throw new UserError(`--ground: a suspension needs its ground (${SuspensionGround.options.join(", ")})`);
}
