/**
 * Normalisation applied once, when an article is imported. The result is what gets stored and
 * what every offset counts against, so it must change as little as possible: a leading byte order
 * mark goes, line endings become "\n", and the text is put in Unicode NFC (so that the same
 * visible text always has the same code units). Nothing else — no trimming, no whitespace
 * collapsing, no Arabic folding (that is lib/arabic/normalize.ts, for matching only).
 */
export function normalizeImportedText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** True when `text` is already in the stored form (useful to validate API input). */
export function isNormalizedImportedText(text: string): boolean {
  return normalizeImportedText(text) === text;
}
