// Issue 12: methods the server does not serve, and a client that sends only
// input breaking the text rule, which must not slow other LEAs' bookings (it
// cut them to a quarter when such bookings reached the database).
import { request } from "node:http";
import { randomUUID } from "node:crypto";
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowWorld } from "../flow/test-world";
import { mutate, startServer, type RunningServer } from "../test/http";
import type { World } from "../test/world";

function rawRequest(base: string, method: string, path: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.each(testBackends())("hostile clients on $name", (backend) => {
  let world: World;
  let server: RunningServer;
  let lea: string;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    server = await startServer(world.database, { clock: world.clock });
    lea = await world.signIn("lea.va");
  });
  afterAll(async () => {
    await server.close();
    await world.close();
  });

  it.each(["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])("answers %s with 405 and Allow", async (method) => {
    const trpc = await rawRequest(server.url, method, "/trpc/auth.banner");
    expect(trpc.status).toBe(405);
    expect(trpc.allow).toBe("GET, POST");
    const health = await rawRequest(server.url, method, "/health");
    expect(health.status).toBe(405);
    expect(health.allow).toBe("GET");
  });

  it("a client sending only bookings with a NUL, two at a time, leaves other LEAs most of their booking rate", async () => {
    const book = (tag: string) => mutate(server.url, "bookings.book", { idempotencyKey: `${tag}-${randomUUID()}`, templateId: "T-DEMO-0003", charges: ["1201"] }, { token: lea });
    /** Bookings 4 honest clients get acknowledged in `ms`, with or without the hostile client beside them. */
    const phase = async (ms: number, hostile: boolean): Promise<number> => {
      const until = performance.now() + ms;
      let acknowledged = 0;
      let refused = 0;
      const honest = Array.from({ length: 4 }, async () => {
        while (performance.now() < until) if ((await book("honest")).status === 200) acknowledged++;
      });
      const flood = Array.from({ length: hostile ? 2 : 0 }, async () => {
        while (performance.now() < until) {
          const answer = await mutate(server.url, "bookings.book", { idempotencyKey: `nul\u0000${randomUUID()}`, templateId: "T-DEMO-0003\u0000", charges: ["1201"] }, { token: lea });
          if (answer.status === 400) refused++;
        }
      });
      await Promise.all([...honest, ...flood]);
      if (hostile) expect(refused).toBeGreaterThan(0);
      return acknowledged;
    };
    await phase(500, false); // warm-up
    // Alternating phases, so a change in the machine's load falls on both sides of the ratio.
    let alone = 0;
    let beside = 0;
    for (let round = 0; round < 2; round++) {
      alone += await phase(1_500, false);
      beside += await phase(1_500, true);
    }
    expect(alone).toBeGreaterThan(0);
    // Generous: the hostile requests share the CPU (0.66 measured on a loaded machine); it was 0.25 when they reached the database.
    expect(beside / alone).toBeGreaterThan(0.4);
  }, 120_000);
});
