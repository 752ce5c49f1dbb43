/**
 * npm run db:new-migration -- <name> [--from <schema file>]
 *
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL for the changes made to
 * prisma/schema.prisma since the newest migration. Needs no database. Review the SQL, then apply
 * it with `npm run db:migrate` (or just `npm start`).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration } from "../../lib/database/create-migration";

const USAGE = "Usage: npm run db:new-migration -- <name> [--from <schema file>]";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(
      `${USAGE}\n\n--from <file>  diff from this schema instead of the one recorded with the newest migration`,
    );
    return;
  }
  const name = positionals.join("_");
  if (!name) throw new Error(`Name the migration, e.g. "add_claims".\n${USAGE}`);

  const created = await createMigration({ name, fromFile: values.from });
  const statements = created.sql.split("\n").filter((line) => /^[A-Z]/.test(line));
  console.log(
    `Wrote ${path.relative(process.cwd(), created.file)} (${statements.length} statements, from ${created.base}).`,
  );
  const destructive = statements.filter((line) => /\bDROP\b/.test(line));
  if (destructive.length > 0) {
    console.log(`It drops things; check that no data is lost:\n  ${destructive.join("\n  ")}`);
  }
  console.log("Review it, then apply it with `npm run db:migrate` (npm start also applies it).");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
