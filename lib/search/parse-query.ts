/**
 * The search box's little language: words (all must match), "a quoted phrase", -word (must not
 * match). Every word also matches its broken plural or singular (synonyms.ts).
 */
import { otherForms } from "./synonyms";

export type QueryTerm = { text: string; phrase: boolean; negated: boolean; alternatives: string[] };

export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /(-?)"([^"]+)"|(-?)«([^»]+)»|(\S+)/gu;
  for (const m of q.normalize("NFC").matchAll(pattern)) {
    if (m[2] !== undefined || m[4] !== undefined) {
      const text = (m[2] ?? m[4] ?? "").trim();
      if (text) terms.push({ text, phrase: true, negated: (m[1] ?? m[3]) === "-", alternatives: [] });
      continue;
    }
    let word = m[5] ?? "";
    const negated = word.startsWith("-") && word.length > 1;
    if (negated) word = word.slice(1);
    word = word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
    if (!word || /^(?:or|and|أو|و)$/iu.test(word)) continue;
    terms.push({ text: word, phrase: false, negated, alternatives: otherForms(word) });
  }
  return terms.slice(0, 12);
}
