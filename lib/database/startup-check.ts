import { readdir } from "node:fs/promises";
import path from "node:path";
import { withConnection } from "./admin";
import { assertDatabaseReachable } from "./reachability";

/**
 * The check a running server makes when it starts: the database answers and has applied every
 * migration in prisma/migrations. It reads Prisma's `_prisma_migrations` table with plain SQL, so
 * the server does not load the schema engine (scripts use lib/database/check.ts for the full check).
 */
export async function assertServerDatabaseReady(
  url: string,
  migrationsDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations"),
): Promise<void> {
  await assertDatabaseReachable(url);
  const folder = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const applied = await withConnection(url, async (sql) => {
    const [table] = await sql<{ exists: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`;
    if (!table?.exists) return [];
    const rows = await sql<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return rows.map((r) => r.migration_name);
  });
  const pending = folder.filter((name) => !applied.includes(name)).sort();
  if (pending.length > 0) {
    throw new Error(
      `The database is behind on migrations: ${pending.length} pending (${pending.join(", ")}). Run \`npm run db:migrate\`.`,
    );
  }
  const unknown = applied.filter((name) => !folder.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `The database has applied migrations that prisma/migrations does not have (${unknown.join(", ")}). ` +
        "It was migrated by a newer version of the app: update the code, or use another database.",
    );
  }
}
