/**
 * Incidents and links for a set of claims at once, in report order: the pure form of what the
 * database path does one article at a time (lib/incidents/propose-incidents.ts). The evaluation
 * (npm run eval:links) and the unit tests run it on whole corpora.
 */
import { quoteShingles, thingClass } from "../claims/claim-keys";
import { type TClaimFigures, ZClaimFigures } from "../claims/figures";
import { matchKey } from "../arabic/normalize";
import { relateClaims, type TRelatableClaim, type TRelationProposal } from "../links/relate-claims";
import { articleContext, claimFeatures, type TExtraPlace } from "./features";
import { clusterClaims, isIncidentClaim, type TIncident } from "./cluster";
import type { TIncidentFeatures } from "./types";

export type TReportArticle = { id: string; text: string; publishedAt: string | null };
export type TReportClaim = {
  id: string;
  articleId: string;
  kind: string;
  figures: unknown;
  start: number;
  end: number;
  source: string;
};

/** The link rules' view of a claim, features read from its article. */
export function relatable(
  claim: Omit<TReportClaim, "figures"> & {
    figures: TClaimFigures;
    quote: string;
    publishedAt: string | null;
    features: TIncidentFeatures;
  },
  incidentId: string | null,
): TRelatableClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    publishedAt: claim.publishedAt,
    kind: claim.kind,
    figures: claim.figures,
    features: claim.features,
    incidentId,
    source: sourceKey(claim.source),
    quote: claim.quote,
    quoteShingles: quoteShingles(claim.quote),
  };
}

export function sourceKey(source: string): string {
  return matchKey(source)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether two claims could be related at all: the pairs the database path finds through its indexes. */
export function mayRelate(a: TRelatableClaim, b: TRelatableClaim): boolean {
  if (a.incidentId && a.incidentId === b.incidentId) return true;
  if (a.kind === "COUNT" && b.kind === "COUNT" && !a.incidentId && !b.incidentId) {
    return thingClass(a.figures.thing ?? "") === thingClass(b.figures.thing ?? "");
  }
  return a.quoteShingles.some((s) => b.quoteShingles.includes(s));
}

export function reconcile(
  articles: readonly TReportArticle[],
  claims: readonly TReportClaim[],
  extraPlaces: readonly TExtraPlace[] = [],
) {
  const ordered = [...articles].sort(
    (a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.id.localeCompare(b.id),
  );
  const byArticle = new Map<string, TReportClaim[]>();
  for (const c of claims) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const incidents: TIncident[] = [];
  let next = 0;
  const enriched: TRelatableClaim[] = [];
  const assignments = new Map<string, string>();
  for (const article of ordered) {
    const ctx = articleContext(article.text, article.publishedAt, extraPlaces);
    const mine = (byArticle.get(article.id) ?? []).sort((a, b) => a.start - b.start);
    const withFeatures = mine.map((c) => ({
      ...c,
      figures: ZClaimFigures.parse(c.figures),
      quote: article.text.slice(c.start, c.end),
      publishedAt: article.publishedAt,
      features: claimFeatures(ctx, c),
      position: c.start,
    }));
    for (const [claimId, incidentId] of clusterClaims(withFeatures, incidents, () => `incident-${++next}`))
      assignments.set(claimId, incidentId);
    for (const c of withFeatures)
      enriched.push(relatable(c, isIncidentClaim(c) ? (assignments.get(c.id) ?? null) : null));
  }
  // Incident membership can grow after a claim was placed; read it once all are placed.
  const final = enriched.map((c) => ({ ...c, incidentId: assignments.get(c.id) ?? null }));
  const relations: TRelationProposal[] = [];
  for (let i = 0; i < final.length; i++) {
    for (let j = i + 1; j < final.length; j++) {
      const a = final[i]!;
      const b = final[j]!;
      if (!mayRelate(a, b)) continue;
      const r = relateClaims(a, b);
      if (r) relations.push(r);
    }
  }
  return { incidents, assignments, relations, claims: final };
}
