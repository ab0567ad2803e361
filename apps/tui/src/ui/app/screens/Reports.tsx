// The audit log with its filters (actor, action, outcome; auditors only, by core's
// ReadAuditLog) and the statistics in your scope with bar charts (ink-chart).
import { Box, Text, useInput } from "ink";
import { BarChart } from "@pppp606/ink-chart";
import { useState, type ReactNode } from "react";
import type { ApiOutputs } from "@sc/client";
import { statisticsCharts, statisticsLines } from "../../../commands/reports";
import { ListDesk, type DeskAction } from "../components/ListDesk";
import { useApp, useHelp, type Screen } from "../context";
import { useLoad } from "../hooks";
import { KEYS } from "../keys";

type AuditRow = ApiOutputs["audit"]["list"][number];
type Outcome = "success" | "failure" | "denied" | "replayed";
interface AuditFilter {
  readonly actor?: string;
  readonly action?: string;
  readonly outcome?: Outcome;
}

function Audit(): ReactNode {
  const app = useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const text = (key: string, label: string, field: "actor" | "action", title: string): DeskAction<AuditRow> => ({
    key,
    label,
    onItem: false,
    run: async () => {
      const value = await app.ask.text(title, filter[field] ?? "");
      if (value === null) return null;
      setFilter({ ...filter, [field]: value.trim() === "" ? undefined : value.trim() });
      return null;
    },
  });
  const outcome: DeskAction<AuditRow> = {
    key: "o",
    label: "outcome",
    onItem: false,
    run: async () => {
      const chosen = await app.ask.choose("Only the outcome", [{ value: "", label: "any" }, ...["success", "failure", "denied", "replayed"].map((o) => ({ value: o, label: o }))]);
      if (chosen === null) return null;
      setFilter({ ...filter, outcome: chosen === "" ? undefined : (chosen as Outcome) });
      return null;
    },
  };
  const clear: DeskAction<AuditRow> = { key: "x", label: "clear filters", onItem: false, run: async () => (setFilter({}), null) };
  const shown = [filter.actor && `actor ${filter.actor}`, filter.action && `action ${filter.action}`, filter.outcome && `outcome ${filter.outcome}`].filter(Boolean).join(" · ");
  return (
    <ListDesk<AuditRow>
      deps={[filter.actor, filter.action, filter.outcome]}
      load={() =>
        app.api.audit.list.query({
          limit: 200,
          ...(filter.actor === undefined ? {} : { actor: filter.actor }),
          ...(filter.action === undefined ? {} : { action: filter.action }),
          ...(filter.outcome === undefined ? {} : { outcome: filter.outcome }),
        })
      }
      header={`${"at UTC".padEnd(14)} ${"actor".padEnd(13)} ${"action".padEnd(26)} outcome`}
      row={(r) => `${r.at.slice(5, 19).replace("T", " ")} ${r.actor.slice(0, 13).padEnd(13)} ${r.action.slice(0, 26).padEnd(26)} ${r.outcome}`}
      detail={(r) => [`#${r.id} ${r.at} · ${r.actor} (${r.party ?? "unknown party"}) · from ${r.source}`, `${r.action}: ${r.outcome}${r.objectId === null ? "" : ` · ${r.objectType ?? ""} ${r.objectId}`}`, ...(r.detail === null ? [] : [r.detail])]}
      detailHeight={4}
      note={shown === "" ? "filters: none (a actor, c action, o outcome)" : `filters: ${shown} (x clears)`}
      actions={[text("a", "actor", "actor", "Only this actor (username; empty: any)"), text("c", "action", "action", "Only this action (e.g. sib.relay; empty: any)"), outcome, clear]}
      empty="no audit rows match"
    />
  );
}

export const auditScreen = (): Screen => ({ title: "audit log", render: () => <Audit /> });

function Statistics(): ReactNode {
  const app = useApp();
  const [loaded, reload] = useLoad(() => app.api.statistics.summary.query({}), []);
  const [page, setPage] = useState(0);
  useHelp([{ key: "j/k", label: "next/previous chart" }, { key: "R", label: "reload" }]);
  const charts = loaded.status === "ok" ? statisticsCharts(loaded.value) : [];
  useInput(
    (input, key) => {
      if (KEYS.reload.matches(input, key)) reload();
      else if (KEYS.down.matches(input, key) || KEYS.pageDown.matches(input, key)) setPage((p) => Math.min(charts.length - 1, p + 1));
      else if (KEYS.up.matches(input, key) || KEYS.pageUp.matches(input, key)) setPage((p) => Math.max(0, p - 1));
    },
    { isActive: app.active },
  );
  if (loaded.status === "loading") return <Text dimColor>loading the statistics…</Text>;
  if (loaded.status === "error") return <Text color="red">{loaded.message}</Text>;
  const lines = statisticsLines(loaded.value);
  // As many charts as fit under the figures, starting at the one chosen with j/k.
  let room = app.height - lines.length - 1;
  const shown = charts.slice(page).filter((c) => (room -= c.data.length + 2) >= 0);
  return (
    <Box flexDirection="column">
      {lines.map((l) => (
        <Text key={l}>{l}</Text>
      ))}
      {shown.map((chart) => (
        <Box key={chart.title} flexDirection="column" marginTop={1}>
          <Text bold>{chart.title}</Text>
          <BarChart data={chart.data.map((d) => ({ ...d }))} showValue="right" width={Math.min(app.width - 2, 100)} />
        </Box>
      ))}
      {shown.length < charts.length ? <Text dimColor>{`charts ${page + 1}-${page + shown.length} of ${charts.length} (j/k)`}</Text> : null}
    </Box>
  );
}

export const statisticsScreen = (): Screen => ({ title: "statistics", render: () => <Statistics /> });
