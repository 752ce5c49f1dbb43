import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { enqueueProjectWork, isRunLive, whileLive, yieldToRequests } from "./background-runs";
import { loadEntitiesForMatching } from "./load-entities-for-matching";
import { refreshArticleSuggestions } from "./refresh-article-suggestions";

/** A run that shows no progress for this long, and that no live process owns, was interrupted. */
const STALE_AFTER_MS = 2 * 60_000;
/** Progress is written at most this often (and after the last article). */
const PROGRESS_EVERY_MS = 500;

export const suggestionRunSelect = {
  id: true, projectId: true, trigger: true, status: true, total: true, done: true, proposed: true, error: true,
  createdAt: true, startedAt: true, finishedAt: true, updatedAt: true, createdBy: { select: { id: true, name: true } },
} as const;

type TRunRow = Awaited<ReturnType<typeof readRun>>;

function readRun(id: string) {
  return db.suggestionRun.findUnique({ where: { id }, select: suggestionRunSelect });
}

/** The run as the API shows it: with `percent`, and an interrupted run reported as failed. */
async function present(run: NonNullable<TRunRow>) {
  const active = run.status === "QUEUED" || run.status === "RUNNING";
  if (active && !isRunLive(run.id) && Date.now() - run.updatedAt.getTime() > STALE_AFTER_MS) {
    const failed = await db.suggestionRun.update({
      where: { id: run.id },
      data: { status: "FAILED", error: "Interrupted: the server stopped before the run finished. Start it again.", finishedAt: new Date() },
      select: suggestionRunSelect,
    });
    return { ...failed, percent: failed.total ? Math.round((100 * failed.done) / failed.total) : 0 };
  }
  return { ...run, percent: run.total ? Math.round((100 * run.done) / run.total) : run.status === "DONE" ? 100 : 0 };
}

/** Reads the articles one by one, writing progress as it goes; records a failure instead of throwing. */
async function executeRun(runId: string): Promise<void> {
  const run = await db.suggestionRun.update({ where: { id: runId }, data: { status: "RUNNING", startedAt: new Date() }, select: { projectId: true, articleIds: true } });
  const ids = run.articleIds.length
    ? run.articleIds
    : (await db.article.findMany({ where: { projectId: run.projectId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true } })).map((a) => a.id);
  await db.suggestionRun.update({ where: { id: runId }, data: { total: ids.length } });
  const entities = await loadEntitiesForMatching(run.projectId);
  let done = 0;
  let proposed = 0;
  let failed = 0;
  let lastError = "";
  let lastWrite = Date.now();
  for (const articleId of ids) {
    try {
      proposed += (await refreshArticleSuggestions(articleId, { entities })).created;
    } catch (error) {
      failed++;
      lastError = error instanceof Error ? error.message : String(error);
    }
    done++;
    if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) {
      await db.suggestionRun.update({ where: { id: runId }, data: { done, proposed } });
      lastWrite = Date.now();
    }
    await yieldToRequests();
  }
  const error = failed ? `${failed} of ${ids.length} articles could not be read; the last error: ${lastError}` : "";
  await db.suggestionRun.update({ where: { id: runId }, data: { done, proposed, error, status: failed && failed === ids.length ? "FAILED" : "DONE", finishedAt: new Date() } });
}

/** Runs and, if the run itself breaks (not one article), records why on its row. */
async function runRecordingFailure(runId: string): Promise<void> {
  try {
    await whileLive(runId, () => executeRun(runId));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.suggestionRun.update({ where: { id: runId }, data: { status: "FAILED", error: message.slice(0, 2000), finishedAt: new Date() } });
  }
}

/** The last resort when even recording a failure failed: the server log. */
async function logCrash(context: Record<string, unknown>, error: unknown): Promise<void> {
  console.error("A suggestion run failed and its failure could not be recorded", { ...context, error });
}

function queue(projectId: string, runId: string): void {
  enqueueProjectWork(projectId, runId, () => runRecordingFailure(runId), (error) => logCrash({ runId }, error));
}

/**
 * Starts suggestions over the whole project in the background and returns the queued run at
 * once; if a run the caller could start is already queued or running, that one is returned.
 */
export async function startSuggestionRun(options: { actor: ActingUser; projectId: string }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "ANALYST");
  const active = await db.suggestionRun.findFirst({
    where: { projectId, trigger: "MANUAL", status: { in: ["QUEUED", "RUNNING"] } },
    orderBy: { createdAt: "desc" },
    select: suggestionRunSelect,
  });
  if (active) {
    const shown = await present(active);
    if (shown.status !== "FAILED") return { run: shown, started: false };
  }
  const run = await db.$transaction(async (tx) => {
    const created = await tx.suggestionRun.create({ data: { projectId, trigger: "MANUAL", articleIds: [], createdById: actor.id }, select: suggestionRunSelect });
    await recordAudit(tx, { actorId: actor.id, projectId, action: "suggestions.run", entityType: "SuggestionRun", entityId: created.id, after: created });
    return created;
  });
  queue(projectId, run.id);
  return { run: await present(run), started: true };
}

/**
 * After an import: queue suggestions for the new articles without delaying the import. Returns at
 * once; the run row is written in the background, and a failure is recorded on it.
 */
export function scheduleSuggestionsAfterImport(options: { projectId: string; actorId: string | null; articleIds: string[] }): void {
  const { projectId, actorId, articleIds } = options;
  if (articleIds.length === 0) return;
  const key = `import:${projectId}:${articleIds[0] ?? ""}`;
  enqueueProjectWork(
    projectId,
    key,
    async () => {
      const run = await db.suggestionRun.create({ data: { projectId, trigger: "IMPORT", articleIds, createdById: actorId }, select: { id: true } });
      await runRecordingFailure(run.id);
    },
    (error) => logCrash({ projectId, articles: articleIds.length }, error),
  );
}

/** One run's status and progress. */
export async function getSuggestionRun(options: { actor: ActingUser; runId: string }) {
  const run = await readRun(options.runId);
  if (!run) throw new NotFoundError("Suggestion run");
  await requireMembership(options.actor, run.projectId, "ANALYST", "Suggestion run");
  return present(run);
}

/** The project's most recent runs, newest first. */
export async function listSuggestionRuns(options: { actor: ActingUser; projectId: string; limit?: number }) {
  await requireMembership(options.actor, options.projectId);
  const runs = await db.suggestionRun.findMany({
    where: { projectId: options.projectId },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 10, 50),
    select: suggestionRunSelect,
  });
  return Promise.all(runs.map(present));
}
