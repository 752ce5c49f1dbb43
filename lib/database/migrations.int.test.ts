import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, withConnection } from "./admin";
import { applyMigrations, listMigrationNames, migrationStatus } from "./migrations";
import { databaseName, withDatabase } from "./url";

// DATABASE_URL is this file's own migrated copy; these tests make empty databases next to it.
const serverUrl = process.env.DATABASE_URL!;
const created: string[] = [];

async function emptyDatabase(suffix: string): Promise<string> {
  const name = `${databaseName(serverUrl)}_${suffix}`;
  await createDatabase(serverUrl, name);
  created.push(name);
  return withDatabase(serverUrl, name);
}

async function tables(url: string): Promise<string[]> {
  return withConnection(url, async (sql) => {
    const rows = await sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    return rows.map((row) => row.table_name);
  });
}

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe("applyMigrations", () => {
  it("brings an empty database up to date, once", async () => {
    const url = await emptyDatabase("empty");
    const local = await listMigrationNames();
    expect(local.length).toBeGreaterThan(0);
    expect(await migrationStatus(url)).toEqual({ applied: [], pending: local, failed: [], edited: [], unknown: [] });

    expect(await applyMigrations(url)).toEqual(local);
    expect(await tables(url)).toEqual(expect.arrayContaining(["_prisma_migrations", "User", "Project", "Article"]));
    expect(await migrationStatus(url)).toEqual({ applied: local, pending: [], failed: [], edited: [], unknown: [] });

    expect(await applyMigrations(url)).toEqual([]);
  });
});

describe("with a migration added to the folder", () => {
  let migrationsDir: string;
  const extra = "29991231235959_add_extra";

  beforeAll(async () => {
    migrationsDir = await mkdtemp(path.join(os.tmpdir(), "wb-migrations-"));
    await cp("prisma/migrations", migrationsDir, { recursive: true });
    await mkdir(path.join(migrationsDir, extra));
    await writeFile(
      path.join(migrationsDir, extra, "migration.sql"),
      'CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY);\n',
    );
  });
  afterAll(() => rm(migrationsDir, { recursive: true, force: true }));

  it("reports it as pending, then applies only it", async () => {
    const url = await emptyDatabase("extra");
    const local = await listMigrationNames();
    await applyMigrations(url);

    const status = await migrationStatus(url, { migrationsDir });
    expect(status.pending).toEqual([extra]);
    expect(status.applied).toEqual(local);

    expect(await applyMigrations(url, { migrationsDir })).toEqual([extra]);
    expect(await tables(url)).toContain("Extra");
    expect((await migrationStatus(url, { migrationsDir })).pending).toEqual([]);
  });

  it("records a migration that fails, and reports it as failed", async () => {
    const url = await emptyDatabase("failing");
    const broken = "29991231235958_broken";
    await mkdir(path.join(migrationsDir, broken));
    await writeFile(
      path.join(migrationsDir, broken, "migration.sql"),
      'ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n',
    );
    try {
      await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/Applying migrations to .* failed/);
      expect((await migrationStatus(url, { migrationsDir })).failed).toEqual([broken]);
    } finally {
      await rm(path.join(migrationsDir, broken), { recursive: true });
    }
  });
});
