// The demo world's MOA side (issue 4): points of contact on file, Maryland's MOA
// suspended and Arizona's under a termination notice, seen through the API.
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowWorld } from "../flow/test-world";
import type { World } from "../test/world";
import { DEMO_SUSPENDED_STATE, DEMO_TERMINATING_STATE, seedMoa } from "./seed-moa";

const DAY_MS = 86_400_000;

describe.each(testBackends())("the demo MOAs on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    await world.database.db.transaction((tx) => seedMoa(tx, world.clock.now()));
  });
  afterAll(async () => {
    await world.close();
  });

  it("has Maryland's MOA suspended by its SIB, effective on receipt (MOA VIII)", async () => {
    const moa = await (await world.as("program")).moa.get({ state: DEMO_SUSPENDED_STATE });
    expect(moa.status.status).toBe("suspended");
  });

  it("has Arizona's MOA in effect with a termination pending, effective 30 days after receipt (MOA VIII)", async () => {
    const program = await world.as("program");
    const receivedAt = world.clock.now().getTime() - 10 * DAY_MS;
    const pending = await program.moa.get({ state: DEMO_TERMINATING_STATE });
    expect(pending.status).toMatchObject({
      status: "termination-pending",
      termination: { receivedAt: new Date(receivedAt).toISOString(), effectiveAt: new Date(receivedAt + 30 * DAY_MS).toISOString() },
    });
  });

  it("has every state's points of contact on file, so an ICE notice to the SIB POC is accepted", async () => {
    const program = await world.as("program");
    const va = await program.moa.get({ state: "VA" });
    expect(Object.keys(va.pointsOfContact).sort()).toEqual(["ICE-DRO", "ICE-OI", "ICE-PUBLIC-AFFAIRS", "SIB", "SIB-PUBLIC-INFORMATION"]);
    const now = world.clock.now().toISOString();
    const notice = await program.moa.giveNotice({
      idempotencyKey: "demo-seed-suspension-va",
      state: "VA",
      notice: { kind: "suspension", to: "SIB", delivery: "oral", sentAt: now, receivedAt: now, ground: "competing-priorities" },
    });
    expect(notice.moa.status.status).toBe("suspended");
  });

  it("seeds once: a second run changes nothing", async () => {
    const before = await (await world.as("program")).moa.get({ state: "VA" });
    await expect(world.database.db.transaction((tx) => seedMoa(tx, world.clock.now()))).rejects.toThrow();
    const after = await (await world.as("program")).moa.get({ state: "VA" });
    expect(after.pointsOfContact).toEqual(before.pointsOfContact);
  });
});
