// A one-line text field. ink-text-input computes each new value from the value it
// was last rendered with, so on a busy machine two keys that arrive before a
// re-render lose the first (measured here: "lesc" became "ec" at load 35). This
// field appends with a functional state update, so no key is lost; it edits at
// the end only (Backspace), which is what a username, a password or a list of
// NCIC codes needs.
import { Text, useInput } from "ink";
import { useEffect, useRef, useState, type ReactNode } from "react";

export interface FieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit?: (value: string) => void;
  readonly focus: boolean;
  readonly mask?: string;
  readonly placeholder?: string;
  /** Asked on every key when given: focus moved by a key just before, not yet rendered. */
  readonly hasFocus?: () => boolean;
}

export function Field({ value, onChange, onSubmit, focus, mask, placeholder, hasFocus }: FieldProps): ReactNode {
  // The field's own copy, updated functionally; the parent hears every change.
  const [text, setText] = useState(value);
  const latest = useRef(value);
  useEffect(() => {
    if (value !== latest.current) {
      latest.current = value;
      setText(value);
    }
  }, [value]);
  useInput(
    (input, key) => {
      if (hasFocus !== undefined && !hasFocus()) return;
      if (key.return) return onSubmit?.(latest.current);
      if (key.tab || key.escape || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.ctrl || key.meta) return;
      const next = key.backspace || key.delete ? latest.current.slice(0, -1) : latest.current + input.replace(/[\r\n]/g, "");
      latest.current = next;
      setText(next);
      onChange(next);
    },
    { isActive: hasFocus === undefined ? focus : true },
  );
  const shown = mask === undefined ? text : mask.repeat(text.length);
  if (shown === "" && placeholder !== undefined && !focus) return <Text dimColor>{placeholder}</Text>;
  return (
    <Text>
      {shown}
      {focus ? <Text inverse> </Text> : null}
      {shown === "" && placeholder !== undefined ? <Text dimColor>{` ${placeholder}`}</Text> : null}
    </Text>
  );
}
