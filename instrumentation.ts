/**
 * Runs once when a Next.js server process starts: refuse to serve with a database that is
 * unreachable or behind on migrations, with one clear sentence instead of errors on every request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const { assertDatabaseReady } = await import("./lib/database/check");
  try {
    await assertDatabaseReady(env().DATABASE_URL);
  } catch (error) {
    process.stderr.write(`\nThe workbench cannot start: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  }
}
