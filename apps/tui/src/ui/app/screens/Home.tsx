// The desks this account has: each entry names the procedure it needs, and is
// shown only when auth.me's `may` (core's rules) lists it. No list of roles here.
import { Box, Text } from "ink";
import SelectInput from "ink-select-input";
import type { ReactNode } from "react";
import { useApp, useHelp, type AppApi, type Screen } from "../context";
import { DESKS } from "../desks";

export function deskScreensFor(app: AppApi): { label: string; screen: () => Screen }[] {
  return DESKS.filter((d) => app.may(d.needs)).map((d) => ({ label: d.label, screen: () => d.open(app) }));
}

export function Home(): ReactNode {
  const app = useApp();
  useHelp([]);
  const desks = deskScreensFor(app);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>{`Signed in as ${app.me.displayName} (${app.me.partyLabel}).`}</Text>
      <Text dimColor>Your desks (from what core lets this account do):</Text>
      {desks.length === 0 ? <Text>No desk for this account.</Text> : null}
      <SelectInput
        isFocused={app.active}
        limit={Math.max(3, app.height - 3)}
        items={desks.map((d, i) => ({ key: String(i), label: d.label, value: String(i) }))}
        onSelect={(item) => {
          const desk = desks[Number(item.value)];
          if (desk !== undefined) app.push(desk.screen());
        }}
      />
    </Box>
  );
}
