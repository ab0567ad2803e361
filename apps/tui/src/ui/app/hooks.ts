// Small hooks the screens share: the terminal's size (follows resizes) and
// loading a value from the API with its error as one line.
import { useStdout } from "ink";
import { useCallback, useEffect, useState } from "react";
import { describeFailure } from "../../api/errors";

export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns > 0 ? stdout.columns : 80, rows: stdout.rows > 0 ? stdout.rows : 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
    // read closes over stdout only
  }, [stdout]);
  return size;
}

export type Loaded<T> = { readonly status: "loading" } | { readonly status: "error"; readonly message: string } | { readonly status: "ok"; readonly value: T };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: "ok", value }),
      (error: unknown) => live && setState({ status: "error", message: describeFailure(error).message }),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on.
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
