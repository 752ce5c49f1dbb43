/**
 * Runs once when a Next.js server process starts. The Node.js part refuses to serve with a
 * database that is unreachable or behind on migrations (see lib/server-startup.ts).
 */
export async function register(): Promise<void> {
  // Build workers load this file too; only a serving process checks the database.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkServerStartup } = await import("./lib/server-startup");
    await checkServerStartup();
    // Every app process also works the background job queue (lib/jobs).
    const { startJobWorkers } = await import("./lib/jobs/registry");
    await startJobWorkers();
  }
}
