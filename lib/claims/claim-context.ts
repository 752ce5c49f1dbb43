import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { ZClaimFigures } from "./figures";

/**
 * What a reader needs to judge a claim away from its article: the sentence around its claim
 * span, the article's title, outlet and date, the speaker, and the current English translation.
 */
export const claimContextSelect = {
  id: true,
  articleId: true,
  kind: true,
  figures: true,
  attribution: true,
  channel: true,
  status: true,
  occurredOn: true,
  place: true,
  eventId: true,
  claimSpan: { select: { id: true, start: true, end: true, quote: true } },
  speakerSpan: { select: { quote: true } },
  speakerEntity: { select: { id: true, nameAr: true, nameEn: true } },
  article: { select: { id: true, title: true, source: true, publishedAt: true, text: true } },
} as const;

export type TClaimWithArticle = Prisma.ClaimGetPayload<{ select: typeof claimContextSelect }>;

/** Extra selected fields of the claims (T beyond claimContextSelect) are passed through; the figures are parsed. */
export async function withClaimContext<T extends TClaimWithArticle>(claims: T[]) {
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const [sentences, translations] = await Promise.all([
    db.segment.findMany({
      where: { articleId: { in: articleIds }, kind: "SENTENCE" },
      select: { articleId: true, start: true, end: true },
    }),
    db.translation.findMany({
      where: { articleId: { in: articleIds }, targetType: "CLAIM", targetKey: { in: claims.map((c) => c.id) } },
      select: {
        targetKey: true,
        status: true,
        revisions: { orderBy: { version: "desc" }, take: 1, select: { text: true } },
      },
    }),
  ]);
  const translationOf = new Map(
    translations.map((t) => [t.targetKey, { text: t.revisions[0]?.text ?? "", status: t.status }]),
  );
  return claims.map(({ article, ...c }) => {
    const span = c.claimSpan;
    const inArticle = sentences.filter((s) => s.articleId === c.articleId);
    const first = span ? inArticle.find((s) => s.start <= span.start && span.start < s.end) : undefined;
    const last = span ? inArticle.find((s) => s.start < span.end && span.end <= s.end) : undefined;
    const sentence = first ? article.text.slice(first.start, Math.max(first.end, last?.end ?? first.end)) : "";
    const { text: _text, ...articleInfo } = article;
    return {
      ...c,
      figures: ZClaimFigures.parse(c.figures),
      article: articleInfo,
      sentence,
      translation: translationOf.get(c.id) ?? null,
    };
  });
}
