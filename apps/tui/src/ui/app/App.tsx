// The interactive app's frame: a title bar (who, where), the screen on top of the
// navigation stack, a status line (spinner while a call runs, the last result or
// refusal as one line) and the help line, always visible. Global keys: ? all
// keys, Esc back, q quit (not while typing in a field).
import { Box, Text, useApp as useInk, useInput } from "ink";
import Spinner from "ink-spinner";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { ApiClient } from "@sc/client";
import { describeFailure } from "../../api/errors";
import { Dialog, type DialogRequest } from "./components/Dialog";
import { AppContext, type AppApi, type Asker, type Me, type Screen, type Tone } from "./context";
import { useTerminalSize } from "./hooks";
import { GLOBAL_HELP, KEYS, type ActionKey } from "./keys";
import { Home } from "./screens/Home";
import { SignIn } from "./screens/SignIn";

export interface AppProps {
  /** Where requests go, for the title bar ("http://127.0.0.1:4000", "embedded .data/"). */
  readonly where: string;
  readonly anonymous: ApiClient;
  readonly withToken: (token: string) => ApiClient;
  /** Signed in already (tests): skip the sign-in screen. */
  readonly session?: { readonly api: ApiClient; readonly me: Me };
  /** The first screen after Home (tests open a desk directly). */
  readonly initial?: (app: AppApi) => Screen;
}

export function App({ where, anonymous, withToken, session: given, initial }: AppProps): ReactNode {
  const ink = useInk();
  const { columns, rows } = useTerminalSize();
  const [session, setSession] = useState(given ?? null);
  const [stack, setStack] = useState<readonly Screen[]>([]);
  const [status, setStatus] = useState<{ message: string; tone: Tone } | null>(null);
  const [busyLabel, setBusyLabel] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [typing, setTyping] = useState(false);
  const [help, setHelp] = useState<readonly ActionKey[]>([]);
  const [showKeys, setShowKeys] = useState(false);
  const initialDone = useRef(false);

  const height = Math.max(6, rows - 3);
  const signIn = useCallback(
    async (username: string, password: string) => {
      const signedIn = await anonymous.auth.signIn.mutate({ username, password, channel: "bearer" });
      if (signedIn.token === null) throw new Error("the server gave no token");
      const api = withToken(signedIn.token);
      setSession({ api, me: await api.auth.me.query() });
    },
    [anonymous, withToken],
  );
  const flash = useCallback((message: string, tone: Tone = "info") => setStatus({ message, tone }), []);
  const ask = useMemo<Asker>(
    () => ({
      choose: (title, choices) =>
        new Promise((resolve) =>
          setDialog({
            kind: "choice",
            title,
            choices,
            resolve: (v) => {
              setDialog(null);
              resolve(v);
            },
          }),
        ),
      text: (title, initialText = "") =>
        new Promise((resolve) =>
          setDialog({
            kind: "text",
            title,
            initial: initialText,
            resolve: (v) => {
              setDialog(null);
              resolve(v);
            },
          }),
        ),
    }),
    [],
  );

  const app = useMemo<AppApi | null>(() => {
    if (session === null) return null;
    const may = new Set(session.me.may);
    return {
      api: session.api,
      me: session.me,
      may: (p) => may.has(p),
      // The status line keeps what an action said when it opens a screen (booked: the trace).
      push: (screen) => setStack((s) => [...s, screen]),
      back: () => {
        setStatus(null);
        setStack((s) => s.slice(0, -1));
      },
      flash,
      busy: async (label, work) => {
        setBusyLabel(label);
        try {
          return await work();
        } catch (error) {
          flash(describeFailure(error, undefined, { interactive: true }).message, "error");
          return null;
        } finally {
          setBusyLabel(null);
        }
      },
      ask,
      width: columns,
      height,
      setTyping,
      setHelp,
      active: dialog === null && !showKeys,
    };
  }, [session, flash, ask, columns, height, dialog, showKeys]);

  if (app !== null && initial !== undefined && !initialDone.current) {
    initialDone.current = true;
    queueMicrotask(() => app.push(initial(app)));
  }

  useInput((input, key) => {
    if (dialog !== null) return;
    if (showKeys) {
      setShowKeys(false);
      return;
    }
    if (typing) {
      if (KEYS.back.matches(input, key)) setTyping(false);
      return;
    }
    if (KEYS.help.matches(input, key)) setShowKeys(true);
    else if (KEYS.quit.matches(input, key)) ink.exit();
    else if (KEYS.back.matches(input, key) && stack.length > 0) {
      setStatus(null);
      setStack((s) => s.slice(0, -1));
    }
  });

  const screen = stack.at(-1);
  const title = session === null ? "sign in" : (screen?.title ?? "desks");
  const who = session === null ? "not signed in" : `${session.me.username} · ${session.me.partyLabel}`;
  const bar = ` sc · ${title}`;
  const right = `${who} · ${where} `;
  const barLine = bar.length + right.length < columns ? `${bar}${" ".repeat(columns - bar.length - right.length)}${right}` : `${bar} · ${who}`.slice(0, columns);
  const helpItems = typing
    ? ["Enter submit", "Tab next field", "Esc leave field", "Ctrl+C quit"]
    : fitHelp([...help.map((a) => `${a.key} ${a.label}`), ...(stack.length > 0 ? ["Esc back"] : []), "? keys", "q quit"], columns);

  const body =
    session === null ? (
      <SignIn anonymous={anonymous} height={height} width={columns} signIn={signIn} setTyping={setTyping} />
    ) : showKeys ? (
      <KeysPage help={help} />
    ) : (
      <AppContext.Provider value={app}>
        {dialog !== null ? <Dialog request={dialog} height={height} /> : null}
        <Box display={dialog === null ? "flex" : "none"} flexDirection="column">
          {screen === undefined ? <Home /> : <ScreenHost key={stack.length} screen={screen} />}
        </Box>
      </AppContext.Provider>
    );

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Text inverse>{barLine.padEnd(columns).slice(0, columns)}</Text>
      <Box flexDirection="column" height={height} overflow="hidden">
        {body}
      </Box>
      <Text color={status?.tone === "error" ? "red" : status?.tone === "ok" ? "green" : undefined} wrap="truncate-end">
        {busyLabel !== null ? (
          <Text>
            <Spinner type="dots" /> {busyLabel}…
          </Text>
        ) : (
          (status?.message ?? " ")
        )}
      </Text>
      <Text dimColor wrap="truncate-end">
        {helpItems.join(" · ")}
      </Text>
    </Box>
  );
}

/** The help line in the width: the least needed hints go first, so `? keys` and `q quit` always show. */
function fitHelp(items: readonly string[], width: number): string[] {
  const kept = [...items];
  for (const dropped of ["R reload", "Enter open", "Esc back"]) {
    if (kept.join(" · ").length <= width) break;
    const i = kept.indexOf(dropped);
    if (i >= 0) kept.splice(i, 1);
  }
  return kept;
}

function ScreenHost({ screen }: { readonly screen: Screen }): ReactNode {
  return <>{screen.render()}</>;
}

function KeysPage({ help }: { readonly help: readonly ActionKey[] }): ReactNode {
  return (
    <Box flexDirection="column">
      <Text bold>Keys (any key closes this page)</Text>
      {help.length > 0 ? <Text bold>This screen</Text> : null}
      {help.map((a) => (
        <Text key={a.key}>{`  ${a.key.padEnd(12)} ${a.label}`}</Text>
      ))}
      <Text bold>Everywhere</Text>
      {GLOBAL_HELP.map(([k, words]) => (
        <Text key={k}>{`  ${k.padEnd(12)} ${words}`}</Text>
      ))}
    </Box>
  );
}
