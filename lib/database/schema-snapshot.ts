import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The Prisma schema as of the newest migration, kept next to the migrations. A new migration is
 * the difference between this snapshot and the edited schema, so it never repeats changes that
 * an earlier, possibly uncommitted, migration already made. The first line names the migration
 * the snapshot belongs to; a migration added by other means leaves it behind, which
 * `db:new-migration` detects instead of writing a wrong diff. Prisma ignores the file: it only
 * reads the subdirectories of prisma/migrations.
 */

export const SNAPSHOT_FILE_NAME = "schema.snapshot.prisma";

const HEADER = /^\/\/ Schema as of migration (\S+)\./;

export interface SchemaSnapshot {
  /** The migration the snapshot was taken with. */
  migration: string;
  /** The schema text, header removed. */
  content: string;
}

export async function readSchemaSnapshot(migrationsDir: string): Promise<SchemaSnapshot | undefined> {
  const text = await readFile(path.join(migrationsDir, SNAPSHOT_FILE_NAME), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const [first = "", ...rest] = text.split("\n");
  const match = HEADER.exec(first);
  if (!match) return undefined;
  // Drop the second header line (the "do not edit" note) as well.
  return { migration: match[1]!, content: rest.slice(1).join("\n") };
}

export async function writeSchemaSnapshot(migrationsDir: string, migration: string, schema: string): Promise<void> {
  const header =
    `// Schema as of migration ${migration}.\n` +
    "// Written by `npm run db:new-migration` to diff the next change against; do not edit.\n";
  await writeFile(path.join(migrationsDir, SNAPSHOT_FILE_NAME), header + schema);
}
