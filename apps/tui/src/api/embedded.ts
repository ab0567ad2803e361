// `sc --embedded`: the API in this process, on the embedded database in SC_DATA_DIR
// (the same default as the API server: .data/ at the repo root). It is the real
// server (createApiServer, as packages/api's main.ts runs it) listening on a
// loopback port only this process is told, so the terminal app talks to it
// through the same typed client as to a remote server: one code path.
import type { AddressInfo } from "node:net";
import { createApiServer, projectStatisticsColumns, seedDemoWorld, seedFlow, seedMoa, systemClock } from "@sc/api";
import { createDb, DataDirInUseError } from "@sc/db";
import { UserError } from "./errors";

export interface EmbeddedApi {
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function startEmbeddedApi(dataDir: string, progress: (message: string) => void = () => undefined): Promise<EmbeddedApi> {
  progress(`opening the embedded database in ${dataDir}`);
  let database;
  try {
    database = await createDb({ kind: "pglite", dataDir });
  } catch (error) {
    if (error instanceof DataDirInUseError) throw new UserError(error.message, "unreachable");
    throw error;
  }
  progress("checking the demo world (seeded into an empty database)");
  await projectStatisticsColumns(database.db);
  await seedDemoWorld(database.db, systemClock, [seedFlow, seedMoa]);
  const server = createApiServer({ database });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
    },
  };
}
