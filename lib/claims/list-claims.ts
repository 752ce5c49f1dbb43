import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { articleScope, type TArticleScope } from "../articles/article-scope";
import { ownWork } from "../curation/visibility";
import { claimSelect } from "./claim-input";

/**
 * An article's claims in text order (by their claim span), each with its current English
 * translation. Under independent annotation an analyst reads only their own until the article is curated.
 * `scope`: the access its caller already checked.
 */
export async function listClaims(options: {
  actor: ActingUser;
  articleId: string;
  includeDeleted?: boolean;
  scope?: TArticleScope;
}) {
  const { ownOnly, ...article } = await articleScope(options.actor, options.articleId, options.scope);
  const claims = await db.claim.findMany({
    where: {
      articleId: article.id,
      proposed: false,
      ...(options.includeDeleted ? {} : { deletedAt: null }),
      ...(ownOnly ? ownWork(options.actor.id) : {}),
    },
    orderBy: { createdAt: "asc" },
    select: claimSelect,
  });
  // An article without claims has no claim translations to look up.
  const translations =
    claims.length === 0
      ? []
      : await db.translation.findMany({
          where: { articleId: article.id, targetType: "CLAIM", targetKey: { in: claims.map((c) => c.id) } },
          select: {
            targetKey: true,
            status: true,
            version: true,
            revisions: { orderBy: { version: "desc" }, take: 1, select: { text: true, origin: true } },
          },
        });
  const byClaim = new Map(
    translations.map((t) => [
      t.targetKey,
      {
        status: t.status,
        version: t.version,
        text: t.revisions[0]?.text ?? "",
        origin: t.revisions[0]?.origin ?? "HUMAN",
      },
    ]),
  );
  return claims
    .map((c) => ({ ...c, translation: byClaim.get(c.id) ?? null }))
    .sort((a, b) => (a.claimSpan?.start ?? Number.MAX_SAFE_INTEGER) - (b.claimSpan?.start ?? Number.MAX_SAFE_INTEGER));
}
