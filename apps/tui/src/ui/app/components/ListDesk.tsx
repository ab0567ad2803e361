// The shape most desks share: a list loaded from the API, the selected row's
// details under it, and action letters that call the API on the selected row
// (the server decides; a refusal is flashed with the rule it cites), then reload.
import { Box, Text, useInput } from "ink";
import { useState, type ReactNode } from "react";
import { wrapWords } from "../../../render/wrap";
import { useApp, useHelp } from "../context";
import { useLoad } from "../hooks";
import { actionBinding, KEYS, type ActionKey } from "../keys";
import { ScrollList } from "./ScrollList";

export interface DeskAction<T> extends ActionKey {
  /** Runs the action; the string returned is flashed (null: cancelled, nothing to say). */
  readonly run: (item: T | undefined) => Promise<string | null>;
  /** false: the action does not need a selected row (a filter, a new request). */
  readonly onItem?: boolean;
}

export interface ListDeskProps<T> {
  readonly load: () => Promise<readonly T[]>;
  /** What the load depends on (filters). */
  readonly deps?: readonly unknown[];
  readonly header: string;
  readonly row: (item: T) => string;
  readonly detail?: (item: T) => readonly string[];
  readonly detailHeight?: number;
  readonly actions?: readonly DeskAction<T>[];
  readonly onOpen?: (item: T) => void;
  readonly empty: string;
  /** A line above the list (the filters in force). */
  readonly note?: string;
  /**
   * Which record a row is (a booking's id): the cursor then stays on the record it was on when
   * the list reloads, though rows arrive above it (another party's new booking), rather than on
   * the same line number.
   */
  readonly keyOf?: (item: T) => string;
}

export function ListDesk<T>({ load, deps = [], header, row, detail, detailHeight = 6, actions = [], onOpen, empty, note, keyOf }: ListDeskProps<T>): ReactNode {
  const app = useApp();
  const [loaded, reload] = useLoad(load, deps);
  const [cursor, setCursor] = useState<{ index: number; key: string | null }>({ index: 0, key: null });
  const items = loaded.status === "ok" ? loaded.value : [];
  const kept = keyOf === undefined || cursor.key === null ? -1 : items.findIndex((i) => keyOf(i) === cursor.key);
  const selected = Math.min(kept === -1 ? cursor.index : kept, Math.max(0, items.length - 1));
  const setSelected = (index: number) => {
    const chosen = items[index];
    setCursor({ index, key: chosen === undefined || keyOf === undefined ? null : keyOf(chosen) });
  };
  const item = items[selected];
  useHelp([...actions, ...(onOpen === undefined ? [] : [{ key: "Enter", label: "open" }]), { key: "R", label: "reload" }]);

  useInput(
    (input, key) => {
      if (KEYS.reload.matches(input, key)) return reload();
      const action = actions.find((a) => actionBinding(a).matches(input, key));
      if (action === undefined) return;
      if (action.onItem !== false && item === undefined) return app.flash(`${action.label}: nothing selected`, "error");
      void app.busy(action.label, () => action.run(item)).then((message) => {
        if (message !== null && message !== undefined) app.flash(message, "ok");
        reload();
      });
    },
    { isActive: app.active },
  );

  const detailLines = item !== undefined && detail !== undefined ? detail(item).flatMap((l) => wrapWords(l, app.width - 2)) : [];
  const detailRows = detail === undefined ? 0 : detailHeight + 1;
  const listHeight = Math.max(3, app.height - detailRows - (note === undefined ? 0 : 1));
  return (
    <Box flexDirection="column">
      {note === undefined ? null : <Text dimColor>{note}</Text>}
      {loaded.status === "loading" ? <Text dimColor>  loading…</Text> : null}
      {loaded.status === "error" ? <Text color="red">{`  ${loaded.message}`}</Text> : null}
      {loaded.status === "ok" ? (
        <Box height={listHeight} flexDirection="column">
          <ScrollList
            rows={items.map(row)}
            header={header}
            selected={selected}
            onSelect={setSelected}
            onOpen={(i) => {
              const chosen = items[i];
              if (chosen !== undefined) onOpen?.(chosen);
            }}
            height={listHeight}
            width={app.width}
            active={app.active}
            empty={empty}
          />
        </Box>
      ) : null}
      {detail === undefined ? null : (
        <Box flexDirection="column" height={detailRows}>
          <Text dimColor>{"─".repeat(Math.max(0, app.width - 1))}</Text>
          {detailLines.slice(0, detailHeight).map((line, i) => (
            <Text key={i}>{line === "" ? " " : line}</Text>
          ))}
        </Box>
      )}
    </Box>
  );
}
