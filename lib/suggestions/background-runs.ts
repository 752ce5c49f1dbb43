import { db } from "../db";
import { startJobWorkers, stopJobWorkers } from "../jobs/registry";

/**
 * For scripts and tests: works the job queue in this process until no suggestion run of the
 * database is queued or running any more (or `timeoutMs` passed), then stops working it.
 */
export async function waitForSuggestionRuns(timeoutMs = 120_000): Promise<void> {
  await startJobWorkers();
  try {
    const deadline = Date.now() + timeoutMs;
    while ((await db.suggestionRun.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) > 0) {
      if (Date.now() > deadline) throw new Error(`Suggestion runs still unfinished after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await stopJobWorkers();
  }
}
