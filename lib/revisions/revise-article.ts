import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import { makeQuoteSelector } from "../anchoring/selectors";
import { reanchorRevision, type TReanchorOutcome } from "../anchoring/reanchor-revision";
import { textHash } from "../articles/text-hash";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimKeys } from "../claims/claim-keys";
import { db, type Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { publishArticleEvent } from "../realtime/publish";
import { segmentText } from "../text/segment";
import { readRevisionSource, type TRevisionOrigin, type TRevisionSource } from "./revision-source";
import { countStates, type TRevisionCounts } from "./revision-counts";

export const ZReviseArticleInput = z.object({
  version: z.number().int().positive("version is required: send the article version you revised"),
});

export type TRevisionResult = {
  article: { id: string; version: number; textVersion: number };
  revision: { version: number; origin: TRevisionOrigin; snapshotSha256: string | null } & TRevisionCounts;
  spans: { id: string; state: TReanchorOutcome["state"]; method: string | null; code: string | null }[];
};

/**
 * Imports a new version of an article's text (managers): the current text becomes version n+1
 * and the one before stays readable (ArticleVersion); segments are made again for the new text;
 * every span not already orphaned is re-anchored by lib/anchoring/reanchor-revision.ts and left
 * `PLACED` (same offsets), `MOVED` (new offsets, quote and context) or `ORPHANED` (old offsets,
 * quote and text version kept, with the reason's code). A claim shares its claim span's state.
 * Open suggestions, whose ranges were the old text's, are dropped and read again from the new one.
 *
 * One transaction: the article row is updated only if its `version` is still the one the caller
 * revised (409 otherwise), and the revision is one audit event naming every moved and orphaned span.
 */
export async function reviseArticle(options: {
  actor: ActingUser;
  articleId: string;
  version: number;
  source: TRevisionSource;
  fetch?: { allowPrivate?: boolean };
}): Promise<TRevisionResult> {
  const { actor } = options;
  const { version } = ZReviseArticleInput.parse({ version: options.version });
  const current = await db.article.findFirst({
    where: { id: options.articleId, deletedAt: null },
    select: {
      id: true,
      projectId: true,
      title: true,
      url: true,
      text: true,
      textHash: true,
      textVersion: true,
      version: true,
      createdAt: true,
      createdById: true,
    },
  });
  if (!current) throw new NotFoundError("Article");
  await requireMembership(actor, current.projectId, "MANAGER", "Article");
  // Checked before anything is fetched, and again when written.
  if (current.version !== version) throw stale(current.version);
  const draft = await readRevisionSource(options.source, current.url, options.fetch);
  const hash = textHash(draft.text);
  if (hash === current.textHash) throw new ValidationError("The new version's text is the same as the current one");
  const twin = await db.article.findFirst({
    where: { projectId: current.projectId, textHash: hash, id: { not: current.id } },
    select: { title: true, deletedAt: true },
  });
  if (twin)
    throw new ConflictError(
      `The same text is already in this project as ${twin.deletedAt ? "a deleted article" : `"${twin.title}"`}`,
    );

  const oldText = current.text;
  const newText = draft.text;
  const next = current.textVersion + 1;
  const origin: TRevisionOrigin = options.source.kind;

  const result = await db.$transaction(
    async (tx) => {
      const { count } = await tx.article.updateMany({
        where: { id: current.id, version },
        data: { text: newText, textHash: hash, textVersion: next, version: { increment: 1 } },
      });
      if (count === 0) {
        const latest = await tx.article.findUniqueOrThrow({ where: { id: current.id }, select: { version: true } });
        throw stale(latest.version);
      }
      // Version 1 is written at the first revision, from the article as imported.
      const stored = await tx.articleVersion.count({ where: { articleId: current.id } });
      if (stored === 0)
        await tx.articleVersion.create({
          data: {
            articleId: current.id,
            version: current.textVersion,
            title: current.title,
            text: oldText,
            textHash: current.textHash,
            origin: "import",
            createdById: current.createdById,
            createdAt: current.createdAt,
          },
        });

      const spans = await tx.span.findMany({
        where: { articleId: current.id, anchorState: { not: "ORPHANED" } },
        select: { id: true, start: true, end: true, quote: true, prefix: true, suffix: true, deletedAt: true },
      });
      const outcomes = reanchorRevision(oldText, newText, spans);
      await writeOutcomes(tx, newText, next, outcomes);
      const claims = await updateClaims(tx, current.id, outcomes, new Map(spans.map((s) => [s.id, s.quote])));
      const counts = countStates(
        outcomes.filter((o) => !spans.find((s) => s.id === o.id)?.deletedAt),
        claims,
      );

      await rebuildSegments(tx, current.id, newText);
      await tx.suggestion.deleteMany({ where: { articleId: current.id, state: "OPEN" } });

      const snapshot = draft.snapshot;
      if (snapshot)
        await tx.articleSnapshot.create({
          data: {
            articleId: current.id,
            articleVersion: next,
            kind: snapshot.kind,
            requestedUrl: snapshot.requestedUrl,
            finalUrl: snapshot.finalUrl,
            fileName: snapshot.fileName,
            contentType: snapshot.contentType,
            byteLength: snapshot.byteLength,
            sha256: snapshot.sha256,
            content: Buffer.from(snapshot.content),
            metadata: (snapshot.metadata ?? {}) as object,
            capturedAt: snapshot.capturedAt,
          },
        });
      await tx.articleVersion.create({
        data: {
          articleId: current.id,
          version: next,
          title: current.title,
          text: newText,
          textHash: hash,
          origin,
          reanchored: counts,
          createdById: actor.id,
        },
      });
      const after = await tx.article.findUniqueOrThrow({
        where: { id: current.id },
        select: { id: true, version: true, textVersion: true },
      });
      await publishArticleEvent(tx, {
        articleId: current.id,
        type: "article.revise",
        textVersion: next,
        version: after.version,
        actorId: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: current.projectId,
        action: "article.revise",
        entityType: "Article",
        entityId: current.id,
        before: { textVersion: current.textVersion, textHash: current.textHash, length: oldText.length },
        after: {
          textVersion: next,
          textHash: hash,
          length: newText.length,
          origin,
          snapshot: snapshot ? { kind: snapshot.kind, url: snapshot.finalUrl, sha256: snapshot.sha256 } : null,
          ...counts,
          moved: outcomes.filter((o) => o.state === "moved").map((o) => o.id),
          orphaned: outcomes.flatMap((o) => (o.state === "orphaned" ? [{ id: o.id, reason: o.code }] : [])),
        },
      });
      return {
        article: after,
        revision: { version: next, origin, snapshotSha256: snapshot?.sha256 ?? null, ...counts },
        spans: outcomes.map((o) => ({
          id: o.id,
          state: o.state,
          method: o.method,
          code: o.state === "orphaned" ? o.code : null,
        })),
      };
    },
    { timeout: 60_000 },
  );
  // The open suggestions were the old text's: read the new one (queued; a failure to queue is logged).
  await import("../suggestions/suggestion-runs").then((m) =>
    m.scheduleSuggestionsAfterImport({ projectId: current.projectId, actorId: actor.id, articleIds: [current.id] }),
  );
  return result;
}

function stale(now: number) {
  return new ConflictError(`The article was changed by someone else (now version ${now}); reload and try again`, {
    current: { version: now },
  });
}

/** Offsets, quote and context of moved spans; the state and text version of every span re-anchored. */
async function writeOutcomes(tx: Tx, text: string, textVersion: number, outcomes: readonly TReanchorOutcome[]) {
  const placed = outcomes.filter((o) => o.state === "placed").map((o) => o.id);
  if (placed.length)
    await tx.span.updateMany({
      where: { id: { in: placed } },
      data: { articleVersion: textVersion, anchorState: "PLACED", anchorReason: null },
    });
  const moved = outcomes.flatMap((o) => (o.state === "moved" ? [o] : []));
  if (moved.length) {
    const context = moved.map((o) => makeQuoteSelector(text, o.start, o.end));
    await tx.$executeRawUnsafe(
      `update "Span" s set start = m.start, "end" = m.e, quote = m.quote, prefix = m.prefix, suffix = m.suffix,
         "articleVersion" = $7, "anchorState" = 'MOVED', "anchorReason" = null, version = s.version + 1, "updatedAt" = now()
       from unnest($1::uuid[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[]) as m(id, start, e, quote, prefix, suffix)
       where s.id = m.id`,
      moved.map((o) => o.id),
      moved.map((o) => o.start),
      moved.map((o) => o.end),
      moved.map((o) => o.quote),
      context.map((c) => c.prefix),
      context.map((c) => c.suffix),
      textVersion,
    );
  }
  const orphaned = outcomes.flatMap((o) => (o.state === "orphaned" ? [o] : []));
  if (orphaned.length)
    await tx.$executeRawUnsafe(
      `update "Span" s set "anchorState" = 'ORPHANED', "anchorReason" = o.code, version = s.version + 1, "updatedAt" = now()
       from unnest($1::uuid[], $2::text[]) as o(id, code) where s.id = o.id`,
      orphaned.map((o) => o.id),
      orphaned.map((o) => o.code),
    );
}

/** Claims take their claim span's state; a moved claim span whose words changed changes the claim's match keys. */
async function updateClaims(
  tx: Tx,
  articleId: string,
  outcomes: readonly TReanchorOutcome[],
  oldQuotes: ReadonlyMap<string, string>,
) {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const claims = await tx.claim.findMany({
    where: { articleId, deletedAt: null, proposed: false },
    select: { id: true, kind: true, figures: true, claimSpanId: true },
  });
  const states: TReanchorOutcome["state"][] = [];
  for (const claim of claims) {
    const outcome = claim.claimSpanId ? byId.get(claim.claimSpanId) : undefined;
    // A claim without a span, or whose span an earlier revision orphaned, is counted as its span stands.
    states.push(outcome?.state ?? (claim.claimSpanId && !outcome ? "orphaned" : "placed"));
    if (outcome?.state === "moved" && outcome.quote !== oldQuotes.get(outcome.id)) {
      const keys = claimKeys({ quote: outcome.quote, kind: claim.kind, figures: claim.figures });
      await tx.claim.update({ where: { id: claim.id }, data: keys });
    }
  }
  return states;
}

async function rebuildSegments(tx: Tx, articleId: string, text: string) {
  await tx.segment.deleteMany({ where: { articleId } });
  const { paragraphs, sentences } = segmentText(text);
  await tx.segment.createMany({
    data: [
      ...paragraphs.map((g) => ({ id: uuidv7(), articleId, kind: "PARAGRAPH" as const, ...pick(g) })),
      ...sentences.map((g) => ({ id: uuidv7(), articleId, kind: "SENTENCE" as const, ...pick(g) })),
    ],
  });
}

const pick = (g: { index: number; paragraphIndex: number; start: number; end: number }) => ({
  index: g.index,
  paragraphIndex: g.paragraphIndex,
  start: g.start,
  end: g.end,
});
