/**
 * Helpers for the incident and relation rule tests: claims placed on the first occurrence of a
 * quote, as the engine would propose them, and the incident features of such a claim.
 */
import { articleContext, claimFeatures } from "./features";
import type { reconcile, TReportArticle, TReportClaim } from "./reconcile";

export const exactly = (value: number) => ({ qualifier: "exactly", value });

/** A claim of `kind` on the first occurrence of `quote` in an article. */
export function claimOn(
  article: TReportArticle,
  id: string,
  quote: string,
  kind: "CASUALTY" | "COUNT",
  figures: Record<string, unknown>,
  source = "",
): TReportClaim {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`not in ${article.id}: ${quote}`);
  return { id, articleId: article.id, kind, figures, start, end: start + quote.length, source };
}

/** A casualty claim on the first occurrence of `quote` in an article. */
export function casualtyOn(
  article: TReportArticle,
  id: string,
  quote: string,
  figures: Record<string, unknown>,
  source = "",
): TReportClaim {
  return claimOn(article, id, quote, "CASUALTY", figures, source);
}

/** The incident features of a casualty claim on the first occurrence of `quote` in a text. */
export function casualtyFeatures(text: string, publishedAt: string, quote: string, figures: Record<string, unknown>) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return claimFeatures(articleContext(text, publishedAt), {
    start,
    end: start + quote.length,
    kind: "CASUALTY",
    figures,
  });
}

/** The relation proposed between two claims, in either direction. */
export function relationBetween(relations: ReturnType<typeof reconcile>["relations"], x: string, y: string) {
  return relations.find(
    (r) => (r.fromClaimId === x && r.toClaimId === y) || (r.fromClaimId === y && r.toClaimId === x),
  );
}
