import { z } from "zod";
import { v7 as uuidv7 } from "uuid";
import type postgres from "postgres";
import { sql } from "../db";
import { keepArticleText, keptArticleText, knownTextHash } from "../articles/article-text-cache";
import type { ActingUser } from "../auth/acting-user";
import { makeQuoteSelector, verifySpanQuote } from "../anchoring/selectors";
import { ConflictError, NotFoundError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { decideAccess } from "../projects/require-membership";
import { ARTICLE_EVENTS_CHANNEL, articleEventPayload } from "../realtime/publish";
import { SPAN_BY_ID_SQL, type TSpanDto } from "./span-record";
import { validateSpanRange } from "./validate-span-range";

export const ZCreateSpanInput = z.object({
  id: z.uuid("id must be a UUID made by the client, so a retried request never duplicates"),
  labelId: z.uuid(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string().min(1, "quote is required: the exact text between start and end"),
  note: z.string().max(5000).default(""),
  entityId: z.uuid().nullable().default(null),
});
export type TCreateSpanInput = z.input<typeof ZCreateSpanInput>;

type TContext = {
  projectId: string;
  textHash: string;
  /** Null when this process already holds the text with that hash (see article-text-cache.ts). */
  text: string | null;
  textVersion: number;
  status: string;
  role: Role | null;
  labelOk: boolean;
  entityOk: boolean;
  exists: boolean;
};

type TInput = z.infer<typeof ZCreateSpanInput>;

/**
 * Creates a span with the client's id. Retrying the same create returns the stored span
 * (`created: false`) instead of a duplicate; reusing an id for something else is a conflict.
 *
 * This is the busiest write of the workbench (every selection an analyst labels), so it skips the
 * ORM. Usually it is one statement: when this process holds the article's text (see
 * lib/articles/article-text-cache.ts), the quote is checked against it and its context taken here,
 * and one statement inserts the span only if that text is still the stored one, the actor may
 * annotate the project, the label and entity are the project's and the id is new; it also marks the
 * article in progress, writes the audit event and queues the live-update NOTIFY, so all of it
 * commits together or not at all. Otherwise (the first create on an article in this process, a
 * retry, bad input, a lost race) one statement reads the article, the actor's role, the label, the
 * entity and whether the id exists, which decides the answer or the error, and then the insert runs.
 */
export async function createSpan(options: { actor: ActingUser; articleId: string; input: TCreateSpanInput }) {
  const { actor, articleId } = options;
  const input = ZCreateSpanInput.parse(options.input);
  const s = sql();

  const hash = knownTextHash(articleId);
  const kept = hash === null ? null : keptArticleText(articleId, hash);
  if (hash !== null && kept !== null && verifySpanQuote(kept, input.start, input.end, input.quote)) {
    const span = await insertSpan(s, { actor, articleId, input, text: kept, textHash: hash });
    if (span) return { span, created: true };
  }

  const ctx = await readContext(s, actor, articleId, input, hash);
  if (!ctx) throw new NotFoundError("Article");
  decideAccess(actor, ctx.projectId, ctx.role, "ANALYST", "Article");
  if (ctx.exists) return retried(input, articleId);

  const text = await articleText(s, ctx, actor, articleId, input);
  validateSpanRange(text, input.start, input.end, input.quote);
  if (!ctx.labelOk) throw new NotFoundError("Label");
  if (!ctx.entityOk) throw new NotFoundError("Entity");
  const span = await insertSpan(s, { actor, articleId, input, text, textHash: ctx.textHash });
  // Two copies of one retried request raced and the other one inserted first.
  if (!span) return retried(input, articleId);
  return { span, created: true };
}

/**
 * The insert, as one statement that checks what the context statement checks (minus the quote,
 * checked here against `text`): the article with that text hash, the actor's membership (any role
 * may annotate) or administrator rights, the label and entity of the article's project, a new id.
 * Returns the span, or null when any of that failed and nothing was written.
 */
async function insertSpan(
  s: postgres.Sql,
  options: { actor: ActingUser; articleId: string; input: TInput; text: string; textHash: string },
): Promise<TSpanDto | null> {
  const { actor, articleId, input } = options;
  const { prefix, suffix } = makeQuoteSelector(options.text, input.start, input.end);
  const now = new Date();
  const span: TSpanDto = {
    ...input,
    articleId,
    prefix,
    suffix,
    version: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    author: { id: actor.id, name: actor.name, email: actor.email },
  };
  const at = now.toISOString();
  const payload = articleEventPayload({
    articleId,
    type: "span.upsert",
    spanId: span.id,
    version: 1,
    actorId: actor.id,
    span,
  });
  const inserted = await s`
    WITH ctx AS (
      SELECT a."projectId", a."textVersion" FROM "Article" a
      WHERE a.id = ${articleId}::uuid AND a."deletedAt" IS NULL AND a."textHash" = ${options.textHash}
        AND (${actor.isAdmin}::boolean OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."projectId" = a."projectId" AND m."userId" = ${actor.id}::uuid))
        AND EXISTS (SELECT 1 FROM "Label" l WHERE l.id = ${span.labelId}::uuid AND l."projectId" = a."projectId" AND l."deletedAt" IS NULL)
        AND (${span.entityId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "Entity" e WHERE e.id = ${span.entityId}::uuid AND e."projectId" = a."projectId"
          AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL))
    ), ins AS (
      INSERT INTO "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, note, "entityId", "authorId", version, "articleVersion", "createdAt", "updatedAt")
      SELECT ${span.id}::uuid, ctx."projectId", ${articleId}::uuid, ${span.labelId}::uuid, ${span.start}, ${span.end}, ${span.quote}, ${prefix}, ${suffix},
        ${span.note}, ${span.entityId}::uuid, ${actor.id}::uuid, 1, ctx."textVersion", ${at}::timestamp(3), ${at}::timestamp(3) FROM ctx
      ON CONFLICT (id) DO NOTHING RETURNING id, "projectId"
    ), started AS (
      UPDATE "Article" SET status = 'IN_PROGRESS', "updatedAt" = ${at}::timestamp(3)
      WHERE id = ${articleId}::uuid AND status = 'NEW' AND EXISTS (SELECT 1 FROM ins)
    ), audit AS (
      INSERT INTO "AuditEvent" (id, "actorId", "projectId", action, "entityType", "entityId", after, "createdAt")
      SELECT ${uuidv7()}::uuid, ${actor.id}::uuid, ins."projectId", 'span.create', 'Span', ins.id::text, ${JSON.stringify(span)}::text::jsonb, ${at}::timestamp(3) FROM ins
    )
    SELECT pg_notify(${ARTICLE_EVENTS_CHANNEL}, ${payload}) FROM ins`;
  return inserted.length === 0 ? null : span;
}

/** The article, the actor's role, the label, the entity and whether the id exists, in one statement. */
async function readContext(
  s: postgres.Sql,
  actor: ActingUser,
  articleId: string,
  input: TInput,
  knownHash: string | null,
): Promise<TContext | undefined> {
  const [ctx] = await s<TContext[]>`
    SELECT a."projectId", a."textHash", CASE WHEN a."textHash" = ${knownHash}::text THEN NULL ELSE a.text END AS text,
      a."textVersion", a.status::text AS status,
      (SELECT m.role::text FROM "Membership" m WHERE m."projectId" = a."projectId" AND m."userId" = ${actor.id}::uuid) AS role,
      EXISTS (SELECT 1 FROM "Label" l WHERE l.id = ${input.labelId}::uuid AND l."projectId" = a."projectId" AND l."deletedAt" IS NULL) AS "labelOk",
      (${input.entityId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "Entity" e WHERE e.id = ${input.entityId}::uuid AND e."projectId" = a."projectId"
        AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL)) AS "entityOk",
      EXISTS (SELECT 1 FROM "Span" sp WHERE sp.id = ${input.id}::uuid) AS exists
    FROM "Article" a WHERE a.id = ${articleId}::uuid AND a."deletedAt" IS NULL`;
  return ctx;
}

/**
 * The article's text: as the context statement sent it (kept for the next create), or as this
 * process kept it under the hash the statement reported. If the small cache dropped it meanwhile,
 * it is read again, and a text that changed since the context was read is a conflict.
 */
async function articleText(
  s: postgres.Sql,
  ctx: TContext,
  actor: ActingUser,
  articleId: string,
  input: TInput,
): Promise<string> {
  if (ctx.text !== null) {
    keepArticleText(articleId, ctx.textHash, ctx.text);
    return ctx.text;
  }
  const kept = keptArticleText(articleId, ctx.textHash);
  if (kept !== null) return kept;
  const again = await readContext(s, actor, articleId, input, null);
  if (again?.text == null || again.textHash !== ctx.textHash) {
    throw new ConflictError("The article's text changed while the span was being created; select the text again");
  }
  keepArticleText(articleId, again.textHash, again.text);
  return again.text;
}

/** A create whose id is already stored: the same span again, or a conflict if the id is another's. */
async function retried(input: TInput, articleId: string) {
  const [existing] = await sql().unsafe<TSpanDto[]>(SPAN_BY_ID_SQL, [input.id]);
  if (!existing) {
    // The insert found the article, membership, label or entity changed after they were read.
    throw new ConflictError("The article, its label or entity changed while the span was being created; try again");
  }
  const same =
    existing &&
    existing.articleId === articleId &&
    existing.start === input.start &&
    existing.end === input.end &&
    !existing.deletedAt;
  if (!same) throw new ConflictError("This span id is already used by another span; generate a new id");
  return { span: existing, created: false };
}
