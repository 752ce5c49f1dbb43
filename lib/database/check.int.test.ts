import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase } from "./admin";
import { assertDatabaseReady } from "./check";
import { listMigrationNames } from "./migrations";
import { findFreePort } from "./ports";
import { databaseName, describeServer, withDatabase } from "./url";

// DATABASE_URL is this file's own copy of the migrated test database.
const migratedUrl = process.env.DATABASE_URL!;
const emptyName = `${databaseName(migratedUrl)}_unmigrated`;

afterAll(() => dropDatabase(migratedUrl, emptyName));

describe("assertDatabaseReady", () => {
  it("accepts a reachable, fully migrated database", async () => {
    await expect(assertDatabaseReady(migratedUrl)).resolves.toBeUndefined();
  });

  it("says the server cannot be reached, without printing the password", async () => {
    const port = await findFreePort();
    const url = `postgresql://someone:s3cret-pw@127.0.0.1:${port}/workbench`;
    const failure = assertDatabaseReady(url);
    await expect(failure).rejects.toThrow(
      `Cannot reach PostgreSQL at 127.0.0.1:${port}: connection refused. ` +
        "Start the server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.",
    );
    await expect(failure).rejects.not.toThrow(/s3cret/);
  });

  it("names a database that does not exist", async () => {
    const url = withDatabase(migratedUrl, "wb_no_such_database");
    await expect(assertDatabaseReady(url)).rejects.toThrow(
      `Cannot reach PostgreSQL at ${describeServer(url)}: database "wb_no_such_database" does not exist.`,
    );
  });

  it("says how many migrations an unmigrated database lacks and how to apply them", async () => {
    await createDatabase(migratedUrl, emptyName);
    const pending = await listMigrationNames();
    await expect(assertDatabaseReady(withDatabase(migratedUrl, emptyName))).rejects.toThrow(
      `The database is behind on migrations: ${pending.length} pending (${pending.join(", ")}). Run \`npm run db:migrate\`.`,
    );
  });
});
