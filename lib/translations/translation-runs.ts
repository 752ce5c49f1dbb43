import pLimit from "p-limit";
import type { ActingUser } from "../auth/acting-user";
import { actingUserSelect } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { defineJob, enqueueJob, type JobContext, type JobResult } from "../jobs/queue";
import { machineTranslation, type TMtSettings } from "../mt/config";
import { MtError } from "../mt/provider";
import { requireMembership } from "../projects/require-membership";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { MachineTranslationOffError } from "./machine-errors";
import { saveTranslation } from "./save-translation";

/**
 * Machine translation of every untranslated paragraph of an article, as a job on the
 * PostgreSQL-backed queue (lib/jobs/queue.ts) with progress: `done` of `total` paragraphs.
 * Paragraphs go to the engine MT_CONCURRENCY at a time. A paragraph the engine fails on is
 * listed in `failed` with the message and nothing is stored for it; a paragraph someone
 * translated meanwhile is left as they wrote it (`skipped`). A run taken up after a crash
 * carries on with the paragraphs that still have no translation.
 */

const runSelect = {
  id: true,
  articleId: true,
  status: true,
  engine: true,
  engineModel: true,
  total: true,
  done: true,
  failed: true,
  skipped: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

type TRunRow = { total: number; done: number; status: string };
function present<T extends TRunRow>(run: T) {
  const percent = run.total ? Math.round((100 * run.done) / run.total) : run.status === "DONE" ? 100 : 0;
  return { ...run, percent };
}

export const translationRunJob = defineJob<{ runId: string }>({
  name: "translation-run",
  singletonKey: (data) => data.runId,
  handler: (data, context) => runSlice(data.runId, context),
});

/** Paragraph indexes of the article that have no translation yet. */
async function untranslatedParagraphs(articleId: string): Promise<number[]> {
  const [paragraphs, translated] = await Promise.all([
    db.segment.findMany({
      where: { articleId, kind: "PARAGRAPH" },
      orderBy: { index: "asc" },
      select: { index: true },
    }),
    db.translation.findMany({ where: { articleId, targetType: "SEGMENT" }, select: { targetKey: true } }),
  ]);
  const done = new Set(translated.map((t) => t.targetKey));
  return paragraphs.map((p) => p.index).filter((index) => !done.has(String(index)));
}

/**
 * Starts translating every untranslated paragraph of the article in the background: 202 with the
 * run to poll. While a run of the article is going, that run is answered instead of a second.
 */
export async function startTranslationRun(options: {
  actor: ActingUser;
  articleId: string;
  settings?: TMtSettings | null;
}) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const settings = options.settings === undefined ? machineTranslation() : options.settings;
  if (!settings) throw new MachineTranslationOffError();
  const going = await db.translationRun.findFirst({
    where: { articleId: article.id, status: { in: ["QUEUED", "RUNNING"] } },
    select: runSelect,
  });
  if (going) return present(going);
  const paragraphs = await untranslatedParagraphs(article.id);
  const run = await db.$transaction(async (tx) => {
    const created = await tx.translationRun.create({
      data: {
        projectId: article.projectId,
        articleId: article.id,
        engine: settings.translator.engine,
        engineModel: settings.translator.model,
        paragraphs,
        total: paragraphs.length,
        status: paragraphs.length ? "QUEUED" : "DONE",
        finishedAt: paragraphs.length ? null : new Date(),
        createdById: options.actor.id,
      },
      select: runSelect,
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: article.projectId,
      action: "translation.machine_run",
      entityType: "Article",
      entityId: article.id,
      before: null,
      after: created,
    });
    return created;
  });
  if (paragraphs.length) await enqueueJob(translationRunJob, { runId: run.id });
  return present(run);
}

/** One run's status and progress. */
export async function getTranslationRun(options: { actor: ActingUser; runId: string }) {
  const run = await db.translationRun.findUnique({
    where: { id: options.runId },
    select: { ...runSelect, projectId: true },
  });
  if (!run) throw new NotFoundError("Translation run");
  await requireMembership(options.actor, run.projectId, "ANALYST", "Translation run");
  const { projectId: _projectId, ...rest } = run;
  return present(rest);
}

/** Gives the event loop a turn, so requests are served between paragraphs. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One slice of a run: the paragraphs still untranslated (and not failed) go to the engine, a
 * bounded number at a time, until none is left or the slice's time is used up.
 */
async function runSlice(runId: string, context: JobContext): Promise<JobResult> {
  const row = await db.translationRun.findUnique({
    where: { id: runId },
    select: { articleId: true, status: true, paragraphs: true, failed: true, createdById: true, total: true },
  });
  if (!row || row.status === "DONE" || row.status === "FAILED") return;
  const finish = (data: { status: "DONE" | "FAILED"; error?: string }) =>
    db.translationRun.update({ where: { id: runId }, data: { ...data, finishedAt: new Date() } });
  const settings = machineTranslation();
  if (!settings) return void (await finish({ status: "FAILED", error: new MachineTranslationOffError().message }));
  const actor = row.createdById
    ? await db.user.findFirst({ where: { id: row.createdById, deactivatedAt: null }, select: actingUserSelect })
    : null;
  if (!actor)
    return void (await finish({ status: "FAILED", error: "The person who started the run can no longer act" }));

  const article = await db.article.findFirst({ where: { id: row.articleId, deletedAt: null }, select: { text: true } });
  if (!article) return void (await finish({ status: "FAILED", error: "The article was deleted" }));
  const open = new Set(await untranslatedParagraphs(row.articleId));
  const failed = new Set(row.failed);
  const todo = row.paragraphs.filter((index) => open.has(index) && !failed.has(index));
  // Progress counts every paragraph dealt with: translated (by the run or by someone), or failed.
  await db.translationRun.update({
    where: { id: runId },
    data: {
      status: "RUNNING",
      startedAt: row.status === "QUEUED" ? new Date() : undefined,
      done: row.total - todo.length,
    },
  });
  const segments = new Map(
    (
      await db.segment.findMany({
        where: { articleId: row.articleId, kind: "PARAGRAPH", index: { in: todo } },
        select: { index: true, start: true, end: true },
      })
    ).map((s) => [s.index, article.text.slice(s.start, s.end)]),
  );
  const limit = pLimit(settings.concurrency);
  let started = 0;
  let lastError = "";
  await Promise.all(
    todo.map((index) =>
      limit(async () => {
        // At least one paragraph per slice, so every slice moves the run on.
        if (started > 0 && Date.now() > context.deadline) return;
        started++;
        await yieldToRequests();
        const arabic = segments.get(index);
        let outcome: "translated" | "skipped" | "failed" = "failed";
        try {
          if (!arabic?.trim()) throw new MtError("malformed", "The paragraph is empty");
          const [english] = await settings.translator.translate([arabic]);
          await saveTranslation({
            actor,
            articleId: row.articleId,
            input: { targetType: "SEGMENT", targetKey: String(index), text: english!, baseVersion: null },
            machine: { engine: settings.translator.engine, model: settings.translator.model },
          });
          outcome = "translated";
        } catch (error) {
          if (error instanceof ConflictError) outcome = "skipped";
          else if (error instanceof MtError) lastError = error.message;
          else throw error;
        }
        await db.translationRun.update({
          where: { id: runId },
          data: {
            done: { increment: 1 },
            ...(outcome === "skipped" ? { skipped: { increment: 1 } } : {}),
            ...(outcome === "failed" ? { failed: { push: index }, error: lastError } : {}),
          },
        });
      }),
    ),
  );
  if (started < todo.length) return { continue: true };
  const final = await db.translationRun.findUniqueOrThrow({
    where: { id: runId },
    select: { failed: true, total: true },
  });
  // FAILED only when the engine translated none of the paragraphs it was given.
  const allFailed = final.total > 0 && final.failed.length === final.total;
  await finish({ status: allFailed ? "FAILED" : "DONE" });
}
