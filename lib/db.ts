import { PrismaPg } from "@prisma/adapter-pg";
import postgres from "postgres";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one place the app reaches PostgreSQL. `db` is the Prisma client (password hashes are
 * omitted unless a query asks for them); `sql` is postgres.js for what an ORM does badly:
 * LISTEN/NOTIFY, cursors and COPY streams. Both connect lazily on first use.
 */
function createPrisma(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Globals = { __prisma?: PrismaClient; __sql?: postgres.Sql };
const globals = globalThis as unknown as Globals;

export const db: PrismaClient = globals.__prisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globals.__prisma = db;

export function sql(): postgres.Sql {
  globals.__sql ??= postgres(process.env.DATABASE_URL ?? "", { max: 4, onnotice: () => undefined });
  return globals.__sql;
}

/** Closes both clients; for scripts and tests. */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  if (globals.__sql) {
    await globals.__sql.end({ timeout: 5 });
    globals.__sql = undefined;
  }
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
