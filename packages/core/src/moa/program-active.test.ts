import { describe, expect, it } from "vitest";
import { decideLeaSuspension, evolveLeaStanding, initialLeaStanding } from "./lea-suspension";
import { programActiveFor } from "./program-active";
import { apply, draftMoa, eventsOf, ICE, notice, SIB_VA, signedMoa } from "./testing";

const ORI = "VA0010000";
const LATER = "2026-06-01T12:00:00.000Z";

describe("programActiveFor (DOMAIN D7)", () => {
  it("DOMAIN D7: the program runs for an LEA whose state's MOA is in effect", () => {
    expect(programActiveFor(signedMoa(), [], ORI, LATER)).toEqual({ active: true });
  });

  it("DOMAIN D7 / MOA VI: no IDENT search while the MOA is unsigned", () => {
    const result = programActiveFor(draftMoa(), [], ORI, LATER);
    expect(result).toEqual({ active: false, cause: "moa-unsigned", rule: "MOA VI", reason: "MOA for VA is not in effect (signed by neither party; effective upon signing by both parties): no IDENT search, IAQ, IAR or IDR (DOMAIN D7)" });
  });

  it("DOMAIN D7: no IDENT search for a state with no MOA, or with another state's MOA", () => {
    expect(programActiveFor(undefined, [], ORI, LATER)).toMatchObject({ active: false, cause: "no-moa", reason: "VA has no MOA with ICE: no IDENT search, IAQ, IAR or IDR (DOMAIN D7)" });
    expect(programActiveFor(signedMoa(), [], "TX0010000", LATER)).toMatchObject({ active: false, cause: "moa-of-another-state" });
  });

  it("DOMAIN D7 / MOA VIII: no IDENT search while the MOA is suspended, and the reason says since when and why", () => {
    const suspended = apply(signedMoa(), notice(SIB_VA, { kind: "suspension", id: "s1", to: "ICE-DRO", delivery: "oral", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-01T00:00:00.000Z", ground: "resource-constraints" }));
    expect(programActiveFor(suspended, [], ORI, LATER)).toEqual({
      active: false,
      cause: "moa-suspended",
      rule: "MOA VIII",
      reason: "MOA for VA is suspended since 2026-03-01 by SIB VA (resource constraints): no IDENT search, IAQ, IAR or IDR (DOMAIN D7)",
    });
  });

  it("DOMAIN D7 / MOA VIII: the program runs while a termination is pending and stops once it takes effect", () => {
    const pending = apply(signedMoa(), notice(ICE, { kind: "termination", id: "t1", to: "SIB", delivery: "certified-mail", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-02T00:00:00.000Z" }));
    expect(programActiveFor(pending, [], ORI, "2026-03-31T23:59:59.000Z")).toEqual({ active: true });
    expect(programActiveFor(pending, [], ORI, "2026-04-01T00:00:00.000Z")).toEqual({
      active: false,
      cause: "moa-terminated",
      rule: "MOA VIII",
      reason: "MOA for VA was terminated on 2026-04-01 (notice by ICE received 2026-03-02): no IDENT search, IAQ, IAR or IDR (DOMAIN D7)",
    });
  });

  it("DOMAIN D7 / MOA VIII: a suspended LEA gets no IDENT search; other LEAs of its state do", () => {
    const initial = initialLeaStanding(ORI);
    const standing = eventsOf(decideLeaSuspension({ type: "SuspendLea", now: "2026-02-01T08:30:00.000Z", by: ICE, ori: ORI, reason: "profiling complaint upheld" }, initial)).reduce(evolveLeaStanding, initial);
    expect(programActiveFor(signedMoa(), [standing], ORI, LATER)).toEqual({
      active: false,
      cause: "lea-suspended",
      rule: "MOA VIII",
      reason: "LEA VA0010000 is suspended by ICE since 2026-02-01 08:30 UTC (profiling complaint upheld): no IDENT search, IAQ, IAR or IDR (DOMAIN D7)",
    });
    expect(programActiveFor(signedMoa(), new Map([[ORI, standing]]).values(), "VA0020000", LATER)).toEqual({ active: true });
    // and before the suspension, the program ran for it
    expect(programActiveFor(signedMoa(), [standing], ORI, "2026-01-20T00:00:00.000Z")).toEqual({ active: true });
  });
});
