/**
 * npm start            the workbench at http://localhost:3000 (PORT to change it)
 * npm run dev          the same with `next dev` (hot reload)
 *
 * Without DATABASE_URL, runs an embedded PostgreSQL whose data stays in .data/postgres. Applies
 * migrations, makes sure there is a NEXTAUTH_SECRET (kept in .data/auth-secret), seeds the sample
 * project on an empty database, builds the app when its sources changed, and runs it. Ctrl-C
 * (SIGINT), SIGTERM and SIGHUP stop the app, then the database; a second signal stops them at
 * once. The embedded database is supervised: if it dies it is started again (see
 * lib/database/supervise.ts). If this process itself is killed, the app server stops on its own
 * (scripts/support/exit-with-parent.cjs) and the next start stops the orphaned database.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { APP_DATA_DIR, openAppDatabase, type AppDatabase } from "../lib/database/app-database";
import { assertDatabaseReachable } from "../lib/database/check";
import { applyMigrations } from "../lib/database/migrations";
import { isPortFree } from "../lib/database/ports";
import { superviseEmbeddedPostgres, type Supervision } from "../lib/database/supervise";
import { redactUrl } from "../lib/database/url";
import { publicAppUrl } from "./support/app-url";
import { buildNext, nextEnv, staleBuildReason, startNext, type NextServer } from "./support/next-app";

const SECRET_FILE = path.join(APP_DATA_DIR, "auth-secret");

function fail(message: string): never {
  throw new Error(message);
}

function requestedPort(): number {
  const text = process.env.PORT ?? "3000";
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`PORT must be a number from 1 to 65535, not "${text}".`);
  return port;
}

/** NEXTAUTH_SECRET from the environment, else one generated on first start and kept (mode 600). */
async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const stored = (await readFile(SECRET_FILE, "utf8").catch(() => "")).trim();
  if (stored) return stored;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(APP_DATA_DIR, { recursive: true });
  await writeFile(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Our parent and, when it is a `sh -c` wrapper (as under npm), the shell's parent too. */
async function startingProcesses(): Promise<number[]> {
  const parent = process.ppid;
  if (parent <= 1) return [];
  const cmdline = (await readFile(`/proc/${parent}/cmdline`, "utf8").catch(() => "")).split("\0");
  if (!/(^|\/)(sh|dash|bash)$/.test(cmdline[0] ?? "") || cmdline[1] !== "-c") return [parent];
  const stat = await readFile(`/proc/${parent}/stat`, "utf8").catch(() => "");
  const grandparent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  return Number.isInteger(grandparent) && grandparent > 1 ? [parent, grandparent] : [parent];
}

async function seed(): Promise<string[]> {
  // Imported only now: lib modules read DATABASE_URL when first used.
  const { seedSampleData } = await import("../lib/seed/seed-sample");
  const { disconnectDb } = await import("../lib/db");
  try {
    const result = await seedSampleData();
    if (!result.created) return [`Sign in as ${result.adminEmail} (its password was shown on the first start).`];
    const password = process.env.ADMIN_PASSWORD ? "the password in ADMIN_PASSWORD" : `password ${result.adminPassword}`;
    return [
      `Created the administrator and the "Sample corpus" project.`,
      `Sign in as ${result.adminEmail} with ${password}`,
      ...(process.env.ADMIN_PASSWORD ? [] : ["(shown only this once: note it, then change it under Settings)."]),
    ];
  } finally {
    await disconnectDb();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dev: { type: "boolean" } } });
  const mode = values.dev ? "dev" : "start";
  const port = requestedPort();
  const host = process.env.HOST ?? "127.0.0.1";
  if (!(await isPortFree(port, host))) {
    fail(`Port ${port} is already in use. Stop what is using it, or pick another port: PORT=3001 npm start`);
  }

  let database: AppDatabase | undefined;
  let server: NextServer | undefined;
  let supervision: Supervision | undefined;
  let stopping = false;
  const shutdown = async (code: number): Promise<never> => {
    stopping = true;
    supervision?.stop();
    await server?.stop();
    await database?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) {
        // A second signal: do not wait for a clean stop.
        server?.child.kill("SIGKILL");
        const pid = database?.server?.pid();
        if (pid) process.kill(pid, "SIGQUIT");
        process.exit(1);
      }
      console.log(`\nStopping (${signal})…`);
      void shutdown(0);
    });
  }
  // `npm start` runs us through `sh -c`, and npm forwards SIGTERM to that shell, which dies
  // without passing it on, and does not forward SIGHUP at all. So we watch the processes that
  // started us and stop, as if signalled, when one of them is gone, instead of running on unseen.
  const starters = await startingProcesses();
  setInterval(() => {
    if (!stopping && starters.some((pid) => !isAlive(pid))) {
      console.log("\nThe process that started the workbench is gone; stopping…");
      void shutdown(0);
    }
  }, 1_000).unref();

  try {
    database = await openAppDatabase({ onLog: (message) => console.log(message) });
    console.log(
      database.embedded
        ? `Database: embedded PostgreSQL, data in ${path.join(APP_DATA_DIR, "postgres")}`
        : `Database: ${redactUrl(database.url)}`,
    );
    if (database.server)
      supervision = superviseEmbeddedPostgres(database.server, { onLog: (message) => console.log(message) });
    await assertDatabaseReachable(database.url);
    const applied = await applyMigrations(database.url);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "Database schema is up to date.",
    );

    const appUrl = publicAppUrl(process.env.NEXTAUTH_URL, host, port);
    const secret = await authSecret();
    const runtime = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: appUrl,
      AUTH_TRUST_HOST: "true",
    };
    Object.assign(process.env, runtime);
    const signIn = await seed();

    const preload = `--require "${path.resolve("scripts/support/exit-with-parent.cjs")}"`;
    const env = nextEnv({ ...runtime, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") });
    // WORKBENCH_USE_BUILD=1 serves the existing build as it is (images built ahead, process tests).
    if (mode === "start" && process.env.WORKBENCH_USE_BUILD !== "1") {
      const reason = await staleBuildReason();
      if (reason) {
        console.log(`Building the app for production (${reason}); this takes a minute or two…`);
        await buildNext(env);
      }
    }
    server = await startNext({ mode, port, host, env: mode === "start" ? { ...env, NODE_ENV: "production" } : env });
    console.log(`\nThe workbench is running at ${appUrl}`);
    for (const line of signIn) console.log(line);
    console.log("Press Ctrl-C to stop.\n");

    const code = await server.exited;
    if (!stopping) {
      console.error(`The app server stopped (exit code ${code}).`);
      await shutdown(code === 0 ? 1 : code);
    }
  } catch (error) {
    if (stopping) return;
    stopping = true;
    supervision?.stop();
    await server?.stop();
    await database?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nCould not start the workbench: ${message}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
