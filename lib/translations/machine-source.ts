import { db } from "../db";
import { NotFoundError, ValidationError } from "../errors";

/** The Arabic a machine translation starts from: a paragraph's text or a claim's quoted words. */
export async function machineSourceText(
  article: { id: string; text: string },
  targetType: "SEGMENT" | "CLAIM",
  targetKey: string,
): Promise<string> {
  if (targetType === "SEGMENT") {
    const segment = await db.segment.findFirst({
      where: { articleId: article.id, kind: "PARAGRAPH", index: Number.parseInt(targetKey, 10) },
      select: { start: true, end: true },
    });
    if (!segment) throw new NotFoundError("Paragraph");
    return article.text.slice(segment.start, segment.end);
  }
  const claim = await db.claim.findFirst({
    where: { id: targetKey, articleId: article.id, deletedAt: null },
    select: { claimSpan: { select: { quote: true, deletedAt: true } } },
  });
  if (!claim) throw new NotFoundError("Claim");
  const quote = claim.claimSpan && !claim.claimSpan.deletedAt ? claim.claimSpan.quote : "";
  if (!quote.trim()) throw new ValidationError("This claim has no quoted words to translate (give it a claim span)");
  return quote;
}
