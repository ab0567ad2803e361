// PERMISSIONS as a printable table: one row per action, one column per kind
// of party, each cell the scope granted ("-" for none).
import { PartyKind } from "../reference/parties";
import { ACTIONS } from "./actions";
import type { Scope } from "./permissions";
import { PERMISSIONS } from "./permissions";

const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  national: "all",
  "own-agency": "own agency",
  "own-state": "own state",
  "own-area": "own area",
};

export interface PermissionRow {
  readonly action: (typeof ACTIONS)[number];
  readonly kind: "read" | "write";
  readonly source: string;
  readonly cells: Readonly<Record<PartyKind, string>>;
}

export function permissionRows(): readonly PermissionRow[] {
  return ACTIONS.map((action) => {
    const permission = PERMISSIONS[action];
    const cells = Object.fromEntries(
      PartyKind.options.map((kind) => {
        const grant = permission.grants.find((g) => g.party === kind);
        return [kind, grant === undefined ? "-" : SCOPE_LABELS[grant.scope]];
      }),
    ) as Record<PartyKind, string>;
    return { action, kind: permission.kind, source: permission.source, cells };
  });
}

/** A fixed-width text table of PERMISSIONS, for the terminal and for review. */
export function formatPermissions(): string {
  const header = ["action", "kind", ...PartyKind.options, "source"];
  const rows = permissionRows().map((r) => [r.action, r.kind, ...PartyKind.options.map((k) => r.cells[k]), r.source]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
