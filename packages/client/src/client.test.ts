// The typed client against a real server on fresh PGlite: sign in, call, read errors.
import type { AddressInfo } from "node:net";
import { createApiServer, seedDemoWorld, systemClock } from "@sc/api";
import { createDb, type Database } from "@sc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, describeError } from "./index";

describe("createClient", () => {
  let database: Database;
  let server: ReturnType<typeof createApiServer>;
  let url: string;
  beforeAll(async () => {
    database = await createDb({ kind: "pglite" });
    await seedDemoWorld(database.db, systemClock);
    server = createApiServer({ database });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  it("signs in, calls a procedure with the token, and signs out", async () => {
    const anonymous = createClient({ url });
    expect((await anonymous.auth.banner.query()).text).toMatch(/audit log/);
    const { token } = await anonymous.auth.signIn.mutate({ username: "lea.va", password: "demo-lea.va-2026" });
    const api = createClient({ url, token });
    const answer = await api.classification.classify.query({ code: "0901" });
    expect(answer).toMatchObject({ status: "classified", level: 1, category: "Homicide" });
    await api.auth.signOut.mutate();
    const after = await api.auth.me.query().catch((e: unknown) => describeError(e));
    expect(after).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("surfaces field errors from a bad input", async () => {
    const failure = await createClient({ url })
      .auth.signIn.mutate({ username: "Bad Name", password: "x" })
      .catch((e: unknown) => describeError(e));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", fieldErrors: [{ path: "username" }] });
  });
});
