import { describe, expect, it } from "vitest";
import type { Party } from "../reference/parties";
import { decideMoa } from "./decide";
import type { StatisticsReleaseCommand, StatisticsReleaseState } from "./statistics-release";
import { decideStatisticsRelease, evolveStatisticsRelease, initialStatisticsReleaseState, StatisticsScope } from "./statistics-release";
import { apply, draftMoa, eventsOf, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

const PUBLIC_AFFAIRS: Party = { kind: "ICE-PUBLIC-AFFAIRS" };
const LEA_VA: Party = { kind: "LEA", ori: "VA0010000" };

describe("the MOA to the media and to law-enforcement organisations (MOA X)", () => {
  const copy = (by: Party) => ({ type: "ProvideMoaCopyToMedia", now: "2026-02-01T00:00:00.000Z", by, releaseId: "rel-1", outlet: "Richmond Gazette" }) as const;

  it("MOA X: a copy of the MOA goes to the media only after both parties have signed", () => {
    const onlyIce = apply(draftMoa(), { type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: ICE, signatory: "M", title: "D" });
    expect(refusalOf(decideMoa(copy(ICE), onlyIce))).toEqual({ rule: "MOA X", reason: expect.stringContaining("signed by ICE only") });
    const released = apply(signedMoa(), copy(ICE));
    expect(released.releases).toEqual([{ id: "rel-1", kind: "copy-to-media", recipient: "Richmond Gazette", byLabel: "ICE SC Program Office", at: "2026-02-01T00:00:00.000Z" }]);
  });

  it("MOA X: local LEAs are authorised to do the same, for their own state's MOA", () => {
    expect(eventsOf(decideMoa(copy(LEA_VA), signedMoa()))[0]?.type).toBe("MoaCopyProvidedToMedia");
    expect(refusalOf(decideMoa(copy({ kind: "LEA", ori: "TX0010000" }), signedMoa())).rule).toBe("MOA X");
    expect(refusalOf(decideMoa(copy({ kind: "AUDITOR" }), signedMoa())).rule).toBe("MOA X");
  });

  it("MOA X: the SIB may communicate the substance of the MOA to law-enforcement professional organisations; ICE does not do it for the SIB", () => {
    const command = { type: "CommunicateMoaToLawEnforcementOrganisation", now: "2026-01-02T00:00:00.000Z", by: SIB_VA, releaseId: "rel-2", organisation: "Virginia Sheriffs' Association" } as const;
    expect(apply(draftMoa(), command).releases[0]).toMatchObject({ kind: "substance-to-law-enforcement-organisation", recipient: "Virginia Sheriffs' Association" });
    expect(refusalOf(decideMoa({ ...command, by: ICE }, draftMoa())).rule).toBe("MOA X");
  });
});

function run(state: StatisticsReleaseState, command: StatisticsReleaseCommand, areaOf?: (office: string) => readonly string[]): StatisticsReleaseState {
  return eventsOf(decideStatisticsRelease(command, state, areaOf)).reduce(evolveStatisticsRelease, state);
}

describe("release of statistics (MOA X, Appendix D)", () => {
  const scope = { from: "2026-01-01T00:00:00.000Z", to: "2026-03-31T23:59:59.999Z", state: "VA" };
  const request: StatisticsReleaseCommand = { type: "RequestStatisticsRelease", now: "2026-04-02T00:00:00.000Z", by: SIB_VA, requestId: "sr-1", title: "Q1 in Virginia", scope, figures: "bookings, IDENT matches" };
  const publish: StatisticsReleaseCommand = { type: "PublishStatisticsRelease", now: "2026-04-05T00:00:00.000Z", by: SIB_VA, requestId: "sr-1", channel: "press release" };

  it("MOA X: a statistics release approved by ICE Public Affairs can be published", () => {
    const approved = run(run(initialStatisticsReleaseState(), request), { type: "ApproveStatisticsRelease", now: "2026-04-03T00:00:00.000Z", by: PUBLIC_AFFAIRS, requestId: "sr-1" });
    expect(run(approved, publish)).toMatchObject({ status: "published", publishedAt: "2026-04-05T00:00:00.000Z", approvedAt: "2026-04-03T00:00:00.000Z" });
  });

  it("MOA X: a statistics release not yet approved cannot be published", () => {
    const requested = run(initialStatisticsReleaseState(), request);
    expect(refusalOf(decideStatisticsRelease(publish, requested)).reason).toContain("only a release ICE Public Affairs approved can be published");
  });

  it("MOA X: a refused statistics release cannot be published", () => {
    const refused = run(run(initialStatisticsReleaseState(), request), { type: "RefuseStatisticsRelease", now: "2026-04-03T00:00:00.000Z", by: PUBLIC_AFFAIRS, requestId: "sr-1", reason: "figures not final" });
    expect(refused).toMatchObject({ status: "refused", reason: "figures not final" });
    expect(refusalOf(decideStatisticsRelease(publish, refused)).reason).toContain("is refused");
  });

  it("MOA X: only ICE Public Affairs approves a statistics release", () => {
    const requested = run(initialStatisticsReleaseState(), request);
    for (const by of [ICE, SIB_VA, { kind: "AUDITOR" } as const]) {
      expect(refusalOf(decideStatisticsRelease({ type: "ApproveStatisticsRelease", now: "2026-04-03T00:00:00.000Z", by, requestId: "sr-1" }, requested)).rule).toBe("MOA X");
    }
  });

  it("MOA X: a party asks to release its own figures only", () => {
    const otherState = { ...request, by: { kind: "SIB", state: "TX" } } as StatisticsReleaseCommand;
    expect(refusalOf(decideStatisticsRelease(otherState, initialStatisticsReleaseState())).reason).toContain("statistics of TX only");
    const byOffice = { ...request, by: { kind: "ICE-FIELD-OFFICE", office: "WAS" } } as StatisticsReleaseCommand;
    expect(run(initialStatisticsReleaseState(), byOffice, () => ["VA", "DC"]).status).toBe("requested");
    expect(refusalOf(decideStatisticsRelease(byOffice, initialStatisticsReleaseState(), () => ["MD"])).rule).toBe("MOA X");
  });

  it("MOA X: only the requester publishes its approved release", () => {
    const approved = run(run(initialStatisticsReleaseState(), request), { type: "ApproveStatisticsRelease", now: "2026-04-03T00:00:00.000Z", by: PUBLIC_AFFAIRS, requestId: "sr-1" });
    expect(refusalOf(decideStatisticsRelease({ ...publish, by: LEA_VA }, approved)).reason).toContain("publishes it");
  });

  it("MOA X: a statistics scope whose period ends before it starts is malformed", () => {
    const parsed = StatisticsScope.safeParse({ from: "2026-02-01T00:00:00.000Z", to: "2026-01-01T00:00:00.000Z" });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["to"], message: "the period must not end before it starts" });
  });
});
