// The MOA's desks (MOA VI to X): every MOA you may read with its status now; one
// MOA in full with its notices, suspensions and modifications (give a notice,
// propose, consent to or decline a modification); disputes (MOA VII); statistics
// release approvals (MOA X). Core decides every step; a refusal names its rule.
import { randomUUID } from "node:crypto";
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import type { ApiOutputs } from "@sc/client";
import { ContactRole, DeliveryMethod, NoticeKind, partyLabel, SuspensionGround } from "@sc/core";
import { wrapWords } from "../../../render/wrap";
import { ListDesk, type DeskAction } from "../components/ListDesk";
import { ScrollText } from "../components/ScrollText";
import { useApp, useHelp, type AppApi, type Screen } from "../context";
import { useLoad } from "../hooks";
import { actionBinding, KEYS, type ActionKey } from "../keys";

const day = (iso: string | null | undefined): string => iso?.slice(0, 10) ?? "";
const choicesOf = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

type MoaRow = ApiOutputs["moa"]["list"][number];

function Moas(): ReactNode {
  const app = useApp();
  return (
    <ListDesk<MoaRow>
      load={() => app.api.moa.list.query()}
      header={`${"state".padEnd(6)} ${"name".padEnd(16)} ${"status".padEnd(20)} ${"since".padEnd(11)} termination`}
      row={(m) => `${m.state.padEnd(6)} ${m.stateName.slice(0, 16).padEnd(16)} ${m.status.padEnd(20)} ${day(m.since).padEnd(11)} ${m.terminationDaysLeft === null ? "" : `in ${m.terminationDaysLeft} days`}`}
      onOpen={(m) => app.push(moaScreen(m.state))}
      empty="no MOA you may read"
    />
  );
}

export const moasScreen = (): Screen => ({ title: "MOAs", render: () => <Moas /> });

type Moa = ApiOutputs["moa"]["get"];

function moaLines(m: Moa, width: number): string[] {
  const lines = [
    `MOA ${m.moaId} · ${m.state} · ${m.status.status}${"since" in m.status ? ` since ${day(m.status.since)}` : ""}`,
    `signatures: ${Object.entries(m.signatures).map(([side, s]) => `${side} ${s.signatory} (${day(s.signedAt)})`).join("; ") || "none"}`,
    m.terminationDaysLeft === null ? "termination: none received" : `termination: takes effect ${day(m.pendingTerminationAt)} (${m.terminationDaysLeft} days left, MOA VIII)`,
    `suspensions in force: ${m.suspensionsInForce.map((s) => `${s.ground} since ${day(s.since)}`).join("; ") || "none"}`,
    "",
    `notices (${m.notices.length}):`,
    ...m.notices.map((n) => `  ${day(n.receivedAt)} ${n.kind} from ${n.from} to ${n.to} (${n.recipientName}) by ${n.delivery}`),
    "",
    `modifications (${m.modifications.length}):`,
    ...m.modifications.map((x) => `  ${x.id} ${x.status} (proposed by ${x.proposedBy} ${day(x.proposedAt)}): ${x.text}`),
    "",
    `disputes (${m.disputes.length}):`,
    ...m.disputes.map((d) => `  ${d.id} ${d.status}: ${d.areasOfDisagreement}`),
    "",
    `points of contact: ${Object.values(m.pointsOfContact).map((p) => `${p.role} ${p.name}`).join("; ") || "none"}`,
  ];
  return lines.flatMap((l) => (l === "" ? [""] : wrapWords(l, width - 2)));
}

const NOTICE: ActionKey = { key: "n", label: "give notice" };
const PROPOSE: ActionKey = { key: "p", label: "propose modification" };
const CONSENT: ActionKey = { key: "c", label: "consent" };
const DECLINE: ActionKey = { key: "x", label: "decline" };

async function giveNotice(app: AppApi, state: string): Promise<string | null> {
  const kind = await app.ask.choose("Notice (MOA VIII)", choicesOf(NoticeKind.options));
  if (kind === null) return null;
  const delivery = await app.ask.choose("Delivered by", choicesOf(DeliveryMethod.options));
  if (delivery === null) return null;
  const to = await app.ask.choose("To the point of contact", choicesOf(ContactRole.options));
  if (to === null) return null;
  const ground = kind === "suspension" ? await app.ask.choose("Ground", choicesOf(SuspensionGround.options)) : null;
  if (kind === "suspension" && ground === null) return null;
  const now = new Date().toISOString();
  const base = { to: ContactRole.parse(to), delivery: DeliveryMethod.parse(delivery), sentAt: now, receivedAt: now };
  const notice = kind === "suspension" ? { kind: "suspension" as const, ...base, ground: SuspensionGround.parse(ground) } : { kind: NoticeKind.exclude(["suspension"]).parse(kind), ...base };
  const r = await app.api.moa.giveNotice.mutate({ idempotencyKey: randomUUID(), state, notice });
  return `${kind} notice recorded: MOA ${state} ${r.moa.status.status}`;
}

async function chooseModification(app: AppApi, m: Moa, title: string): Promise<string | null> {
  const open = m.modifications.filter((x) => x.status === "proposed");
  if (open.length === 0) {
    app.flash("no proposed modification", "error");
    return null;
  }
  return app.ask.choose(title, open.map((x) => ({ value: x.id, label: `${x.id}: ${x.text.slice(0, 50)}` })));
}

function MoaDetail({ state }: { readonly state: string }): ReactNode {
  const app = useApp();
  const [loaded, reload] = useLoad(() => app.api.moa.get.query({ state }), [state]);
  const actions = [
    ...(app.may("moa.giveNotice") ? [NOTICE] : []),
    ...(app.may("moa.proposeModification") ? [PROPOSE] : []),
    ...(app.may("moa.consentToModification") ? [CONSENT] : []),
    ...(app.may("moa.declineModification") ? [DECLINE] : []),
  ];
  useHelp([...actions, { key: "R", label: "reload" }]);
  useInput(
    (input, key) => {
      if (KEYS.reload.matches(input, key)) return reload();
      const action = actions.find((a) => actionBinding(a).matches(input, key));
      if (action === undefined || loaded.status !== "ok") return;
      const m = loaded.value;
      const run = async (): Promise<string | null> => {
        if (action === NOTICE) return giveNotice(app, state);
        if (action === PROPOSE) {
          const text = await app.ask.text("The modification, in writing");
          if (text === null) return null;
          const r = await app.api.moa.proposeModification.mutate({ idempotencyKey: randomUUID(), state, text });
          return `proposed ${r.id ?? ""}`;
        }
        if (action === CONSENT) {
          const id = await chooseModification(app, m, "Consent in writing to");
          if (id === null) return null;
          await app.api.moa.consentToModification.mutate({ state, modificationId: id, form: "written" });
          return `consented to ${id}`;
        }
        const id = await chooseModification(app, m, "Decline");
        if (id === null) return null;
        const reason = await app.ask.text("The reason for declining");
        if (reason === null) return null;
        await app.api.moa.declineModification.mutate({ state, modificationId: id, reason });
        return `declined ${id}`;
      };
      void app.busy(action.label, run).then((message) => {
        if (message !== null) app.flash(message, "ok");
        reload();
      });
    },
    { isActive: app.active },
  );
  if (loaded.status === "loading") return <Text dimColor>loading the MOA…</Text>;
  if (loaded.status === "error") return <Text color="red">{loaded.message}</Text>;
  return (
    <Box flexDirection="column">
      <ScrollText lines={moaLines(loaded.value, app.width)} height={app.height} active={app.active} />
    </Box>
  );
}

export const moaScreen = (state: string): Screen => ({ title: `MOA ${state}`, render: () => <MoaDetail state={state} /> });

type DisputeRow = ApiOutputs["disputes"]["list"][number];

function Disputes(): ReactNode {
  const app = useApp();
  const step = (key: string, label: string, procedure: string, ask: string, call: (d: DisputeRow, text: string) => Promise<unknown>): DeskAction<DisputeRow>[] =>
    app.may(procedure)
      ? [
          {
            key,
            label,
            run: async (d) => {
              if (d === undefined) return null;
              const text = await app.ask.text(ask);
              if (text === null) return null;
              await call(d, text);
              return `${d.id}: ${label} recorded`;
            },
          },
        ]
      : [];
  const submit: DeskAction<DisputeRow>[] = app.may("disputes.submit")
    ? [
        {
          key: "s",
          label: "submit a dispute",
          onItem: false,
          run: async () => {
            const party = app.me.party;
            const state = party.kind === "SIB" ? party.state : await app.ask.text("The MOA's state (e.g. VA)");
            if (state === null) return null;
            const areas = await app.ask.text("The areas of disagreement, in writing (MOA VII)");
            if (areas === null) return null;
            const r = await app.api.disputes.submit.mutate({ idempotencyKey: randomUUID(), state: state.toUpperCase(), areasOfDisagreement: areas });
            return `submitted ${r.id ?? ""} to the program office level`;
          },
        },
      ]
    : [];
  return (
    <ListDesk<DisputeRow>
      load={() => app.api.disputes.list.query({})}
      header={`${"state".padEnd(6)} ${"dispute".padEnd(18)} ${"status".padEnd(28)} by`}
      row={(d) => `${d.state.padEnd(6)} ${d.id.slice(0, 18).padEnd(18)} ${d.status.padEnd(28)} ${d.submittedBy}`}
      detail={(d) => [`${d.id}: ${d.areasOfDisagreement}`, ...d.history.map((h) => `${day(h.at)} ${h.step} (${h.side}): ${h.text}`)]}
      actions={[
        ...submit,
        ...step("r", "resolve (program office)", "disputes.resolveAtProgramOffice", "The resolution", (d, text) => app.api.disputes.resolveAtProgramOffice.mutate({ state: d.state, disputeId: d.id, resolution: text })),
        ...step("u", "raise to agency level", "disputes.raiseToAgencyLevel", "Why the program office level could not resolve it", (d, text) => app.api.disputes.raiseToAgencyLevel.mutate({ state: d.state, disputeId: d.id, reason: text })),
        ...step("g", "resolve (agency level)", "disputes.resolveAtAgencyLevel", "The resolution", (d, text) => app.api.disputes.resolveAtAgencyLevel.mutate({ state: d.state, disputeId: d.id, resolution: text })),
      ]}
      empty="no disputes"
    />
  );
}

export const disputesScreen = (): Screen => ({ title: "disputes", render: () => <Disputes /> });

type ReleaseRow = ApiOutputs["releases"]["list"][number];

function Releases(): ReactNode {
  const app = useApp();
  const actions: DeskAction<ReleaseRow>[] = [
    ...(app.may("releases.approve")
      ? [{ key: "a", label: "approve", run: async (r: ReleaseRow | undefined) => (r === undefined ? null : (await app.api.releases.approve.mutate({ requestId: r.requestId }), `approved ${r.requestId}`)) }]
      : []),
    ...(app.may("releases.refuse")
      ? [
          {
            key: "x",
            label: "refuse",
            run: async (r: ReleaseRow | undefined) => {
              if (r === undefined) return null;
              const reason = await app.ask.text("The reason for refusing");
              if (reason === null) return null;
              await app.api.releases.refuse.mutate({ requestId: r.requestId, reason });
              return `refused ${r.requestId}`;
            },
          },
        ]
      : []),
    ...(app.may("releases.publish")
      ? [
          {
            key: "p",
            label: "publish",
            run: async (r: ReleaseRow | undefined) => {
              if (r === undefined) return null;
              const channel = await app.ask.text("Where it is published");
              if (channel === null) return null;
              await app.api.releases.publish.mutate({ requestId: r.requestId, channel });
              return `published ${r.requestId}`;
            },
          },
        ]
      : []),
  ];
  return (
    <ListDesk<ReleaseRow>
      load={() => app.api.releases.list.query()}
      header={`${"status".padEnd(10)} ${"requested".padEnd(11)} title`}
      row={(r) => `${r.status.padEnd(10)} ${day(r.requestedAt).padEnd(11)} ${r.title}`}
      detail={(r) => [`${r.requestId} · requested by ${partyLabel(r.requestedBy)}`, `figures: ${r.figures}`]}
      actions={actions}
      empty="no statistics release you may see"
    />
  );
}

export const releasesScreen = (): Screen => ({ title: "statistics releases", render: () => <Releases /> });
