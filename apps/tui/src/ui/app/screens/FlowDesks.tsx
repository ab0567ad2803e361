// The flow's desks, each a ListDesk over one queue: the bookings you may see,
// the SIB's queue (forward, relay; held responses with core's reason, MOA IV.B),
// CJIS's (run the step a booking waits at), LESC's IAQs oldest first with their
// age (determine, MOA V.B), and ICE's priority queue (detainer, custody, removal:
// each refused step shows core's reason in words until it is allowed, MOA V.C).
import { useState, type ReactNode } from "react";
import type { ApiOutputs } from "@sc/client";
import { formatDuration, shortId } from "../../../render/duration";
import { ListDesk, type DeskAction } from "../components/ListDesk";
import { useApp, type AppApi, type Screen } from "../context";
import { bookingScreen } from "./Booking";

const age = (since: string): string => formatDuration(Date.now() - Date.parse(since));
const when = (iso: string): string => iso.slice(5, 16).replace("T", " ");
const short = (id: string): string => shortId(id).padEnd(9);

type BookingRow = ApiOutputs["bookings"]["list"]["items"][number];

function Bookings(): ReactNode {
  const app = useApp();
  const [status, setStatus] = useState<string | null>(null);
  const filter: DeskAction<BookingRow> = {
    key: "f",
    label: "filter by status",
    onItem: false,
    run: async () => {
      const statuses = await app.api.bookings.statuses.query();
      const chosen = await app.ask.choose("Show bookings whose status is", [{ value: "", label: "any status" }, ...statuses.map((s) => ({ value: s, label: s }))]);
      if (chosen === null) return null;
      setStatus(chosen === "" ? null : chosen);
      return chosen === "" ? "showing every status" : `showing ${chosen}`;
    },
  };
  return (
    <ListDesk<BookingRow>
      keyOf={(r) => r.bookingId}
      deps={[status]}
      load={async () => (await app.api.bookings.list.query({ limit: 200, ...(status === null ? {} : { status }) })).items}
      header={`${"booking".padEnd(9)} ${"booked UTC".padEnd(11)} ${"ORI".padEnd(9)} ${"status".padEnd(17)} charges`}
      row={(b) => `${short(b.bookingId)} ${when(b.bookedAt)} ${b.ori.padEnd(9)} ${b.status.padEnd(17)} ${b.charges.join(" ")}`}
      detail={(b) => [
        `booking ${b.bookingId} · ${b.state} · booked ${b.bookedAt.replace("T", " ").slice(0, 19)} UTC`,
        [b.submission && `submission ${b.submission}`, b.iafis && `IAFIS ${b.iafis}`, b.identMatch !== null && `IDENT ${b.identMatch ? "match" : "no match"}`, b.determination && `determination ${b.determination}`, b.priority && `priority ${b.priority}`, b.relayed && `relayed ${b.relayed.type}`]
          .filter(Boolean)
          .join(" · "),
        ...(b.heldAtSib === null ? [] : [`held at the SIB: ${b.heldAtSib.reason}`]),
        ...(b.withheld === null ? [] : [`withheld: ${b.withheld.reason}`]),
      ]}
      note={status === null ? undefined : `status: ${status} (f to change)`}
      actions={[filter]}
      onOpen={(b) => app.push(bookingScreen(b.bookingId))}
      empty="no bookings"
    />
  );
}

export const bookingsScreen = (): Screen => ({ title: "bookings", render: () => <Bookings /> });

type SibItem = { readonly bookingId: string; readonly ori: string; readonly waits: "forward" | "relay" | "held"; readonly what: string; readonly since: string; readonly reason: string | null };

function SibQueue(): ReactNode {
  const app = useApp();
  const step = (key: string, label: string, allowed: SibItem["waits"][], call: (id: string) => Promise<ApiOutputs["sib"]["relay"]>): DeskAction<SibItem> => ({
    key,
    label,
    run: async (item) => {
      if (item === undefined) return null;
      if (!allowed.includes(item.waits)) return `${shortId(item.bookingId)} waits to be ${item.waits === "forward" ? "forwarded (f)" : "relayed (r)"}`;
      const r = await call(item.bookingId);
      const held = "heldAtSib" in r.booking && r.booking.heldAtSib !== null ? ` (held: ${r.booking.heldAtSib.reason})` : "";
      return `${shortId(item.bookingId)}: ${r.booking.status}${held}`;
    },
  });
  return (
    <ListDesk<SibItem>
      keyOf={(r) => r.bookingId}
      load={async () => {
        const q = await app.api.sib.queue.query();
        return [
          ...q.awaitingForward.map((r) => ({ bookingId: r.bookingId, ori: r.ori, waits: "forward" as const, what: "CAR", since: r.waitingSince, reason: null })),
          ...q.awaitingRelay.map((r) => ({ bookingId: r.bookingId, ori: r.ori, waits: "relay" as const, what: r.response ?? "", since: r.waitingSince, reason: null })),
          ...q.held.map((r) => ({ bookingId: r.bookingId, ori: r.ori, waits: "held" as const, what: r.response ?? "", since: r.waitingSince, reason: r.reason })),
        ];
      }}
      header={`${"booking".padEnd(9)} ${"ORI".padEnd(9)} ${"waits".padEnd(8)} ${"what".padEnd(13)} waiting`}
      row={(i) => `${short(i.bookingId)} ${i.ori.padEnd(9)} ${i.waits.padEnd(8)} ${i.what.padEnd(13)} ${age(i.since)}`}
      detail={(i) => [
        `booking ${i.bookingId}`,
        i.waits === "held" ? `held (MOA IV.B): ${i.reason ?? ""}` : i.waits === "relay" ? `the ${i.what} waits to be relayed to ${i.ori}` : `the CAR from ${i.ori} waits to be forwarded to CJIS`,
        ...(i.waits === "held" ? ["r relays it by other means (recorded with a note)"] : []),
      ]}
      actions={[step("r", "relay", ["relay", "held"], (id) => app.api.sib.relay.mutate({ bookingId: id })), step("f", "forward", ["forward"], (id) => app.api.sib.forward.mutate({ bookingId: id })), moaShortcut(app)]}
      onOpen={(i) => app.push(bookingScreen(i.bookingId))}
      empty="nothing waits for this SIB"
    />
  );
}

/** The SIB's MOA status, one key away from its queue. */
function moaShortcut<T>(app: AppApi): DeskAction<T> {
  return {
    key: "m",
    label: "MOA status",
    onItem: false,
    run: async () => {
      const party = app.me.party;
      if (party.kind !== "SIB") return null;
      const m = await app.api.moa.get.query({ state: party.state });
      return `MOA ${m.state}: ${m.status.status}${m.terminationDaysLeft === null ? "" : `, termination in ${m.terminationDaysLeft} days`}`;
    },
  };
}

export const sibScreen = (): Screen => ({ title: "SIB queue", render: () => <SibQueue /> });

type CjisItem = ApiOutputs["cjis"]["queue"][number];

function CjisQueue(): ReactNode {
  const app = useApp();
  return (
    <ListDesk<CjisItem>
      keyOf={(r) => r.bookingId}
      load={() => app.api.cjis.queue.query()}
      header={`${"booking".padEnd(9)} ${"ORI".padEnd(9)} ${"status".padEnd(16)} ${"step".padEnd(16)} waiting`}
      row={(r) => `${short(r.bookingId)} ${r.ori.padEnd(9)} ${r.status.padEnd(16)} ${(r.step ?? "-").padEnd(16)} ${age(r.waitingSince)}`}
      detail={(r) => [`booking ${r.bookingId} (${r.state})`, `waits for ${r.step ?? "nothing at CJIS"}`]}
      actions={[
        {
          key: "p",
          label: "run the step",
          run: async (r) => {
            if (r === undefined) return null;
            const done = await app.api.cjis.process.mutate({ bookingId: r.bookingId });
            return `${shortId(r.bookingId)}: ${done.booking.status}${done.stopped === null ? "" : `; stopped at ${done.stopped.step}: ${done.stopped.rule}: ${done.stopped.message}`}`;
          },
        },
      ]}
      onOpen={(r) => app.push(bookingScreen(r.bookingId))}
      empty="nothing waits at CJIS"
    />
  );
}

export const cjisScreen = (): Screen => ({ title: "CJIS queue", render: () => <CjisQueue /> });

type LescItem = ApiOutputs["lesc"]["queue"][number];

function LescQueue(): ReactNode {
  const app = useApp();
  return (
    <ListDesk<LescItem>
      keyOf={(r) => r.bookingId}
      load={() => app.api.lesc.queue.query()}
      header={`${"booking".padEnd(9)} ${"ORI".padEnd(9)} ${"waiting".padEnd(8)} ${"IAQ sent".padEnd(11)} charges`}
      row={(r) => `${short(r.bookingId)} ${r.ori.padEnd(9)} ${age(r.waitingSince).padEnd(8)} ${when(r.iaq?.sentAt ?? r.waitingSince)} ${r.iaq?.payload.charges.join(" ") ?? ""}`}
      detail={(r) => [
        `booking ${r.bookingId} (${r.state}) · waiting ${age(r.waitingSince)} (oldest first)`,
        r.iaq === null ? "no IAQ" : `IAQ ${r.iaq.tcn}: prints ${r.iaq.payload.templateId}; IDENT encounters ${r.iaq.payload.encounterIds.join(", ")}; charges ${r.iaq.payload.charges.join(" ")}`,
      ]}
      actions={[
        {
          key: "d",
          label: "determine",
          run: async (r) => {
            if (r === undefined) return null;
            const outcomes = await app.api.lesc.outcomes.query();
            const chosen = await app.ask.choose(`Status determination for ${shortId(r.bookingId)}`, outcomes.map((o) => ({ value: o.value, label: o.label })));
            const outcome = outcomes.find((o) => o.value === chosen);
            if (outcome === undefined) return null;
            const done = await app.api.lesc.determine.mutate({ bookingId: r.bookingId, outcome: outcome.value });
            return `${shortId(r.bookingId)}: ${outcome.label}; ${done.booking.status}`;
          },
        },
      ]}
      onOpen={(r) => app.push(bookingScreen(r.bookingId))}
      empty="no IAQ waits for a determination"
    />
  );
}

export const lescScreen = (): Screen => ({ title: "LESC determinations", render: () => <LescQueue /> });

type IceCase = ApiOutputs["ice"]["queue"][number];
type IceStep = "lodgeDetainer" | "takeIntoCustody" | "instituteRemovalProceedings";

function IceCases(): ReactNode {
  const app = useApp();
  const [all, setAll] = useState(false);
  const words = (r: IceCase, step: keyof IceCase["refusals"], at: string | null, name: string) => {
    if (at !== null) return `${name}: done ${when(at)}`;
    const refusal = r.refusals[step];
    return refusal === null ? `${name}: may be taken now` : `${name}: not yet (${refusal.rule}: ${refusal.message})`;
  };
  const act = (key: string, label: string, step: IceStep): DeskAction<IceCase> => ({
    key,
    label,
    run: async (r) => {
      if (r === undefined) return null;
      const b = await app.api.ice[step].mutate({ bookingId: r.bookingId });
      return `${shortId(r.bookingId)}: ${label} recorded (${b.status})`;
    },
  });
  const level = (r: IceCase) => {
    const levels = [r.convictionLevel, r.chargeLevel].filter((l): l is number => l !== null);
    return levels.length === 0 ? "-" : String(Math.min(...levels));
  };
  const mark = (at: string | null, refusal: unknown) => (at !== null ? "✓" : refusal === null ? "·" : "✗");
  return (
    <ListDesk<IceCase>
      keyOf={(r) => r.bookingId}
      deps={[all]}
      load={() => app.api.ice.queue.query({ includeAll: all, limit: 200 })}
      header={`${"booking".padEnd(9)} ${"office".padEnd(6)} ${"priority".padEnd(24)} lvl det cus rem`}
      row={(r) => `${short(r.bookingId)} ${(r.fieldOffice ?? "").padEnd(6)} ${r.category.padEnd(24)} ${level(r).padEnd(3)} ${mark(r.detainerAt, r.refusals.LodgeDetainer).padEnd(3)} ${mark(r.custodyAt, r.refusals.TakeIntoCustody).padEnd(3)} ${mark(r.removalProceedingsAt, r.refusals.InstituteRemovalProceedings)}`}
      detailHeight={8}
      detail={(r) => [
        `booking ${r.bookingId} · ${r.ori} · ${r.outcome} · determined ${when(r.determinedAt)}`,
        ...r.summary,
        words(r, "LodgeDetainer", r.detainerAt, "detainer"),
        words(r, "TakeIntoCustody", r.custodyAt, "custody"),
        words(r, "InstituteRemovalProceedings", r.removalProceedingsAt, "removal"),
      ]}
      note={all ? "every determined case (a to show only those ICE acts on)" : undefined}
      actions={[
        act("d", "detainer", "lodgeDetainer"),
        act("c", "custody", "takeIntoCustody"),
        act("r", "removal", "instituteRemovalProceedings"),
        {
          key: "a",
          label: all ? "priority only" : "all cases",
          onItem: false,
          run: async () => {
            setAll(!all);
            return null;
          },
        },
      ]}
      onOpen={(r) => app.push(bookingScreen(r.bookingId))}
      empty="no cases in your area"
    />
  );
}

export const iceScreen = (): Screen => ({ title: "ICE priority cases", render: () => <IceCases /> });
