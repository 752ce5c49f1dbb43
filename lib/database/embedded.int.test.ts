import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withConnection } from "./admin";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { isPortFree } from "./ports";

const dirs: string[] = [];
const servers: EmbeddedPostgres[] = [];

async function start(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir, database: "wb_embedded", port, volatile: true });
  servers.push(server);
  return server;
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("initialises a cluster, creates the database, keeps data across restarts and stops cleanly", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-embedded-"));
    dirs.push(dataDir);

    const first = await start(dataDir);
    expect(first.url).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/wb_embedded$/);
    const encoding = await withConnection(first.url, async (sql) => {
      await sql`CREATE TABLE kept (word text)`;
      await sql`INSERT INTO kept VALUES ('خبر')`;
      const [row] = await sql<{ encoding: string }[]>`SELECT current_setting('server_encoding') AS encoding`;
      return row!.encoding;
    });
    expect(encoding).toBe("UTF8");
    await first.stop();
    await first.stop();
    expect(await isPortFree(first.port)).toBe(true);

    // A crash leaves postmaster.pid behind; the next start must not be blocked by it.
    await writeFile(path.join(dataDir, "postmaster.pid"), `999999\n${dataDir}\n`);
    const second = await start(dataDir, first.port);
    const words = await withConnection(second.url, (sql) => sql<{ word: string }[]>`SELECT word FROM kept`);
    expect(words.map((row) => row.word)).toEqual(["خبر"]);
    await second.stop();
  });

  it("uses another port when the preferred one is taken", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-embedded-"));
    dirs.push(dataDir);
    const blocker = await start(await mkdtemp(path.join(os.tmpdir(), "wb-embedded-")));
    dirs.push(blocker.dataDir);
    const server = await start(dataDir, blocker.port);
    expect(server.port).not.toBe(blocker.port);
    await expect(withConnection(server.url, (sql) => sql`SELECT 1`)).resolves.toHaveLength(1);
  });
});
