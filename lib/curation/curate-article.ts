import { randomUUID } from "node:crypto";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { claimFieldsSelect } from "../claims/claim-fields-select";
import { createClaim } from "../claims/create-claim";
import { ZClaimFigures } from "../claims/figures";
import { createSpan } from "../spans/create-span";
import { ZSetCuratedInput, ZTakeVersionInput } from "./schemas";

async function loadForCuration(actor: ActingUser, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, projectId: true, curatedAt: true },
  });
  if (!article) throw new NotFoundError("Article");
  // Curators are reviewers and managers: the people who see every analyst's work.
  await requireMembership(actor, article.projectId, "REVIEWER", "Article");
  return article;
}

/**
 * A curator marks the article curated (its analysts then see each other's work, and the curated
 * layer stands) or reopens it. Audited; setting what is already set changes nothing.
 */
export async function setCurated(options: { actor: ActingUser; articleId: string; input: unknown }) {
  const { curated } = ZSetCuratedInput.parse(options.input);
  const article = await loadForCuration(options.actor, options.articleId);
  if (Boolean(article.curatedAt) === curated) return { articleId: article.id, curatedAt: article.curatedAt };
  return db.$transaction(async (tx) => {
    const after = await tx.article.update({
      where: { id: article.id },
      data: { curatedAt: curated ? new Date() : null },
      select: { id: true, curatedAt: true },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: article.projectId,
      action: curated ? "article.curate" : "article.reopen_curation",
      entityType: "Article",
      entityId: article.id,
      before: { curatedAt: article.curatedAt },
      after: { curatedAt: after.curatedAt },
    });
    return { articleId: after.id, curatedAt: after.curatedAt };
  });
}

/** Spans and claims of the curated layer (./layer.ts): not written by one of the project's analysts. */
function notAnalystWork(projectId: string) {
  return { NOT: { author: { memberships: { some: { projectId, role: "ANALYST" as const } } } } };
}

/**
 * A curator takes one analyst's version into the curated layer (copies as the curator's own spans
 * and claims; see ./layer.ts): all of the analyst's live spans and claims on the article, or the spans listed (one
 * disagreement) with the claims made on them. A span the curated layer already has (same offsets
 * and label, whichever curator put it there) is not copied twice, nor a claim of the same kind on the same curated span. Copies
 * point at the curated copies of their spans (a speaker span not taken is left out); each is a new
 * span or claim by the curator, written and audited as any other, so the raw layers stay as they were.
 */
export async function takeVersion(options: { actor: ActingUser; articleId: string; input: unknown }) {
  const input = ZTakeVersionInput.parse(options.input);
  const article = await loadForCuration(options.actor, options.articleId);
  const assigned = await db.assignment.findUnique({
    where: { articleId_userId: { articleId: article.id, userId: input.analystId } },
    select: { id: true },
  });
  if (!assigned)
    throw new ValidationError("This analyst is not assigned to the article", { analystId: input.analystId });
  const spans = await db.span.findMany({
    where: {
      articleId: article.id,
      authorId: input.analystId,
      deletedAt: null,
      // Orphans of a revision are an older text's words: not taken until placed again.
      anchorState: { not: "ORPHANED" },
      ...(input.spanIds ? { id: { in: input.spanIds } } : {}),
    },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: { id: true, labelId: true, start: true, end: true, quote: true, note: true, entityId: true },
  });
  if (input.spanIds && spans.length !== new Set(input.spanIds).size)
    throw new ValidationError("Some of these spans are not the analyst's live spans on this article");
  const curated = await db.span.findMany({
    where: {
      articleId: article.id,
      deletedAt: null,
      anchorState: { not: "ORPHANED" },
      ...notAnalystWork(article.projectId),
    },
    select: { id: true, labelId: true, start: true, end: true },
  });
  const have = new Map(curated.map((s) => [`${s.labelId}:${s.start}:${s.end}`, s.id]));
  /** The analyst's span id → its copy in the curated layer. */
  const copyOf = new Map<string, string>();
  let taken = 0;
  for (const span of spans) {
    const key = `${span.labelId}:${span.start}:${span.end}`;
    const existing = have.get(key);
    if (existing) {
      copyOf.set(span.id, existing);
      continue;
    }
    const id = randomUUID();
    have.set(key, id);
    copyOf.set(span.id, id);
    await createSpan({
      actor: options.actor,
      articleId: article.id,
      input: {
        id,
        labelId: span.labelId,
        start: span.start,
        end: span.end,
        quote: span.quote,
        note: span.note,
        entityId: span.entityId,
      },
    });
    taken++;
  }
  const claims = await takeClaims(options.actor, article, input.analystId, input.spanIds, copyOf);
  return { taken, alreadyThere: spans.length - taken, ...claims };
}

async function takeClaims(
  actor: ActingUser,
  { id: articleId, projectId }: { id: string; projectId: string },
  analystId: string,
  spanIds: readonly string[] | undefined,
  copyOf: ReadonlyMap<string, string>,
) {
  const claims = await db.claim.findMany({
    where: {
      articleId,
      authorId: analystId,
      deletedAt: null,
      proposed: false,
      // A claim resting on an orphan stays with it, rather than being copied without its words.
      NOT: { claimSpan: { is: { anchorState: "ORPHANED" } } },
      ...(spanIds ? { claimSpanId: { in: [...spanIds] } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      ...claimFieldsSelect,
      eventId: true,
      entities: { select: { entityId: true } },
    },
  });
  const curated = await db.claim.findMany({
    where: { articleId, deletedAt: null, ...notAnalystWork(projectId) },
    select: { kind: true, claimSpanId: true },
  });
  const have = new Set(curated.map((c) => `${c.kind}:${c.claimSpanId}`));
  let claimsTaken = 0;
  for (const claim of claims) {
    const claimSpanId = claim.claimSpanId ? (copyOf.get(claim.claimSpanId) ?? null) : null;
    const key = `${claim.kind}:${claimSpanId}`;
    if (claimSpanId && have.has(key)) continue;
    have.add(key);
    await createClaim({
      actor,
      articleId,
      input: {
        id: randomUUID(),
        kind: claim.kind,
        claimSpanId,
        speakerSpanId: claim.speakerSpanId ? (copyOf.get(claim.speakerSpanId) ?? null) : null,
        speakerEntityId: claim.speakerEntityId,
        attribution: claim.attribution,
        channel: claim.channel,
        figures: ZClaimFigures.parse(claim.figures),
        occurredOn: claim.occurredOn ? claim.occurredOn.toISOString().slice(0, 10) : null,
        place: claim.place,
        status: claim.status,
        note: claim.note,
        aboutEntityIds: claim.entities.map((e) => e.entityId),
        eventId: claim.eventId,
      },
    });
    claimsTaken++;
  }
  return { claimsTaken, claimsAlreadyThere: claims.length - claimsTaken };
}
