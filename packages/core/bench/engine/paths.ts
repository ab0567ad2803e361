// The paths the engine bench times. Each returns how many bookings reached
// the LEA, so a path that stopped early cannot pass for a fast one.
import {
  alwaysActive,
  decideBooking,
  evolveBooking,
  IafisRepository,
  IdentRepository,
  initialBookingState,
  type BookingState,
  type FlowCommand,
  type FlowEnvironment,
  type FlowEvent,
} from "../../src/flow";
import { indexDirectory } from "../../src/reference/directory";
import { runValidScenario, type Scenario } from "../../src/scenario";
import { InstantCache } from "../../src/scenario/instant-cache";
import { toMillis } from "../../src/shared/time";

/** The engine end to end: the scenario runner, every report kept in its result. */
export function engine(scenario: Scenario): number {
  return runValidScenario(scenario).statistics.relayedToLea;
}

/**
 * The deciders alone: each booking's ten commands in flow order straight
 * through decideBooking/evolveBooking (the same world, the same messages),
 * with no scheduling runner and an always-open D7 gate. `keep`: every
 * booking's state and events are kept, as the runner keeps them; otherwise
 * each booking is dropped once it is relayed.
 */
export function decidersAlone(scenario: Scenario, keep: boolean): number {
  const { world } = scenario;
  const env: FlowEnvironment = {
    directory: indexDirectory({ states: world.states, agencies: world.agencies, fieldOffices: world.fieldOffices, contacts: world.contacts }),
    iafis: new IafisRepository(world.subjects.flatMap((s) => (s.iafis === undefined ? [] : [{ fbiNumber: s.iafis.fbiNumber, templateIds: [s.templateId], convictions: s.iafis.convictions }]))),
    ident: new IdentRepository(world.subjects.flatMap((s) => s.ident.map((e) => ({ encounterId: e.encounterId, encounteredAt: e.encounteredAt, kind: e.kind, templateId: s.templateId })))),
    sibFile: () => undefined,
    programGate: alwaysActive,
  };
  const subjects = new Map(world.subjects.map((s) => [s.id, s]));
  const instants = new InstantCache(); // as the runner has
  const kept: { state: BookingState; events: FlowEvent[] }[] = [];
  let relayed = 0;
  for (const a of scenario.timeline) {
    if (a.type !== "book") continue;
    const subject = subjects.get(a.subject);
    if (subject === undefined) continue;
    const outcome = subject.lescDetermination ?? "removable";
    const booking = { state: initialBookingState(), events: [] as FlowEvent[] };
    const apply = (command: FlowCommand): void => {
      const d = decideBooking(command, booking.state, env);
      if (!d.ok) throw new Error(`${command.type}: ${d.refusal.message}`);
      for (const e of d.events) {
        booking.state = evolveBooking(booking.state, e);
        booking.events.push(e);
      }
    };
    const t = toMillis(a.at);
    const lea = { kind: "LEA" as const, ori: a.ori };
    const sib = { kind: "SIB" as const, state: "VA" };
    const cjis = { kind: "CJIS" as const };
    const at = (s: number): string => instants.instant(t + s * 1000);
    const id = a.bookingId;
    apply({ type: "BookSubject", bookingId: id, now: at(0), by: lea, ori: a.ori, templateId: subject.templateId, charges: a.charges });
    apply({ type: "SubmitCar", bookingId: id, now: at(1), tcn: `${id}-01`, receivedAt: at(2), by: lea });
    apply({ type: "ForwardToCjis", bookingId: id, now: at(3), tcn: `${id}-02`, receivedAt: at(4), by: sib });
    apply({ type: "SearchIdent", bookingId: id, now: at(4), tcn: `${id}-03`, receivedAt: at(5), by: cjis });
    apply({ type: "RunIafisSearch", bookingId: id, now: at(5), tcn: `${id}-04`, receivedAt: at(6), by: cjis, newFbiNumber: `N${id}` });
    apply({ type: "AnswerIdentSearch", bookingId: id, now: at(6), tcn: `${id}-05`, receivedAt: at(7), by: { kind: "US-VISIT" } });
    apply({ type: "SendIaq", bookingId: id, now: at(7), tcn: `${id}-06`, receivedAt: at(8), by: cjis });
    apply({ type: "RecordStatusDetermination", bookingId: id, now: at(9), tcn: `${id}-07`, receivedAt: at(10), by: { kind: "LESC" }, outcome });
    apply({ type: "SendIdrIar", bookingId: id, now: at(10), tcn: `${id}-08`, receivedAt: at(11), by: cjis });
    apply({ type: "RelayResponse", bookingId: id, now: at(12), tcn: `${id}-09`, receivedAt: at(13), by: sib });
    if (booking.state.status === "relayed") relayed++;
    if (keep) kept.push(booking);
  }
  return !keep || kept.length === relayed ? relayed : -1;
}

export interface ReportShape {
  readonly objects: number;
  readonly arrays: number;
}

/** The distinct objects and arrays one booking's report holds (shared ones once). */
export function shapeOfOneReport(scenario: Scenario): ReportShape {
  const first = runValidScenario({ ...scenario, timeline: scenario.timeline.slice(0, 1) }).bookings[0];
  const report = first === undefined ? {} : { booking: first.booking, events: first.events, responseTimes: first.responseTimes };
  const seen = new Set<unknown>();
  let objects = 0;
  let arrays = 0;
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      arrays++;
      for (const item of x) walk(item);
    } else {
      objects++;
      for (const value of Object.values(x)) walk(value);
    }
  };
  walk(report);
  return { objects, arrays };
}

/**
 * The floor: `objects` small objects spread over `arrays` arrays per
 * booking, all kept, nothing computed. No engine that returns reports of
 * this shape can beat it on the same machine.
 */
export function floor(bookings: number, shape: ReportShape): number {
  const kept: { at: number; n: number; next: unknown }[][][] = [];
  const perArray = Math.max(1, Math.ceil(shape.objects / Math.max(1, shape.arrays)));
  for (let i = 0; i < bookings; i++) {
    const report: { at: number; n: number; next: unknown }[][] = [];
    for (let a = 0, made = 0; a < shape.arrays; a++) {
      const list: { at: number; n: number; next: unknown }[] = [];
      for (let o = 0; o < perArray && made < shape.objects; o++, made++) list.push({ at: i + o, n: i, next: null });
      report.push(list);
    }
    kept.push(report);
  }
  return kept.length;
}
