import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../database/errors";
import { ConflictError, NotFoundError } from "../errors";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";

export const ZTranslationTarget = z.enum(["SEGMENT", "SPAN", "CLAIM"]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ZSaveTranslationInput = z
  .object({
    targetType: ZTranslationTarget,
    /** Paragraph index for SEGMENT, span id for SPAN, claim id for CLAIM. */
    targetKey: z.string().trim().min(1).max(100),
    text: z.string().trim().min(1, "The translation is empty").max(20_000),
    origin: z.enum(["HUMAN", "ASSISTED"]).default("HUMAN"),
    /** The version you edited; omit only for the first translation of a target. */
    baseVersion: z.number().int().positive().nullable().default(null),
  })
  // One key per target: "02" and "2" are the same paragraph, an id is stored in lower case.
  .transform((input, ctx) => {
    if (input.targetType === "SEGMENT") {
      if (!/^\d{1,6}$/.test(input.targetKey)) {
        ctx.addIssue({
          code: "custom",
          path: ["targetKey"],
          message: "targetKey of a paragraph is its index, a whole number like 0 or 2",
        });
        return z.NEVER;
      }
      return { ...input, targetKey: String(Number(input.targetKey)) };
    }
    if (!UUID.test(input.targetKey)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetKey"],
        message: `targetKey of a ${input.targetType.toLowerCase()} is its id (a UUID)`,
      });
      return z.NEVER;
    }
    return { ...input, targetKey: input.targetKey.toLowerCase() };
  });
export type TSaveTranslationInput = z.input<typeof ZSaveTranslationInput>;

export const translationSelect = {
  id: true,
  targetType: true,
  targetKey: true,
  status: true,
  version: true,
  reviewedAt: true,
  updatedAt: true,
  reviewedBy: { select: { id: true, name: true } },
  revisions: {
    orderBy: { version: "desc" as const },
    take: 1,
    select: {
      version: true,
      text: true,
      origin: true,
      engine: true,
      engineModel: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
  },
} as const;

/** Where a machine translation came from: stored on its revision (origin MACHINE). */
export type TMachineProvenance = { engine: string; model: string | null };

async function checkTarget(articleId: string, targetType: string, targetKey: string) {
  if (targetType === "SEGMENT") {
    const exists = await db.segment.findFirst({
      where: { articleId, kind: "PARAGRAPH", index: Number.parseInt(targetKey, 10) },
      select: { id: true },
    });
    if (!/^\d+$/.test(targetKey) || !exists) throw new NotFoundError("Paragraph");
  } else if (targetType === "SPAN") {
    if (!(await db.span.findFirst({ where: { id: targetKey, articleId, deletedAt: null }, select: { id: true } })))
      throw new NotFoundError("Span");
  } else if (
    !(await db.claim.findFirst({ where: { id: targetKey, articleId, deletedAt: null }, select: { id: true } }))
  ) {
    throw new NotFoundError("Claim");
  }
}

/**
 * Saves English text for a paragraph, span or claim as a new revision. Every save is kept
 * (history), the status returns to draft until a reviewer marks it reviewed again, and a save
 * against an out-of-date version is refused with the current text. `machine` (set by the
 * machine translation functions only, never from a request) stores the revision as the engine's.
 */
export async function saveTranslation(options: {
  actor: ActingUser;
  articleId: string;
  input: TSaveTranslationInput;
  machine?: TMachineProvenance;
}) {
  const { actor } = options;
  const input = ZSaveTranslationInput.parse(options.input);
  const article = await loadAnnotatableArticle(actor, options.articleId);
  await checkTarget(article.id, input.targetType, input.targetKey);
  const key = {
    articleId_targetType_targetKey: { articleId: article.id, targetType: input.targetType, targetKey: input.targetKey },
  };
  const stale = (current: unknown) =>
    new ConflictError(
      current
        ? `Someone saved this translation meanwhile (now version ${(current as { version: number }).version})`
        : "There is no translation to update yet (send baseVersion null)",
      { current },
    );
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.translation.findUnique({ where: key, select: translationSelect });
      if ((current?.version ?? null) !== input.baseVersion) throw stale(current);
      const version = (current?.version ?? 0) + 1;
      let translationId: string;
      if (current) {
        // Conditional on the version read: of two saves on one base version, one moves it on and
        // the other changes no row and is refused.
        const { count } = await tx.translation.updateMany({
          where: { id: current.id, version: current.version },
          data: { version, status: "DRAFT", reviewedById: null, reviewedAt: null },
        });
        if (count === 0) throw stale(await tx.translation.findUnique({ where: key, select: translationSelect }));
        translationId = current.id;
      } else {
        // Two first saves at once: the unique key on the target refuses the second (caught below).
        translationId = (
          await tx.translation.create({
            data: {
              projectId: article.projectId,
              articleId: article.id,
              targetType: input.targetType,
              targetKey: input.targetKey,
            },
            select: { id: true },
          })
        ).id;
      }
      await tx.translationRevision.create({
        data: {
          translationId,
          version,
          text: input.text,
          origin: options.machine ? "MACHINE" : input.origin,
          engine: options.machine?.engine ?? null,
          engineModel: options.machine?.model ?? null,
          authorId: actor.id,
        },
      });
      const after = await tx.translation.findUniqueOrThrow({ where: { id: translationId }, select: translationSelect });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: article.projectId,
        action: options.machine ? "translation.machine" : "translation.save",
        entityType: "Translation",
        entityId: translationId,
        before: current,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw stale(await db.translation.findUnique({ where: key, select: translationSelect }));
    throw error;
  }
}
