// Every key of the interactive app, in one place (gemini-cli's keyBindings): the
// global ones, the list keys, and each screen's action letters are declared with
// their words here, so the help line and the `?` page cannot disagree with what
// the keys do.
import type { Key } from "ink";

export interface Binding {
  /** What the help shows: "j/↓", "Enter", "r". */
  readonly label: string;
  readonly matches: (input: string, key: Key) => boolean;
}

const binding = (label: string, matches: Binding["matches"]): Binding => ({ label, matches });
const letter = (ch: string): Binding => binding(ch, (input, key) => input === ch && !key.ctrl && !key.meta);

export const KEYS = {
  up: binding("k/↑", (input, key) => key.upArrow || input === "k"),
  down: binding("j/↓", (input, key) => key.downArrow || input === "j"),
  pageUp: binding("PgUp", (_input, key) => key.pageUp),
  pageDown: binding("PgDn/space", (input, key) => key.pageDown || input === " "),
  top: binding("g", (input) => input === "g"),
  bottom: binding("G", (input) => input === "G"),
  open: binding("Enter", (_input, key) => key.return),
  back: binding("Esc", (_input, key) => key.escape),
  next: binding("Tab", (_input, key) => key.tab && !key.shift),
  reload: letter("R"),
  help: letter("?"),
  quit: letter("q"),
} satisfies Record<string, Binding>;

export type KeyName = keyof typeof KEYS;

/** A screen's action: a letter, its words, and what it does. */
export interface ActionKey {
  readonly key: string;
  readonly label: string;
}

export const actionBinding = (action: ActionKey): Binding => letter(action.key);

/** The keys every screen has, for the `?` page and the help line. */
export const GLOBAL_HELP: readonly (readonly [string, string])[] = [
  [`${KEYS.up.label} ${KEYS.down.label}`, "move"],
  [`${KEYS.pageUp.label} ${KEYS.pageDown.label}`, "scroll a page"],
  [`${KEYS.top.label} ${KEYS.bottom.label}`, "first / last"],
  [KEYS.open.label, "open / choose / submit"],
  [KEYS.back.label, "back (or leave a field)"],
  [KEYS.next.label, "next field"],
  [KEYS.reload.label, "reload"],
  [KEYS.help.label, "all keys"],
  [KEYS.quit.label, "quit"],
];
