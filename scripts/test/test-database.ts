import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase, withConnection } from "../../lib/database/admin";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";
import { databaseName, describeServer, withDatabase } from "../../lib/database/url";

/**
 * The database a test run uses: never the user's. By default a fresh embedded PostgreSQL in a
 * temporary directory (deleted afterwards); with TEST_DATABASE_URL, a new database
 * wb_test_<random> on that server, dropped afterwards together with every per-file copy made
 * from it (named wb_test_<random>_<suffix>).
 */

export interface TestDatabase {
  /** Migrated, empty database; also the template that integration test files copy. */
  url: string;
  /** "embedded PostgreSQL (temporary)" or "host:port", for messages. */
  where: string;
  /** Milliseconds spent starting the server and applying migrations. */
  timings: { startMs: number; migrateMs: number };
  cleanup(): Promise<void>;
}

async function dropCopies(serverUrl: string, prefix: string): Promise<void> {
  const names = await withConnection(withDatabase(serverUrl, "postgres"), async (sql) => {
    const rows = await sql<{ datname: string }[]>`SELECT datname FROM pg_database WHERE datname LIKE ${`${prefix}%`}`;
    return rows.map((row) => row.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `wb_test_${randomBytes(4).toString("hex")}`;
  const started = Date.now();
  const external = process.env.TEST_DATABASE_URL;
  let url: string;
  let where: string;
  let release: () => Promise<void>;
  if (external) {
    url = withDatabase(external, name);
    where = describeServer(external);
    await createDatabase(external, name);
    release = () => dropCopies(external, name);
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-test-pg-"));
    const server = await startEmbeddedPostgres({ dataDir, database: name, port: 0, volatile: true }).catch(
      async (error: unknown) => {
        await rm(dataDir, { recursive: true, force: true });
        throw error;
      },
    );
    url = server.url;
    where = "embedded PostgreSQL (temporary)";
    release = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const startMs = Date.now() - started;
  try {
    await applyMigrations(url);
  } catch (error) {
    await release();
    throw error;
  }
  let cleaned: Promise<void> | undefined;
  return {
    url,
    where,
    timings: { startMs, migrateMs: Date.now() - started - startMs },
    cleanup: () => (cleaned ??= release()),
  };
}

/** A new database copied from the test template, for one integration test file. */
export async function copyTestDatabase(templateUrl: string): Promise<string> {
  const template = databaseName(templateUrl);
  const name = `${template}_${process.pid}_${randomBytes(3).toString("hex")}`;
  await createDatabase(templateUrl, name, { template });
  return withDatabase(templateUrl, name);
}
