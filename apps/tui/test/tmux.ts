// Drives the real `sc` in a tmux pane, as a person at a terminal does: keys one
// at a time about 0.2 s apart (MACHINE-NOTES: keys sent together reach Ink as one
// chunk), reading the screen with capture-pane. Its own tmux server socket, so
// it never touches anyone else's sessions.
import { execFileSync, spawnSync } from "node:child_process";

/** tmux, installed with apt-get when missing and running as root (as scripts/with-postgres.sh does for PostgreSQL). */
export function ensureTmux(): void {
  if (spawnSync("tmux", ["-V"]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error("tmux is missing and this is not root: install tmux (apt-get install -y tmux)");
  execFileSync("apt-get", ["update"], { stdio: "ignore" });
  execFileSync("apt-get", ["install", "-y", "tmux"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Pane {
  constructor(
    readonly socket: string,
    readonly name: string,
  ) {}

  static open(socket: string, name: string, command: string, width = 80, height = 24): Pane {
    execFileSync("tmux", ["-L", socket, "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command]);
    return new Pane(socket, name);
  }

  capture(): string {
    return execFileSync("tmux", ["-L", this.socket, "capture-pane", "-p", "-t", this.name], { encoding: "utf8" });
  }

  async waitFor(pattern: RegExp | string, ms = 60_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const screen = this.capture();
      if (typeof pattern === "string" ? screen.includes(pattern) : pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the screen:\n${screen}`);
      await pause(200);
    }
  }

  /** One key (a tmux key name: Enter, Escape, Down) or one character. */
  async key(key: string): Promise<void> {
    execFileSync("tmux", ["-L", this.socket, "send-keys", "-t", this.name, key]);
    await pause(250);
  }

  async type(text: string): Promise<void> {
    for (const ch of text) {
      execFileSync("tmux", ["-L", this.socket, "send-keys", "-t", this.name, "-l", ch]);
      await pause(200);
    }
  }

  /** Presses `down` until the line marked by `marker` contains `text` (a menu or a list). */
  async select(marker: string, text: string, down = "j", tries = 30): Promise<string> {
    for (let i = 0; i < tries; i++) {
      const line = this.capture()
        .split("\n")
        .find((l) => l.trimStart().startsWith(marker));
      if (line?.includes(text)) return line;
      await this.key(down);
      await pause(150);
    }
    throw new Error(`no ${marker} line with ${text}; the screen:\n${this.capture()}`);
  }
}

export function killServer(socket: string): void {
  spawnSync("tmux", ["-L", socket, "kill-server"]);
}
