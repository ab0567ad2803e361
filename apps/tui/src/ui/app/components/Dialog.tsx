// The question a screen asks (ask.choose / ask.text), drawn over the screen:
// a choice list (ink-select-input: arrows or j/k, Enter) or a text field.
import { Box, Text, useInput } from "ink";
import SelectInput from "ink-select-input";
import { useState, type ReactNode } from "react";
import type { Choice } from "../context";
import { KEYS } from "../keys";
import { Field } from "./Field";

export type DialogRequest =
  | { readonly kind: "choice"; readonly title: string; readonly choices: readonly Choice[]; readonly resolve: (value: string | null) => void }
  | { readonly kind: "text"; readonly title: string; readonly initial: string; readonly resolve: (value: string | null) => void };

export function Dialog({ request, height }: { readonly request: DialogRequest; readonly height: number }): ReactNode {
  const [text, setText] = useState(request.kind === "text" ? request.initial : "");
  useInput((input, key) => {
    if (KEYS.back.matches(input, key)) request.resolve(null);
  });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{request.title}</Text>
      {request.kind === "choice" ? (
        <SelectInput
          items={request.choices.map((c) => ({ key: c.value, label: c.label, value: c.value }))}
          limit={Math.max(3, height - 4)}
          onSelect={(item) => request.resolve(item.value)}
        />
      ) : (
        <Box>
          <Text>{"> "}</Text>
          <Field value={text} onChange={setText} focus onSubmit={(value) => request.resolve(value)} />
        </Box>
      )}
      <Text dimColor>{request.kind === "choice" ? "Enter choose · Esc cancel" : "Enter submit · Esc cancel"}</Text>
    </Box>
  );
}
