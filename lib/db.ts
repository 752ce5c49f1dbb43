import { PrismaPg } from "@prisma/adapter-pg";
import postgres from "postgres";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one place the app reaches PostgreSQL. `db` is the Prisma client (password hashes are
 * omitted unless a query asks for them); `sql` and `streamSql` are postgres.js for what an ORM
 * does badly: LISTEN/NOTIFY, full-text search, cursors and COPY streams, and the two hottest
 * paths (token sign-in and span creation), where a dozen ORM round trips became two statements.
 * All connect lazily on first use.
 */
function createPrisma(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Globals = { __prisma?: PrismaClient; __sql?: postgres.Sql; __streamSql?: postgres.Sql };
const globals = globalThis as unknown as Globals;

export const db: PrismaClient = globals.__prisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globals.__prisma = db;

/**
 * Prisma keeps DateTime columns as `timestamp(3)` holding UTC; postgres.js would read those in
 * the process's local time zone. Read and write them as UTC here too, so both clients agree.
 */
const timestampUtc = {
  to: 1114,
  from: [1114],
  serialize: (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString(),
  parse: (value: string) => new Date(`${value.replace(" ", "T")}Z`),
};

function connect(max: number): postgres.Sql {
  return postgres(process.env.DATABASE_URL ?? "", { max, onnotice: () => undefined, types: { timestampUtc } });
}

/**
 * postgres.js for short statements: the hot paths (token sign-in, span creation, search). Few
 * connections on purpose: concurrent requests then share them and their statements go out in
 * one write, which on these machines is what a request costs most (see the README's performance
 * section). `SQL_POOL_MAX` raises it for a database with more cores.
 */
export function sql(): postgres.Sql {
  globals.__sql ??= connect(env().SQL_POOL_MAX);
  return globals.__sql;
}

/**
 * postgres.js for work that holds a connection for long (an export's snapshot and cursors, COPY
 * streams), kept apart so a large export never makes the short statements wait.
 */
export function streamSql(): postgres.Sql {
  globals.__streamSql ??= connect(4);
  return globals.__streamSql;
}

/** Closes every client; for scripts and tests. */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  for (const key of ["__sql", "__streamSql"] as const) {
    await globals[key]?.end({ timeout: 5 });
    globals[key] = undefined;
  }
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
