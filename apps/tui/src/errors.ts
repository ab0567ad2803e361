// Errors the user caused (bad arguments, a missing file, an unknown column) carry their own
// exit code and a one-line message; anything else is "unexpected" and exits 1. Never a stack trace.

/** Exit codes: 0 done, 1 unexpected failure, 2 bad usage or bad input (see README "Exit codes"). */
export const EXIT_UNEXPECTED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** One line, whatever was thrown: Node's fs errors become "cannot read IN.csv: no such file". */
export function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (isErrnoException(error)) {
    const where = error.path === undefined ? "" : ` ${error.path}`;
    switch (error.code) {
      case "ENOENT":
        return `no such file or directory:${where}`;
      case "EACCES":
      case "EPERM":
        return `permission denied:${where}`;
      case "EISDIR":
        return `is a directory, not a file:${where}`;
      default:
        return `${error.code ?? "error"}:${where} ${firstLine(error.message)}`.trim();
    }
  }
  if (error instanceof Error) return firstLine(error.message);
  return firstLine(String(error));
}

export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
