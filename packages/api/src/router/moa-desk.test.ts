// What the MOA pages read (issue 14): the status in one sentence, the timeline
// in the MOA's words, what held on a chosen day, and which steps the caller may
// take now with core's refusal for each one it may not, so the web UI works
// out no MOA rule itself.
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowWorld, outcomeOf } from "../flow/test-world";
import { seedMoa } from "../moa/seed-moa";
import type { World } from "../test/world";

const DAY_MS = 86_400_000;

describe.each(testBackends())("the MOA pages' reads on $name", (backend) => {
  let world: World;
  const day = (offsetDays: number) => new Date(world.clock.now().getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    await world.database.db.transaction((tx) => seedMoa(tx, world.clock.now()));
  });
  afterAll(async () => {
    await world.close();
  });

  it("says Arizona's termination in one sentence with the days left from receipt, and lists the notice and its date on the timeline", async () => {
    const az = await (await world.as("sib.az")).moa.get({ state: "AZ" });
    expect(az.terminationDaysLeft).toBe(20);
    expect(az.statusText).toMatch(/stays in effect until .*, 20 days left \(MOA VIII, 30 days from receipt\)/);
    const notice = az.timeline.find((e) => e.kind === "notice");
    expect(notice?.text).toMatch(/^ICE gave notice of termination DEMO-NOTICE-AZ-TERMINATION to Demo AZ SIB Point of Contact .* by certified mail/);
    expect(az.timeline.at(-1)).toMatchObject({ kind: "termination", at: az.pendingTerminationAt });
  });

  it("answers what held on a chosen day: in effect before the notice's receipt, pending after it, terminated 30 days on", async () => {
    const program = await world.as("program");
    expect((await program.moa.statusOn({ state: "AZ", day: day(-11) })).status.status).toBe("in-effect");
    const pending = await program.moa.statusOn({ state: "AZ", day: day(-9) });
    expect(pending).toMatchObject({ status: { status: "termination-pending" }, terminationDaysLeft: 29 });
    expect((await program.moa.statusOn({ state: "AZ", day: day(21) })).status.status).toBe("terminated");
    expect((await program.moa.statusOn({ state: "MD", day: day(0) })).suspensionsInForce).toEqual([expect.objectContaining({ noticeId: "DEMO-NOTICE-MD-SUSPENSION" })]);
    expect(await outcomeOf(program.moa.statusOn({ state: "AZ", day: "2026-02-30" }))).toMatch(/^BAD_REQUEST: [^]*"day"[^]*must be a day of the calendar/);
  });

  it("names the steps the caller may take now, and core's refusal for the others", async () => {
    const program = await (await world.as("program")).moa.get({ state: "VA" });
    expect(program.actions.sign).toEqual({ allowed: false, reason: expect.stringMatching(/^MOA VI: ICE already signed the MOA for VA/) });
    expect(program.actions.submitDispute).toEqual({ allowed: true });
    expect(program.actions.communicateMoaToLawEnforcementOrganisation).toEqual({ allowed: false, reason: expect.stringMatching(/^SC Program Office|may not CommunicateMoaToLawEnforcementOrganisation/) });
    expect(program.leaActions.VA0010000).toEqual({ suspend: { allowed: true }, reinstate: { allowed: false, reason: expect.stringMatching(/MOA VIII: LEA VA0010000 is not suspended/) } });
    const auditor = await (await world.as("auditor")).moa.get({ state: "VA" });
    expect(auditor.actions.proposeModification).toEqual({ allowed: false, reason: expect.stringMatching(/auditors read everything and change nothing/) });
    expect((await (await world.as("sib.va")).moa.get({ state: "VA" })).actions.communicateMoaToLawEnforcementOrganisation).toEqual({ allowed: true });
  });

  it("DOMAIN D11: after ICE writes a resolution, ICE may not agree to it and the SIB may", async () => {
    const sib = await world.as("sib.va");
    const program = await world.as("program");
    const submitted = await sib.disputes.submit({ idempotencyKey: "moa-desk-dispute-1", state: "VA", areasOfDisagreement: "Who pays for the relay line" });
    const id = submitted.id ?? "";
    await program.disputes.resolveAtProgramOffice({ state: "VA", disputeId: id, resolution: "Each party bears its own costs" });
    expect((await program.moa.get({ state: "VA" })).actions.disputes[id]?.agreeToResolution).toEqual({ allowed: false, reason: expect.stringMatching(/^DOMAIN D11: neither party resolves a dispute alone/) });
    expect((await sib.moa.get({ state: "VA" })).actions.disputes[id]?.agreeToResolution).toEqual({ allowed: true });
    const timeline = (await sib.moa.get({ state: "VA" })).timeline.filter((e) => e.kind === "dispute").map((e) => e.rule);
    expect(timeline).toEqual(["MOA VII", "DOMAIN D11"]);
  });

  it("names where the caller's notices go (MOA VIII: ICE's to the SIB POC, the SIB's to the ICE POC)", async () => {
    expect((await (await world.as("program")).moa.get({ state: "VA" })).noticeRecipients).toEqual(["SIB"]);
    expect((await (await world.as("sib.va")).moa.get({ state: "VA" })).noticeRecipients).toEqual(["ICE-DRO", "ICE-OI"]);
    expect((await (await world.as("auditor")).moa.get({ state: "VA" })).noticeRecipients).toEqual([]);
  });

  it("MOA X: lists each release with what the caller may do: Public Affairs approves or refuses a request, the requester publishes once approved", async () => {
    const program = await world.as("program");
    const request = await program.releases.request({ idempotencyKey: "moa-desk-release-1", title: "Q1", scope: { from: "2026-01-01T00:00:00.000Z", to: "2026-02-01T00:00:00.000Z" }, figures: "10 bookings" });
    if (request.status === "none") throw new Error("not requested");
    const mine = async (username: string) => (await (await world.as(username)).releases.list()).find((r) => r.requestId === request.requestId)?.actions;
    expect(await mine("publicaffairs")).toEqual({ approve: { allowed: true }, refuse: { allowed: true }, publish: { allowed: false, reason: expect.stringMatching(/may not PublishStatisticsRelease/) } });
    expect((await mine("program"))?.publish).toEqual({ allowed: false, reason: expect.stringMatching(/^MOA X: only a release ICE Public Affairs approved can be published/) });
    await (await world.as("publicaffairs")).releases.approve({ requestId: request.requestId });
    expect((await mine("program"))?.publish).toEqual({ allowed: true });
    expect((await mine("publicaffairs"))?.approve).toEqual({ allowed: false, reason: expect.stringMatching(/is already approved/) });
  });
});
