import { makeQuoteSelector } from "../anchoring/selectors";
import type { ActingUser } from "../auth/acting-user";
import { claimKeys } from "../claims/claim-keys";
import { articleScope, type TArticleScope } from "../articles/article-scope";
import { ownWork } from "../curation/visibility";
import { db } from "../db";
import { ConflictError } from "../errors";
import { commitSpanChange } from "../spans/commit-span-change";
import { loadSpanForWrite, type TSpanRef } from "../spans/load-span-for-write";
import { validateSpanRange } from "../spans/validate-span-range";
import { ZPlaceOrphanInput } from "./schemas";
import type { z } from "zod";

/**
 * The spans of an article a revision orphaned (not deleted), for the analyst to place again or
 * delete: their old quote and offsets (in the text version they name), label, the reason and the
 * claims that rest on them. The same visibility as the span list. `scope`: the access its caller
 * already checked.
 */
export async function listOrphans(options: { actor: ActingUser; articleId: string; scope?: TArticleScope }) {
  const { ownOnly, ...article } = await articleScope(options.actor, options.articleId, options.scope);
  const spans = await db.span.findMany({
    where: {
      articleId: article.id,
      anchorState: "ORPHANED",
      deletedAt: null,
      ...(ownOnly ? ownWork(options.actor.id) : {}),
    },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      version: true,
      articleVersion: true,
      start: true,
      end: true,
      quote: true,
      anchorReason: true,
      label: { select: { id: true, name: true, nameAr: true, color: true } },
      author: { select: { id: true, name: true } },
      claimsAsClaim: { where: { deletedAt: null }, select: { id: true, kind: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return spans.map(({ anchorReason, claimsAsClaim, ...s }) => ({
    ...s,
    reason: anchorReason ?? "not_found",
    claims: claimsAsClaim,
  }));
}

/**
 * Places an orphan again where the analyst selected it in the current text: new offsets, quote
 * and context, state `MOVED`, the current text version. Version-checked, audited (`span.place`)
 * and broadcast like any span change, so open readers draw it.
 */
export async function placeOrphan(options: {
  actor: ActingUser;
  ref: TSpanRef;
  input: z.input<typeof ZPlaceOrphanInput>;
}) {
  const input = ZPlaceOrphanInput.parse(options.input);
  const before = await loadSpanForWrite(options.actor, options.ref, input.version);
  const row = await db.span.findUniqueOrThrow({
    where: { id: before.id },
    select: { anchorState: true, article: { select: { text: true, textVersion: true } } },
  });
  if (row.anchorState !== "ORPHANED") throw new ConflictError("The span is not orphaned: it is already in the text");
  if (before.deletedAt) throw new ConflictError("The span is deleted; restore it first");
  const { text, textVersion } = row.article;
  validateSpanRange(text, input.start, input.end, input.quote);
  const { prefix, suffix } = makeQuoteSelector(text, input.start, input.end);
  const placed = await commitSpanChange({
    actor: options.actor,
    before,
    action: "span.place",
    data: {
      start: input.start,
      end: input.end,
      quote: input.quote,
      prefix,
      suffix,
      articleVersion: textVersion,
      anchorState: "MOVED",
      anchorReason: null,
    },
  });
  // The claims on it are matched by their quote: their keys follow the words it now has.
  if (input.quote !== before.quote) {
    const claims = await db.claim.findMany({
      where: { claimSpanId: before.id },
      select: { id: true, kind: true, figures: true },
    });
    for (const claim of claims)
      await db.claim.update({
        where: { id: claim.id },
        data: claimKeys({ quote: input.quote, kind: claim.kind, figures: claim.figures }),
      });
  }
  return placed;
}
