import type { ActingUser } from "../auth/acting-user";
import { ZClaimFigures } from "../claims/figures";
import { db } from "../db";
import { ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { figureNumber, type TAgreementClaim } from "./claims";
import { computeAgreement, type TAgreementArticle } from "./report";
import type { TAgreementQuery, TAgreementReport } from "./schemas";

const FIGURES = ["killed", "injured", "value"] as const;

function claimFigures(stored: unknown): Record<string, number> {
  const parsed = ZClaimFigures.safeParse(stored);
  const figures: Record<string, number> = {};
  if (!parsed.success) return figures;
  for (const name of FIGURES) {
    const number = figureNumber(parsed.data[name]);
    if (number !== null) figures[name] = number;
  }
  return figures;
}

function refuseUnknown(what: string, asked: readonly string[] | undefined, known: Iterable<string>) {
  if (!asked) return;
  const found = new Set(known);
  const unknown = asked.filter((id) => !found.has(id));
  if (unknown.length > 0) throw new ValidationError(`Not ${what} of this project: ${unknown.join(", ")}`, { unknown });
}

/**
 * Agreement among the analysts over the articles at least two of them finished (their assignment
 * is done), read from each analyst's own spans and claims on those articles. Any member may read
 * it. Filters: labels (spans of other labels are left out), analysts, articles; an id that is not
 * the project's label, member or live article is a 400.
 */
export async function getAgreement(options: {
  actor: ActingUser;
  projectId: string;
  query: Omit<TAgreementQuery, "format">;
}): Promise<TAgreementReport> {
  const { projectId, query } = options;
  await requireMembership(options.actor, projectId);
  const [labels, members, articlesAsked] = await Promise.all([
    db.label.findMany({
      where: { projectId, deletedAt: null },
      orderBy: { order: "asc" },
      select: { id: true, key: true, name: true, nameAr: true, color: true },
    }),
    query.analysts
      ? db.membership.findMany({ where: { projectId, userId: { in: query.analysts } }, select: { userId: true } })
      : [],
    query.articles
      ? db.article.findMany({ where: { projectId, id: { in: query.articles }, deletedAt: null }, select: { id: true } })
      : [],
  ]);
  refuseUnknown(
    "labels",
    query.labels,
    labels.map((l) => l.id),
  );
  refuseUnknown(
    "members",
    query.analysts,
    members.map((m) => m.userId),
  );
  refuseUnknown(
    "live articles",
    query.articles,
    articlesAsked.map((a) => a.id),
  );
  const wantedLabels = query.labels ? labels.filter((l) => query.labels?.includes(l.id)) : labels;

  const done = await db.assignment.findMany({
    where: {
      projectId,
      status: "DONE",
      article: { deletedAt: null },
      ...(query.analysts ? { userId: { in: query.analysts } } : {}),
      ...(query.articles ? { articleId: { in: query.articles } } : {}),
    },
    select: { articleId: true, userId: true },
  });
  const finishers = new Map<string, string[]>();
  for (const { articleId, userId } of done) finishers.set(articleId, [...(finishers.get(articleId) ?? []), userId]);
  for (const [articleId, users] of finishers) if (users.length < 2) finishers.delete(articleId);
  const articleIds = [...finishers.keys()];
  const analystIds = [...new Set([...finishers.values()].flat())];

  const [analysts, articles, spans, claims, links] = await Promise.all([
    db.user.findMany({
      where: { id: { in: analystIds } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, email: true, name: true },
    }),
    db.article.findMany({
      where: { id: { in: articleIds } },
      select: { id: true, title: true, text: true, curatedAt: true },
    }),
    db.span.findMany({
      where: {
        articleId: { in: articleIds },
        authorId: { in: analystIds },
        labelId: { in: wantedLabels.map((l) => l.id) },
        deletedAt: null,
        // Orphans of a revision are not in the text the others annotated.
        anchorState: { not: "ORPHANED" },
      },
      select: { articleId: true, authorId: true, start: true, end: true, labelId: true },
    }),
    db.claim.findMany({
      where: { articleId: { in: articleIds }, authorId: { in: analystIds }, deletedAt: null, proposed: false },
      select: {
        id: true,
        articleId: true,
        authorId: true,
        kind: true,
        speakerEntityId: true,
        figures: true,
        claimSpan: { select: { start: true, end: true, deletedAt: true } },
      },
    }),
    // People's links, and the system's once confirmed: an unreviewed proposal says nothing about an analyst.
    db.claimLink.findMany({
      where: {
        projectId,
        state: { not: "DISMISSED" },
        OR: [{ origin: "HUMAN" }, { state: "CONFIRMED" }],
        AND: [
          { OR: [{ fromClaim: { articleId: { in: articleIds } } }, { toClaim: { articleId: { in: articleIds } } }] },
        ],
      },
      select: { fromClaimId: true, toClaimId: true, relation: true },
    }),
  ]);

  const linksOf = new Map<string, { otherClaimId: string; relation: string }[]>();
  const addLink = (claimId: string, otherClaimId: string, relation: string) =>
    linksOf.set(claimId, [...(linksOf.get(claimId) ?? []), { otherClaimId, relation }]);
  for (const link of links) {
    addLink(link.fromClaimId, link.toClaimId, link.relation);
    addLink(link.toClaimId, link.fromClaimId, link.relation);
  }
  const layerKey = (articleId: string, userId: string) => `${articleId}:${userId}`;
  const spansBy = new Map<string, TAgreementArticle["layers"][number]["spans"]>();
  for (const span of spans) {
    const key = layerKey(span.articleId, span.authorId ?? "");
    spansBy.set(key, [...(spansBy.get(key) ?? []), span]);
  }
  const claimsBy = new Map<string, TAgreementClaim[]>();
  for (const claim of claims) {
    const key = layerKey(claim.articleId, claim.authorId ?? "");
    const span = claim.claimSpan && !claim.claimSpan.deletedAt ? claim.claimSpan : null;
    claimsBy.set(key, [
      ...(claimsBy.get(key) ?? []),
      {
        id: claim.id,
        kind: claim.kind,
        span: span ? { start: span.start, end: span.end } : null,
        speakerEntityId: claim.speakerEntityId,
        figures: claimFigures(claim.figures),
        links: linksOf.get(claim.id) ?? [],
      },
    ]);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const report = computeAgreement({
    analystIds: analysts.map((a) => a.id),
    labelIds: wantedLabels.map((l) => l.id),
    articles: articles.map((article) => ({
      articleId: article.id,
      textLength: article.text.length,
      layers: (finishers.get(article.id) ?? []).map((analystId) => ({
        analystId,
        spans: spansBy.get(layerKey(article.id, analystId)) ?? [],
        claims: claimsBy.get(layerKey(article.id, analystId)) ?? [],
      })),
    })),
  });
  return {
    analysts,
    labels: wantedLabels,
    articleCount: report.articleCount,
    spans: report.spans,
    claims: report.claims,
    articles: report.articles.map((a) => ({
      ...a,
      title: byId.get(a.articleId)?.title ?? "",
      curatedAt: byId.get(a.articleId)?.curatedAt?.toISOString() ?? null,
    })),
  };
}
