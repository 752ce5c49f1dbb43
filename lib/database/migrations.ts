import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { withConnection } from "./admin";
import { engineErrorMessage, NO_EXTERNAL_ENTITIES, withSchemaEngine } from "./schema-engine";
import { redactUrl } from "./url";

/**
 * Applies and inspects the migrations in prisma/migrations, in Prisma's own layout and with
 * Prisma's own bookkeeping table (_prisma_migrations), so `prisma migrate deploy` on a machine
 * with the native engine sees exactly the same history.
 */

export const DEFAULT_MIGRATIONS_DIR = "prisma/migrations";
export const LOCKFILE_NAME = "migration_lock.toml";
export const MIGRATION_FILE_NAME = "migration.sql";

export interface MigrationOptions {
  /** Defaults to prisma/migrations under the current directory. */
  migrationsDir?: string;
}

export interface MigrationStatus {
  /** Migrations recorded as applied in the database, oldest first. */
  applied: string[];
  /** Migrations in the folder that the database has not applied yet. */
  pending: string[];
  /** Migrations that started and failed; Prisma refuses to apply more until they are resolved. */
  failed: string[];
  /** Applied migrations whose migration.sql changed since it was applied. */
  edited: string[];
  /** Migrations the database has applied that the folder does not have. */
  unknown: string[];
}

function resolveDir(options: MigrationOptions): string {
  return path.resolve(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
}

/**
 * Reads the migrations folder the way the Prisma CLI does: every subdirectory is a migration,
 * sorted by name, with its SQL in migration.sql (a missing file is passed on as an error for
 * the engine to report); the lockfile may be absent.
 */
export async function readMigrationsList(options: MigrationOptions = {}): Promise<MigrationList> {
  const baseDir = resolveDir(options);
  const lockfile = await readFile(path.join(baseDir, LOCKFILE_NAME), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  directories.sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE_NAME,
        content: await readFile(path.join(baseDir, name, MIGRATION_FILE_NAME), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: LOCKFILE_NAME, content: lockfile },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Names of the migrations in the folder, oldest first. */
export async function listMigrationNames(options: MigrationOptions = {}): Promise<string[]> {
  const list = await readMigrationsList(options);
  return list.migrationDirectories.map((directory) => directory.path);
}

/**
 * Applies every pending migration, in order, each in its own transaction, and returns the names
 * of those it applied (none when the database is up to date). Safe to call on every start.
 */
export async function applyMigrations(databaseUrl: string, options: MigrationOptions = {}): Promise<string[]> {
  const migrationsList = await readMigrationsList(options);
  try {
    const output = await withSchemaEngine(databaseUrl, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_ENTITIES }),
    );
    return output.appliedMigrationNames;
  } catch (error) {
    throw new Error(`Applying migrations to ${redactUrl(databaseUrl)} failed: ${engineErrorMessage(error)}`, {
      cause: error,
    });
  }
}

async function appliedMigrationNames(databaseUrl: string): Promise<string[]> {
  return withConnection(databaseUrl, async (sql) => {
    const rows = await sql<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY started_at, migration_name`;
    return rows.map((row) => row.migration_name);
  });
}

/** Compares the migrations folder with what the database has applied. Changes nothing. */
export async function migrationStatus(databaseUrl: string, options: MigrationOptions = {}): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(options);
  const diagnosis = await withSchemaEngine(databaseUrl, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_EXTERNAL_ENTITIES }),
  ).catch((error: unknown) => {
    throw new Error(`Reading the migration history of ${redactUrl(databaseUrl)} failed: ${engineErrorMessage(error)}`, {
      cause: error,
    });
  });
  const history = diagnosis.history;
  const pending =
    history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unknown = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  return {
    applied: diagnosis.hasMigrationsTable ? await appliedMigrationNames(databaseUrl) : [],
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    unknown,
  };
}
