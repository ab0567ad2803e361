import { testBackends } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, errorOf, mutate, query, startServer, type RunningServer } from "../test/http";
import { demoPassword, openWorld, type World } from "../test/world";

describe.each(testBackends())("HTTP guards on $name", (backend) => {
  let world: World;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    world = await openWorld(backend);
    server = await startServer(world.database, { clock: world.clock, });
    token = await world.signIn("sib.va");
  });
  afterAll(async () => {
    await server.close();
    await world.close();
  });

  it("answers GET /health with 200 when the database is reachable", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: backend.name });
  });

  it("signs a browser in with an httpOnly SameSite cookie that then authenticates, and POST /trpc/auth.signOut ends it", async () => {
    const signIn = await mutate(server.url, "auth.signIn", { username: "lea.va", password: demoPassword("lea.va"), channel: "cookie" });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^sc_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//);
    const pair = cookie.split(";")[0] ?? "";
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: pair } });
    expect(dataOf<{ username: string }>(await me.json()).username).toBe("lea.va");
    const out = await fetch(`${server.url}/trpc/auth.signOut`, { method: "POST", headers: { cookie: pair, "content-type": "application/json", "x-sc-csrf": "1" } });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const after = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: pair } });
    expect(after.status).toBe(401);
  });

  it("refuses a mutation posted as multipart/form-data (a cross-site form) and never runs it", async () => {
    const form = new FormData();
    form.set("anything", "1");
    const response = await fetch(`${server.url}/trpc/auth.signOut`, { method: "POST", headers: { authorization: `Bearer ${token}`, "x-sc-csrf": "1" }, body: form });
    expect(response.status).toBe(415);
    expect((await query(server.url, "auth.me", undefined, token)).status).toBe(200); // still signed in
  });

  it("refuses a JSON mutation without the x-sc-csrf header from a foreign Origin, accepts the header", async () => {
    const foreign = await mutate(server.url, "auth.signOut", undefined, { token, headers: { "x-sc-csrf": "", origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign.body).message).toMatch(/x-sc-csrf/);
    const bare = await mutate(server.url, "auth.signOut", undefined, { token, headers: { "x-sc-csrf": "" } });
    expect(bare.status).toBe(403);
    expect((await query(server.url, "auth.me", undefined, token)).status).toBe(200);
  });

  it("names the field and the problem in a validation error, with no stack trace", async () => {
    const response = await mutate(server.url, "auth.signIn", { username: "NOT VALID", password: "" });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.fieldErrors?.map((f) => f.path)).toEqual(["username", "password"]);
    expect(error.message).toMatch(/^username: a username is .*; password: enter the password$/);
    expect(response.text).not.toMatch(/stack|at .*\.ts:\d+/);
  });
});

describe.each(testBackends())("internal errors on $name", (backend) => {
  let world: World;
  let server: RunningServer;
  beforeAll(async () => {
    world = await openWorld(backend);
    server = await startServer(world.database, { clock: world.clock });
  });
  afterAll(async () => {
    await server.close();
    await world.close();
  });

  it("answers 500 with neither a stack trace nor SQL text", async () => {
    const token = await world.signIn("auditor");
    // Break the database under the server: every session lookup now fails in SQL.
    await world.database.db.execute(sql`drop table sessions cascade`);
    const response = await query(server.url, "auth.me", undefined, token);
    expect(response.status).toBe(500);
    expect(errorOf(response.body).message).toBe("internal error: the request was not completed");
    expect(response.text).not.toMatch(/stack|select|sessions|Failed query|\.ts:\d+/i);
  });
});
