/**
 * npm run db:migrate
 *
 * Applies pending migrations from prisma/migrations to DATABASE_URL, or, when it is not set, to
 * the embedded database in .data/postgres (which `npm start` also migrates by itself).
 */
import { openAppDatabase } from "../../lib/database/app-database";
import { assertDatabaseReachable } from "../../lib/database/check";
import { applyMigrations, migrationStatus } from "../../lib/database/migrations";
import { redactUrl } from "../../lib/database/url";

async function main(): Promise<void> {
  const database = await openAppDatabase({ onLog: (message) => console.log(message) });
  try {
    const where = database.embedded ? "the embedded database (.data/postgres)" : redactUrl(database.url);
    await assertDatabaseReachable(database.url);
    const started = Date.now();
    const applied = await applyMigrations(database.url);
    const { applied: all } = await migrationStatus(database.url);
    if (applied.length === 0) {
      console.log(`${where} is up to date (${all.length} migrations applied).`);
    } else {
      console.log(`Applied ${applied.length} migration(s) to ${where} in ${Date.now() - started} ms:`);
      for (const name of applied) console.log(`  ${name}`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
