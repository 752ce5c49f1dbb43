import { db, type Tx } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { loadProjectPlaces, proposeIncidentsForArticle } from "../incidents/propose-incidents";
import { defineJob, enqueueJob, recordingFailure, type JobContext, type JobResult } from "../jobs/queue";
import { requireMembership } from "../projects/require-membership";
import { loadEntitiesForMatching } from "./load-entities-for-matching";
import { refreshArticleSuggestions } from "./refresh-article-suggestions";

/**
 * Suggestion runs over many articles are jobs on the PostgreSQL-backed queue (lib/jobs/queue.ts):
 * any app process runs them, one run of a project at a time; a run whose process died is taken
 * up by another (or the same, restarted) process once its lease runs out and resumes after the
 * last article whose progress was saved. Reading an article again is harmless: a run replaces
 * the article's open suggestions with the same derived ids.
 */

export const suggestionRunSelect = {
  id: true,
  projectId: true,
  trigger: true,
  status: true,
  total: true,
  done: true,
  incidentsDone: true,
  proposed: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

type TRunRow = Awaited<ReturnType<typeof readRun>>;

function readRun(id: string) {
  return db.suggestionRun.findUnique({ where: { id }, select: suggestionRunSelect });
}

/** A run that shows no progress for this long and has no job left in the queue was lost. */
const STALE_AFTER_MS = 2 * 60_000;

/** Whether the queue still holds a job (waiting, retrying or running) for this run. */
async function hasPendingJob(runId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM pgboss.job WHERE name = 'suggestion-run' AND data->>'runId' = ${runId} AND state < 'completed' LIMIT 1`.catch(
    () => [],
  );
  return rows.length > 0;
}

/** The run as the API shows it: with `percent`, and a run the queue lost reported as failed. */
export async function presentSuggestionRun(run: NonNullable<TRunRow>) {
  const active = run.status === "QUEUED" || run.status === "RUNNING";
  if (active && Date.now() - run.updatedAt.getTime() > STALE_AFTER_MS && !(await hasPendingJob(run.id))) {
    const failed = await db.suggestionRun.update({
      where: { id: run.id },
      data: {
        status: "FAILED",
        error: "Interrupted: the run has no job left in the queue. Start it again.",
        finishedAt: new Date(),
      },
      select: suggestionRunSelect,
    });
    return { ...failed, percent: failed.total ? Math.round((100 * failed.done) / failed.total) : 0 };
  }
  // Two passes over the articles: their suggestions, then their incident and link proposals.
  return {
    ...run,
    percent: run.total
      ? Math.round((100 * (run.done + run.incidentsDone)) / (2 * run.total))
      : run.status === "DONE"
        ? 100
        : 0,
  };
}

/** Another slice of the run saved progress first (see runSlice). */
class TakenOver extends Error {}

/** Gives the event loop a turn, so requests are served between articles of a long run. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One slice of a run: from the saved progress until the run ends or the slice's time is used up.
 * The first slice fixes the list of articles (a project-wide run reads those live at its start).
 */
async function runSlice(runId: string, context: JobContext): Promise<JobResult> {
  const row = await db.suggestionRun.findUnique({
    where: { id: runId },
    select: { projectId: true, articleIds: true, status: true, done: true, proposed: true, incidentsDone: true },
  });
  if (!row || row.status === "DONE" || row.status === "FAILED") return;
  let ids = row.articleIds;
  if (row.status === "QUEUED") {
    if (ids.length === 0) {
      ids = (
        await db.article.findMany({
          where: { projectId: row.projectId, deletedAt: null },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true },
        })
      ).map((a) => a.id);
    }
    await db.suggestionRun.update({
      where: { id: runId },
      data: {
        status: "RUNNING",
        startedAt: new Date(),
        articleIds: ids,
        total: ids.length,
        attempts: { increment: 1 },
      },
    });
  } else if (context.resumed) {
    await db.suggestionRun.update({ where: { id: runId }, data: { attempts: { increment: 1 } } });
  }
  const entities = await loadEntitiesForMatching(row.projectId);
  let done = row.done;
  let proposed = row.proposed;
  const first = done;
  // Progress moves on only from where this slice read it: a slice whose lease ran out while its
  // process was still working, and whose run another process took up meanwhile, stops here.
  const saveProgress = async (tx: Tx, created: number) => {
    const moved = await tx.suggestionRun.updateMany({
      where: { id: runId, done },
      data: { done: done + 1, proposed: proposed + created },
    });
    if (moved.count === 0) throw new TakenOver();
  };
  // At least one article per slice, so every slice moves the run on.
  while (done < ids.length && (done === first || Date.now() < context.deadline)) {
    let saved = false;
    try {
      // The progress is saved with the article's suggestions: a run taken up after a crash
      // resumes right after the last article stored, and counts nothing twice.
      let stored = false;
      const result = await refreshArticleSuggestions(ids[done]!, {
        entities,
        inTransaction: async (tx, { created }) => {
          await saveProgress(tx, created);
          stored = true;
        },
      });
      proposed += result.created;
      saved = stored;
    } catch (error) {
      if (error instanceof TakenOver) return;
      const message = error instanceof Error ? error.message : String(error);
      await db.suggestionRun.update({
        where: { id: runId },
        data: { error: `Article ${ids[done]} could not be read: ${message}`.slice(0, 2000) },
      });
    }
    if (!saved) {
      // A deleted article, or one that could not be read: nothing stored, the run moves on.
      try {
        await db.$transaction((tx) => saveProgress(tx, 0));
      } catch (error) {
        if (error instanceof TakenOver) return;
        throw error;
      }
    }
    done++;
    await yieldToRequests();
  }
  if (done < ids.length) return { continue: true };
  return proposeIncidentsSlice(runId, row.projectId, ids, row.incidentsDone, context);
}

/**
 * The run's second pass, once every article's suggestions are stored: incident and link proposals
 * article by article in report order (lib/incidents/propose-incidents.ts), in slices like the
 * first pass, progress saved after each article only if no other slice moved it meanwhile. A pass
 * taken up again redoes at most the article it was on, which changes nothing the second time.
 */
async function proposeIncidentsSlice(
  runId: string,
  projectId: string,
  ids: readonly string[],
  from: number,
  context: JobContext,
): Promise<JobResult> {
  const ordered = (
    await db.article.findMany({
      where: { id: { in: [...ids] } },
      orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    })
  ).map((a) => a.id);
  const places = await loadProjectPlaces(projectId);
  let done = from;
  const first = done;
  while (done < ordered.length && (done === first || Date.now() < context.deadline)) {
    await proposeIncidentsForArticle(ordered[done]!, { actorId: null, places });
    const moved = await db.suggestionRun.updateMany({
      where: { id: runId, incidentsDone: done },
      data: { incidentsDone: done + 1 },
    });
    if (moved.count === 0) return;
    done++;
    await yieldToRequests();
  }
  if (done < ordered.length) return { continue: true };
  await db.suggestionRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { status: "DONE", finishedAt: new Date() },
  });
}

/** The queue's kind of job for suggestion runs; one active run per project. */
export const suggestionRunJob = defineJob<{ runId: string; projectId: string }>({
  name: "suggestion-run",
  singletonKey: (data) => data.projectId,
  handler: (data, context) =>
    recordingFailure(
      () => runSlice(data.runId, context),
      (error) => db.suggestionRun.update({ where: { id: data.runId }, data: { error } }),
    ),
});

async function queue(projectId: string, runId: string): Promise<void> {
  await enqueueJob(suggestionRunJob, { runId, projectId });
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
    const shown = await presentSuggestionRun(active);
    if (shown.status !== "FAILED") return { run: shown, started: false };
  }
  const run = await db.$transaction(async (tx) => {
    const created = await tx.suggestionRun.create({
      data: { projectId, trigger: "MANUAL", articleIds: [], createdById: actor.id },
      select: suggestionRunSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "suggestions.run",
      entityType: "SuggestionRun",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  await queue(projectId, run.id);
  return { run: await presentSuggestionRun(run), started: true };
}

/**
 * After an import: queue suggestions for the new articles. Writes the run row and its job (two
 * short statements) and returns; a failure to queue is logged, never fails the import.
 */
export async function scheduleSuggestionsAfterImport(options: {
  projectId: string;
  actorId: string | null;
  articleIds: string[];
}): Promise<void> {
  const { projectId, actorId, articleIds } = options;
  if (articleIds.length === 0) return;
  try {
    const run = await db.suggestionRun.create({
      data: { projectId, trigger: "IMPORT", articleIds, total: articleIds.length, createdById: actorId },
      select: { id: true },
    });
    await queue(projectId, run.id);
  } catch (error) {
    console.error("Could not queue suggestions after an import", { projectId, articles: articleIds.length, error });
  }
}

/** One run's status and progress. */
export async function getSuggestionRun(options: { actor: ActingUser; runId: string }) {
  const run = await readRun(options.runId);
  if (!run) throw new NotFoundError("Suggestion run");
  await requireMembership(options.actor, run.projectId, "ANALYST", "Suggestion run");
  return presentSuggestionRun(run);
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
  return Promise.all(runs.map(presentSuggestionRun));
}
