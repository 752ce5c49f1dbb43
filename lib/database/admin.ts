import postgres from "postgres";
import { withDatabase } from "./url";

/**
 * Server-level operations (create, copy and drop databases) for the start and test scripts.
 * They connect to the server's maintenance database "postgres" with the credentials of `url`.
 */

type Sql = postgres.Sql;

/** A short-lived single connection; closed when `fn` settles. */
export async function withConnection<T>(url: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, idle_timeout: 1, onnotice: () => undefined });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function maintenanceUrl(url: string): string {
  return withDatabase(url, "postgres");
}

export async function databaseExists(url: string, name: string): Promise<boolean> {
  return withConnection(maintenanceUrl(url), async (sql) => {
    const rows = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    return rows.length > 0;
  });
}

/** Creates database `name` on the server of `url`, optionally as a copy of `template`. */
export async function createDatabase(url: string, name: string, options: { template?: string } = {}): Promise<void> {
  await withConnection(maintenanceUrl(url), async (sql) => {
    if (options.template) {
      await sql`CREATE DATABASE ${sql(name)} TEMPLATE ${sql(options.template)}`;
    } else {
      await sql`CREATE DATABASE ${sql(name)}`;
    }
  });
}

/** Creates database `name` unless it exists; returns whether it created it. */
export async function ensureDatabase(url: string, name: string): Promise<boolean> {
  if (await databaseExists(url, name)) return false;
  await createDatabase(url, name);
  return true;
}

/** Drops database `name` if it exists, disconnecting whoever is still connected to it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withConnection(maintenanceUrl(url), async (sql) => {
    await sql`DROP DATABASE IF EXISTS ${sql(name)} WITH (FORCE)`;
  });
}
