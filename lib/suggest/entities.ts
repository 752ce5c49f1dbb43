/**
 * Mentions of the project's entities (places, organisations, people, outlets), found by their
 * match keys (lib/arabic/normalize.ts): «الأمريكية»/«الأميركية», tatweel, diacritics, hamza forms,
 * the article and proclitics (وبغداد، بالعراق) do not matter. A mention covers whole words; where
 * two names overlap the longer wins («كتائب حزب الله» over «حزب الله»).
 */
import { mapRangeToInput, matchKey, normalizeArabic } from "../arabic/normalize";
import type { TEntityForMatching } from "./types";

export type EntityMention = { start: number; end: number; entity: TEntityForMatching };

const isLetter = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
/** Letters that may be glued before a name: و، ف، ب، ل، ك (at most two). */
const PROCLITICS = /^[وفبلك]{1,2}$/u;

export function findEntityMentions(text: string, entities: readonly TEntityForMatching[]): EntityMention[] {
  if (entities.length === 0) return [];
  const hay = normalizeArabic(text, { matchKey: true });
  const found: EntityMention[] = [];
  for (const entity of entities) {
    const keys = [...new Set(entity.names.map((n) => matchKey(n).trim()).filter((k) => k.length >= 2))];
    for (const key of keys) {
      for (let at = hay.text.indexOf(key); at !== -1; at = hay.text.indexOf(key, at + 1)) {
        const end = at + key.length;
        if (end < hay.text.length && isLetter(hay.text.charAt(end))) continue;
        let wordStart = at;
        while (wordStart > 0 && isLetter(hay.text.charAt(wordStart - 1))) wordStart--;
        if (wordStart < at && !PROCLITICS.test(hay.text.slice(wordStart, at))) continue;
        const r = mapRangeToInput(hay.map, at, end);
        found.push({ start: withArticle(text, r.start), end: r.end, entity });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Match keys drop the article; the mention keeps it («العراق», not «عراق»), but not a preposition. */
function withArticle(text: string, start: number): number {
  let wordStart = start;
  while (wordStart > 0 && /[\p{L}\p{M}\u0640]/u.test(text.charAt(wordStart - 1))) wordStart--;
  const before = text.slice(wordStart, start).replace(/[\p{M}\u0640]/gu, "");
  const m = /^(?:[وفبك]?)(ال)$/u.exec(before);
  if (!m) return start;
  // Position of «ال» in the original (diacritics may sit between the letters).
  let k = start;
  let letters = 0;
  while (k > wordStart && letters < 2) {
    k--;
    if (!/[\p{M}\u0640]/u.test(text.charAt(k))) letters++;
  }
  return k;
}
