/**
 * The texts of the articles this process wrote spans on lately, each with its `textHash` (the
 * SHA-256 of the stored text, see text-hash.ts). A span creation needs the whole text to check its
 * quote and take its context, and reading it on every create (20 KB for a long report, detoasted by
 * PostgreSQL and decoded here) was the largest part of that statement's cost. The statement asks
 * for the text only when the stored hash differs from the one known here, so a revision, or any
 * other change to the text, is read again: an entry is never trusted without that comparison.
 */
const TEXTS = new Map<string, { hash: string; text: string }>();
const CACHE_SIZE = 200;

/** The hash of the text kept for this article, or null when none is kept. */
export function knownTextHash(articleId: string): string | null {
  return TEXTS.get(articleId)?.hash ?? null;
}

/** The text kept for this article under this hash, or null (none kept, or another text). */
export function keptArticleText(articleId: string, hash: string): string | null {
  const kept = TEXTS.get(articleId);
  return kept?.hash === hash ? kept.text : null;
}

/** Keeps the text the database sent, with its hash, in place of the article's older one. */
export function keepArticleText(articleId: string, hash: string, text: string): void {
  TEXTS.delete(articleId);
  if (TEXTS.size >= CACHE_SIZE) TEXTS.delete(TEXTS.keys().next().value ?? "");
  TEXTS.set(articleId, { hash, text });
}
