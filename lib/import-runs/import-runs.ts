import { z } from "zod";
import { importArticles } from "../articles/import-articles";
import { MAX_URLS_PER_JOB } from "./limits";
import { actingUserSelect } from "../auth/acting-user";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { env } from "../env";
import { NotFoundError } from "../errors";
import type { TFetchOptions } from "../import/fetch-page";
import { parseWebPage } from "../import/parse-document";
import { defineJob, enqueueJob, recordingFailure, type JobContext, type JobResult } from "../jobs/queue";
import { requireMembership } from "../projects/require-membership";
import { ZHttpUrl } from "../security/http-url";

/**
 * Many web addresses imported in the background: a run on the PostgreSQL-backed job queue
 * (lib/jobs/queue.ts) that fetches and imports one address after another with the same checks as
 * POST /projects/{id}/articles/from-urls, saving after each one its result (imported, with the
 * article, or refused, with the reason) and the count done, so the page and the API show the
 * progress, and a run taken up after its process stopped resumes after the last address saved.
 */

export const ZImportRunInput = z.object({
  /** One address or a list of them. */
  urls: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(ZHttpUrl)
      .min(1, "Give at least one address")
      .max(MAX_URLS_PER_JOB, `At most ${MAX_URLS_PER_JOB} addresses per run`),
  ),
});

export type TImportRunResult = {
  url: string;
  status: "imported" | "refused";
  articleId: string | null;
  title: string | null;
  code: string | null;
  message: string | null;
};

const importRunSelect = {
  id: true,
  projectId: true,
  status: true,
  total: true,
  done: true,
  results: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

type TRunRow = NonNullable<Awaited<ReturnType<typeof readRun>>>;

function readRun(id: string) {
  return db.importRun.findUnique({ where: { id }, select: importRunSelect });
}

/** A run that shows no progress for this long and has no job left in the queue was lost. */
const STALE_AFTER_MS = 2 * 60_000;

/** The run as the API shows it: its results typed, and a run the queue lost reported as failed. */
async function present(run: TRunRow) {
  let shown = run;
  if ((run.status === "QUEUED" || run.status === "RUNNING") && Date.now() - run.updatedAt.getTime() > STALE_AFTER_MS) {
    const pending = await db.$queryRaw<{ n: number }[]>`
      SELECT 1 AS n FROM pgboss.job WHERE name = 'import-run' AND data->>'runId' = ${run.id} AND state < 'completed' LIMIT 1`.catch(
      () => [],
    );
    if (pending.length === 0)
      shown = await db.importRun.update({
        where: { id: run.id },
        data: {
          status: "FAILED",
          error: "Interrupted: the run has no job left in the queue. Start it again.",
          finishedAt: new Date(),
        },
        select: importRunSelect,
      });
  }
  const results = shown.results as TImportRunResult[];
  return {
    ...shown,
    results,
    imported: results.filter((r) => r.status === "imported").length,
    refused: results.filter((r) => r.status === "refused").length,
  };
}

/** Gives the event loop a turn, so requests are served between addresses. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One slice of a run: addresses from the saved progress until the run ends or the slice's time is
 * used up. `fetch` overrides the limits from the environment (as for importWebPages).
 */
export async function runImportSlice(
  runId: string,
  context: JobContext,
  fetch: Partial<TFetchOptions> = {},
): Promise<JobResult> {
  const row = await db.importRun.findUnique({
    where: { id: runId },
    select: { projectId: true, urls: true, status: true, done: true, results: true, createdById: true },
  });
  if (!row || row.status === "DONE" || row.status === "FAILED") return;
  const actor = row.createdById
    ? await db.user.findUnique({ where: { id: row.createdById }, select: actingUserSelect })
    : null;
  if (!actor) {
    await db.importRun.update({
      where: { id: runId },
      data: { status: "FAILED", error: "The account that started the run is gone", finishedAt: new Date() },
    });
    return;
  }
  if (row.status === "QUEUED")
    await db.importRun.update({ where: { id: runId }, data: { status: "RUNNING", startedAt: new Date() } });
  const e = env();
  const limits = {
    timeoutMs: e.IMPORT_FETCH_TIMEOUT_MS,
    maxBytes: e.IMPORT_MAX_PAGE_BYTES,
    allowPrivate: e.IMPORT_ALLOW_PRIVATE,
    ...fetch,
  };
  let done = row.done;
  const results = [...(row.results as TImportRunResult[])];
  const first = done;
  while (done < row.urls.length && (done === first || Date.now() < context.deadline)) {
    const url = row.urls[done]!;
    const source = await parseWebPage(url, limits);
    const [answer] = (await importArticles({ actor: actor as ActingUser, projectId: row.projectId, sources: [source] }))
      .results;
    const article = answer?.articles[0];
    results.push({
      url,
      status: answer?.status ?? "refused",
      articleId: article?.id ?? null,
      title: article?.title ?? null,
      code: answer?.error?.code ?? null,
      message: answer?.error?.message ?? null,
    });
    // Progress moves on only from where this slice read it (another slice may have taken the run up).
    const moved = await db.importRun.updateMany({
      where: { id: runId, done },
      data: { done: done + 1, results: results as object[] },
    });
    if (moved.count === 0) return;
    done++;
    await yieldToRequests();
  }
  if (done < row.urls.length) return { continue: true };
  await db.importRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { status: "DONE", finishedAt: new Date() },
  });
}

/** The queue's kind of job for many-address imports; one active run per project. */
const importRunJob = defineJob<{ runId: string; projectId: string }>({
  name: "import-run",
  singletonKey: (data) => data.projectId,
  handler: (data, context) =>
    recordingFailure(
      () => runImportSlice(data.runId, context),
      (error) => db.importRun.update({ where: { id: data.runId }, data: { error } }),
    ),
});

/** Starts importing the addresses in the background (managers) and returns the queued run at once. */
export async function startImportRun(options: {
  actor: ActingUser;
  projectId: string;
  input: z.input<typeof ZImportRunInput>;
}) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const { urls } = ZImportRunInput.parse(options.input);
  const run = await db.$transaction(async (tx) => {
    const created = await tx.importRun.create({
      data: { projectId, urls, total: urls.length, createdById: actor.id },
      select: importRunSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "import.run",
      entityType: "ImportRun",
      entityId: created.id,
      after: { id: created.id, urls },
    });
    return created;
  });
  await enqueueJob(importRunJob, { runId: run.id, projectId });
  return present(run);
}

/** One run's status, progress and results so far. */
export async function getImportRun(options: { actor: ActingUser; runId: string }) {
  const run = await readRun(options.runId);
  if (!run) throw new NotFoundError("Import run");
  await requireMembership(options.actor, run.projectId, "MANAGER", "Import run");
  return present(run);
}
