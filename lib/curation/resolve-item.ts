import { randomUUID } from "node:crypto";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { setClaimDeleted } from "../claims/set-claim-deleted";
import { db } from "../db";
import { ValidationError } from "../errors";
import { createSpan } from "../spans/create-span";
import { setSpanDeleted } from "../spans/set-span-deleted";
import { takeVersion } from "./curate-article";
import { getCurationView, loadCurationContext, REJECT_ACTION } from "./curation-view";
import { ZResolveItemInput } from "./schemas";

type TPlaced = { id: string; labelId: string; start: number; end: number };
const same = (a: Omit<TPlaced, "id">, b: Omit<TPlaced, "id">) =>
  a.labelId === b.labelId && a.start === b.start && a.end === b.end;

/** Deletes curated spans with the curated claims on them, each written and audited as any deletion. */
async function dropCurated(actor: ActingUser, articleId: string, spans: readonly { id: string; version: number }[]) {
  if (spans.length === 0) return;
  const claims = await db.claim.findMany({
    where: { articleId, deletedAt: null, claimSpanId: { in: spans.map((s) => s.id) } },
    select: { id: true, version: true },
  });
  for (const c of claims) await setClaimDeleted({ actor, claimId: c.id, version: c.version, deleted: true });
  for (const s of spans)
    await setSpanDeleted({ actor, ref: { articleId, spanId: s.id }, version: s.version, deleted: true });
}

/**
 * A curator's decision on one item of the curation view (./curation-view.ts): take one analyst's
 * version of it, merge every analyst's version, put an edited span in, or reject the item. The
 * item is named by its analyst spans and the curated spans the curator saw on it; spans that are
 * not the article's analysts' live spans, or curated spans that are not in the curated layer, are
 * refused (400) before anything changes. Answers the curation view as it is afterwards.
 */
export async function resolveItem(options: { actor: ActingUser; articleId: string; input: unknown }) {
  const { actor, articleId } = options;
  const input = ZResolveItemInput.parse(options.input);
  const { article, analysts, projectAnalysts } = await loadCurationContext(actor, articleId);
  const analystIds = new Set(analysts.map((a) => a.id));
  const [raw, curated] = await Promise.all([
    db.span.findMany({
      where: { id: { in: input.spanIds }, articleId, deletedAt: null, anchorState: { not: "ORPHANED" } },
      select: { id: true, authorId: true, labelId: true, start: true, end: true },
    }),
    db.span.findMany({
      where: { id: { in: input.curatedSpanIds }, articleId, deletedAt: null },
      select: { id: true, authorId: true, labelId: true, start: true, end: true, version: true },
    }),
  ]);
  if (raw.length !== new Set(input.spanIds).size || raw.some((s) => !s.authorId || !analystIds.has(s.authorId)))
    throw new ValidationError("Some of these spans are not live spans of the article's analysts");
  if (curated.some((s) => s.authorId && projectAnalysts.has(s.authorId)))
    throw new ValidationError("Some of the curated spans are an analyst's own work, not the curated layer");

  switch (input.action) {
    case "take": {
      if (!input.analystId || !analystIds.has(input.analystId))
        throw new ValidationError("This analyst is not assigned to the article", { analystId: input.analystId });
      const theirs = raw.filter((s) => s.authorId === input.analystId);
      if (theirs.length === 0) throw new ValidationError("This analyst marked nothing in this item");
      await dropCurated(
        actor,
        articleId,
        curated.filter((c) => !theirs.some((t) => same(t, c))),
      );
      await takeVersion({ actor, articleId, input: { analystId: input.analystId, spanIds: theirs.map((s) => s.id) } });
      break;
    }
    case "merge": {
      for (const analyst of analysts) {
        const theirs = raw.filter((s) => s.authorId === analyst.id);
        if (theirs.length > 0)
          await takeVersion({ actor, articleId, input: { analystId: analyst.id, spanIds: theirs.map((s) => s.id) } });
      }
      break;
    }
    case "edit": {
      const wanted = { labelId: input.labelId ?? "", start: input.start ?? 0, end: input.end ?? 0 };
      if (wanted.end > article.text.length)
        throw new ValidationError(`end is past the end of the text (${article.text.length})`);
      await dropCurated(
        actor,
        articleId,
        curated.filter((c) => !same(c, wanted)),
      );
      if (!curated.some((c) => same(c, wanted)))
        await createSpan({
          actor,
          articleId,
          input: { id: randomUUID(), ...wanted, quote: article.text.slice(wanted.start, wanted.end) },
        });
      break;
    }
    case "reject": {
      await dropCurated(actor, articleId, curated);
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actorId: actor.id,
          projectId: article.projectId,
          action: REJECT_ACTION,
          entityType: "Article",
          entityId: articleId,
          after: { spanIds: raw.map((s) => s.id) },
        }),
      );
      break;
    }
  }
  return getCurationView({ actor, articleId });
}
