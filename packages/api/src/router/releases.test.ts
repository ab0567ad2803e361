import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeOf } from "../flow/test-world";
import { openWorld, type World } from "../test/world";

const PERIOD = { from: "2026-01-01T00:00:00.000Z", to: "2026-02-28T23:59:59.000Z" };

describe.each(testBackends())("releases on $name (MOA X)", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("publishes statistics only once ICE Public Affairs approved, by the requester, and shows them to others only then", async () => {
    const lea = await world.as("lea.va");
    const request = await lea.releases.request({ idempotencyKey: "release-va-0001", title: "Q1 bookings", scope: { ...PERIOD, ori: "VA0010000" }, figures: "412 bookings, 9 IDENT matches" });
    expect(request).toMatchObject({ status: "requested", scope: { ori: "VA0010000" } });
    if (request.status === "none") throw new Error("not requested");
    const requestId = request.requestId;
    expect(await outcomeOf(lea.releases.publish({ requestId, channel: "press release" }))).toMatch(/^PRECONDITION_FAILED: MOA X: only a release ICE Public Affairs approved can be published; .* is requested/);
    const sib = await world.as("sib.va");
    expect(await outcomeOf(sib.releases.get({ requestId }))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(sib.releases.approve({ requestId }))).toMatch(/^FORBIDDEN/);
    const publicAffairs = await world.as("publicaffairs");
    expect((await publicAffairs.releases.list()).map((r) => r.requestId)).toEqual([requestId]);
    expect(await publicAffairs.releases.approve({ requestId, note: "figures checked" })).toMatchObject({ status: "approved" });
    expect(await lea.releases.publish({ requestId, channel: "press release" })).toMatchObject({ status: "published", channel: "press release" });
    expect((await sib.releases.list()).map((r) => r.requestId)).toEqual([requestId]);
  });

  it("keeps a requester to its own scope and a refused release unpublished", async () => {
    const lea = await world.as("lea.va");
    expect(await outcomeOf(lea.releases.request({ idempotencyKey: "release-va-0002", title: "Other agency", scope: { ...PERIOD, ori: "VA0020000" }, figures: "12" }))).toMatch(
      /^FORBIDDEN: RequestStatisticsRelease: LEA VA0010000 acts for its own agency only, not for VA0020000/,
    );
    const program = await world.as("program");
    const request = await program.releases.request({ idempotencyKey: "release-nat-0001", title: "National", scope: PERIOD, figures: "all states" });
    if (request.status === "none") throw new Error("not requested");
    await (await world.as("publicaffairs")).releases.refuse({ requestId: request.requestId, reason: "figures not final" });
    expect(await outcomeOf(program.releases.publish({ requestId: request.requestId, channel: "web" }))).toMatch(/^PRECONDITION_FAILED: MOA X: .* is refused/);
    expect(await outcomeOf((await world.as("auditor")).releases.request({ idempotencyKey: "release-aud-0001", title: "x", scope: PERIOD, figures: "x" }))).toMatch(/^FORBIDDEN/);
  });

  it("gives a copy of the MOA to the media only after both parties signed; only the SIB communicates it to LE organisations", async () => {
    const publicAffairs = await world.as("publicaffairs");
    expect(await outcomeOf(publicAffairs.releases.provideMoaCopyToMedia({ idempotencyKey: "media-va-0001", state: "VA", outlet: "Richmond Daily" }))).toMatch(
      /^PRECONDITION_FAILED: MOA X: a copy of the MOA goes to the media only after both parties have signed; the MOA for VA is signed by neither party/,
    );
    await (await world.as("program")).moa.sign({ state: "VA", signatory: "A. Director", title: "Director" });
    const sib = await world.as("sib.va");
    await sib.moa.sign({ state: "VA", signatory: "B. Chief", title: "Chief" });
    const copy = await (await world.as("lea.va")).releases.provideMoaCopyToMedia({ idempotencyKey: "media-va-0002", state: "VA", outlet: "Richmond Daily" });
    expect(copy.moa.releases).toEqual([expect.objectContaining({ id: copy.id, kind: "copy-to-media", recipient: "Richmond Daily", byLabel: "LEA VA0010000" })]);
    expect(await outcomeOf((await world.as("lea.nc")).releases.provideMoaCopyToMedia({ idempotencyKey: "media-va-0003", state: "VA", outlet: "x" }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await world.as("program")).releases.communicateMoaToLawEnforcementOrganisation({ idempotencyKey: "leorg-va-0001", state: "VA", organisation: "State Sheriffs' Association" }))).toMatch(/^FORBIDDEN/);
    const told = await sib.releases.communicateMoaToLawEnforcementOrganisation({ idempotencyKey: "leorg-va-0002", state: "VA", organisation: "State Sheriffs' Association" });
    expect(told.moa.releases.map((r) => r.kind)).toEqual(["copy-to-media", "substance-to-law-enforcement-organisation"]);
  });
});
