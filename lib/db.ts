import { PrismaPg } from "@prisma/adapter-pg";
import postgres from "postgres";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one place the app reaches PostgreSQL. `db` is the Prisma client (password hashes are
 * omitted unless a query asks for them); `sql`, `searchSql` and `streamSql` are postgres.js for
 * what an ORM does badly: LISTEN/NOTIFY, full-text search, cursors and COPY streams, and the two
 * hottest paths (token sign-in and span creation), where a dozen ORM round trips became two
 * statements. All connect lazily on first use.
 */
function createPrisma(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Globals = {
  __prisma?: PrismaClient;
  __sql?: postgres.Sql;
  __streamSql?: postgres.Sql;
  __searchSql?: postgres.Sql;
  __searchPlannedSql?: postgres.Sql;
};
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

function connect(max: number, connection: Record<string, string> = {}): postgres.Sql {
  return postgres(process.env.DATABASE_URL ?? "", {
    max,
    onnotice: () => undefined,
    types: { timestampUtc },
    connection,
  });
}

/**
 * postgres.js for short statements: the hot paths (token sign-in, span creation). One connection
 * by default, on purpose: concurrent requests' statements are pipelined on it and go out in one
 * write, and a socket write was what a span creation cost most (see the README's performance
 * section); every statement here is an index lookup or a single-row write, so none holds the
 * others up for long. Nothing may hold it in a transaction: long work uses `streamSql`.
 * `SQL_POOL_MAX` raises it for a busier database server.
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

/** What both search pools set on their connections: the plans search's statements are written for. */
const SEARCH_SETTINGS = { enable_seqscan: "off", join_collapse_limit: "1", from_collapse_limit: "1" } as const;

/**
 * postgres.js for full-text search, two pools whose connections fix the planner settings, so a
 * search needs no transaction to set them and its statements go out together. The planner prices a
 * text match like a comparison, not as the read of a stored vector it is, so sequential scans are
 * ruled out in favour of the GIN and ordered indexes, and joins run in the order written (each
 * statement picks a page of ids, then joins by key). The two differ in when a statement is planned:
 *
 * - `searchSql` keeps each statement's plan: a search's statements are written so that the way to
 *   its rows is chosen as they run (how common the words are, read from the newest rows; see
 *   lib/search/search-project.ts), not by the planner, and planning them again for every search
 *   was about half of a search's database time.
 * - `searchPlannedSql` plans each statement for its own words and values: for the statements whose
 *   way is left to the planner (the page past the newest matches, filters that narrow a kind:
 *   which to start from depends on the values), where a plan made for "any words" cannot tell a
 *   common word from a rare one.
 *
 * Each has `SEARCH_POOL_MAX` connections (default 2).
 */
export function searchSql(): postgres.Sql {
  globals.__searchSql ??= connect(env().SEARCH_POOL_MAX, { ...SEARCH_SETTINGS, plan_cache_mode: "force_generic_plan" });
  return globals.__searchSql;
}

/** See `searchSql`. */
export function searchPlannedSql(): postgres.Sql {
  globals.__searchPlannedSql ??= connect(env().SEARCH_POOL_MAX, {
    ...SEARCH_SETTINGS,
    plan_cache_mode: "force_custom_plan",
  });
  return globals.__searchPlannedSql;
}

/** Closes every client; for scripts and tests. */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  for (const key of ["__sql", "__streamSql", "__searchSql", "__searchPlannedSql"] as const) {
    await globals[key]?.end({ timeout: 5 });
    globals[key] = undefined;
  }
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
