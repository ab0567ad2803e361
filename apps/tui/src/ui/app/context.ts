// What every screen may use: the signed-in API client and account, navigation
// (a stack of screens: push, back), one status line (flash), questions asked in
// a dialog (ask), and the help line's actions. State lives in App; screens stay thin.
import { createContext, useContext, useEffect, type ReactNode } from "react";
import type { ApiClient, ApiOutputs } from "@sc/client";
import type { ActionKey } from "./keys";

export type Me = ApiOutputs["auth"]["me"];

export interface Screen {
  readonly title: string;
  readonly render: () => ReactNode;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface Asker {
  choose(title: string, choices: readonly Choice[]): Promise<string | null>;
  text(title: string, initial?: string): Promise<string | null>;
}

export type Tone = "ok" | "error" | "info";

export interface AppApi {
  readonly api: ApiClient;
  readonly me: Me;
  /** True when the account may call this procedure (auth.me's may, core's answer). */
  readonly may: (procedure: string) => boolean;
  push(screen: Screen): void;
  back(): void;
  flash(message: string, tone?: Tone): void;
  /** Runs work with a spinner in the status line; its failure is flashed as one line. */
  busy<T>(label: string, work: () => Promise<T>): Promise<T | null>;
  readonly ask: Asker;
  /** The body's size in the terminal (follows resizes). */
  readonly width: number;
  readonly height: number;
  /** A screen with a text field focused: letters type, they are not commands. */
  setTyping(typing: boolean): void;
  setHelp(actions: readonly ActionKey[]): void;
  /** False while a dialog is open: the screen below ignores keys. */
  readonly active: boolean;
}

export const AppContext = createContext<AppApi | null>(null);

export function useApp(): AppApi {
  const app = useContext(AppContext);
  if (app === null) throw new Error("useApp outside <App>");
  return app;
}

/** Declares the screen's action letters for the help line (and `?`). */
export function useHelp(actions: readonly ActionKey[]): void {
  const { setHelp } = useApp();
  const signature = actions.map((a) => `${a.key}:${a.label}`).join("|");
  // The signature stands for the array, which screens rebuild on every render.
  useEffect(() => setHelp(actions), [signature]);
}
