"use client";
// One labelled choice among options (react-aria-components' Select): the
// subject at booking, a status filter, a determination's outcome. Disabled
// until its options have loaded, since an empty list cannot open.
import type { ReactNode } from "react";
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";

export interface ChoiceOption {
  readonly id: string;
  /** What typing to select matches, and what a screen reader reads. */
  readonly text: string;
  /** How the option shows in the list, when more than its text. */
  readonly view?: ReactNode;
}

export function Choice(props: {
  label: string;
  options: readonly ChoiceOption[] | undefined;
  selected: string | null;
  onSelect: (id: string | null) => void;
  placeholder?: string;
  wide?: boolean;
}) {
  const { label, options, selected, onSelect, placeholder = "Choose", wide = false } = props;
  return (
    <Select
      selectedKey={selected}
      onSelectionChange={(key) => onSelect(key === null ? null : String(key))}
      placeholder={options === undefined ? "Loading..." : placeholder}
      isDisabled={options === undefined}
      className={wide ? "select wide" : "select"}
    >
      <Label>{label}</Label>
      <Button>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover>
        <ListBox>
          {(options ?? []).map((o) => (
            <ListBoxItem id={o.id} key={o.id} textValue={o.text}>
              {o.view ?? o.text}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
