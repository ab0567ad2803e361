// classification: Appendix A answers through the API (DOMAIN.md section 2, D4).
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeOf } from "../flow/test-world";
import { openWorld, type World } from "../test/world";

describe.each(testBackends())("classification.classify on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("answers a drug code with its sentence as typed, and the rule that decided (D2)", async () => {
    const api = await world.as("lea.va");
    const answer = await api.classification.classify({ code: "3562", sentence: "18m" });
    expect(answer).toMatchObject({ status: "classified", level: 1, category: "Drugs" });
    expect(answer.rule?.id).toBe("L1-drugs");
  });

  it("refuses a malformed code naming the code (D4)", async () => {
    const api = await world.as("lea.va");
    expect(await outcomeOf(api.classification.classify({ code: "12a4" }))).toMatch(/^BAD_REQUEST: code: .*12a4/);
  });

  it("refuses a malformed sentence naming the sentence, even on a good code (D4)", async () => {
    const api = await world.as("lea.va");
    expect(await outcomeOf(api.classification.classify({ code: "3562", sentence: "-5" }))).toMatch(/^BAD_REQUEST: sentence: .*negative/);
  });
});
