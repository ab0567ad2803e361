import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions";
import { formatPermissions, permissionRows } from "./print";

describe("the printable permissions table", () => {
  it("has one row per action, in the order of ACTIONS", () => {
    expect(permissionRows().map((r) => r.action)).toEqual([...ACTIONS]);
  });

  it("MOA III: its RecordStatusDetermination row grants LESC only", () => {
    const row = permissionRows().find((r) => r.action === "RecordStatusDetermination");
    expect(Object.entries(row?.cells ?? {}).filter(([, cell]) => cell !== "-")).toEqual([["LESC", "all"]]);
  });

  it("prints a header, a rule and one line per action", () => {
    const lines = formatPermissions().split("\n");
    expect(lines[0]).toMatch(/^action\s+kind\s+LEA\s+SIB\s+CJIS/);
    expect(lines).toHaveLength(ACTIONS.length + 2);
    expect(lines.find((l) => l.startsWith("RelayResponse"))).toMatch(/write\s+-\s+own state/);
  });
});
