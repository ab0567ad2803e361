// DOMAIN D7's gate, asked at almost every step of every booking, answered once
// per stretch of time. `programActiveFor` compares `now` only with instants
// recorded in the MOA's state and the LEA's standing (signatures, effective
// date, notices, suspensions, termination, LEA suspensions), each as "at or
// before" or "before", so its answer cannot change between two consecutive
// recorded instants. The cache keeps, per state and ORI, the answer with the
// stretch it holds for, and forgets everything when an MOA or LEA event is
// recorded (the runner calls `changed`).
import type { ProgramGate, ProgramStatus } from "../flow/gate";
import { programActiveFor } from "../moa/program-active";
import type { LeaStanding } from "../moa/lea-suspension";
import type { MoaState } from "../moa/state";
import type { Ori, StateCode } from "../reference/parties";
import { toMillis } from "../shared/time";

interface Stretch {
  readonly version: number;
  /** The answer holds for from <= now < until (ms). */
  readonly from: number;
  readonly until: number;
  readonly status: ProgramStatus;
}

const LOOKS_LIKE_INSTANT = /^\d{4}-\d\d-\d\dT/;

/** Every instant recorded anywhere in `value` (a state record), in ms. Takes too many rather than too few. */
function recordedInstants(value: unknown, into: number[]): void {
  if (typeof value === "string") {
    if (LOOKS_LIKE_INSTANT.test(value)) {
      const ms = toMillis(value);
      if (!Number.isNaN(ms)) into.push(ms);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) recordedInstants(v, into);
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) recordedInstants(v, into);
  }
}

export class GateCache {
  private version = 0;
  private readonly stretches = new Map<StateCode, Map<Ori, Stretch>>();

  constructor(
    private readonly moaOf: (state: StateCode) => MoaState | undefined,
    private readonly standings: ReadonlyMap<Ori, LeaStanding>,
  ) {}

  /** An MOA or an LEA standing changed: every stretch may have. */
  changed(): void {
    this.version++;
  }

  /** Steps at one instant ask in a row: the last instant read, and its ms. */
  private lastNow = "";
  private lastT = 0;

  readonly gate: ProgramGate = (state, ori, now) => {
    if (now !== this.lastNow) {
      this.lastNow = now;
      this.lastT = toMillis(now);
    }
    const t = this.lastT;
    let byOri = this.stretches.get(state);
    if (byOri === undefined) {
      byOri = new Map();
      this.stretches.set(state, byOri);
    }
    const hit = byOri.get(ori);
    if (hit !== undefined && hit.version === this.version && hit.from <= t && t < hit.until) return hit.status;
    const moa = this.moaOf(state);
    const status = programActiveFor(moa, this.standings.values(), ori, now);
    const instants: number[] = [];
    recordedInstants(moa, instants);
    recordedInstants(this.standings.get(ori), instants);
    let from = Number.NEGATIVE_INFINITY;
    let until = Number.POSITIVE_INFINITY;
    for (const x of instants) {
      if (x <= t) from = Math.max(from, x);
      else until = Math.min(until, x);
    }
    byOri.set(ori, { version: this.version, from, until, status });
    return status;
  };
}
