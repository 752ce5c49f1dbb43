/**
 * Broken plurals the light stemmer cannot join to their singular (صاروخ/صواريخ، قذيفة/قذائف،
 * جندي/جنود): a query for one also looks for the other. Written in ordinary spelling; compared on
 * search keys.
 */
import { searchKey } from "./search-key";

const GROUPS: ReadonlyArray<readonly string[]> = [
  ["صاروخ", "صواريخ"],
  ["قذيفة", "قذائف"],
  ["جندي", "جنود"],
  ["هجوم", "هجمات"],
  ["قاعدة", "قواعد"],
  ["ضربة", "ضربات"],
  ["قتيل", "قتلى"],
  ["جريح", "جرحى"],
  ["فصيل", "فصائل"],
  ["كتيبة", "كتائب"],
  ["مسؤول", "مسؤولون", "مسؤولين"],
  ["طائرة", "طائرات"],
  ["منشأة", "منشآت"],
  ["موقع", "مواقع"],
  ["سفارة", "سفارات"],
  ["عنصر", "عناصر"],
  ["شخص", "أشخاص"],
  ["قائد", "قادة"],
  ["مقاتل", "مقاتلون", "مقاتلين"],
  ["محتج", "محتجون", "محتجين"],
  ["مسلح", "مسلحون", "مسلحين"],
  ["ميليشيا", "ميليشيات"],
  ["غارة", "غارات"],
  ["مدني", "مدنيون", "مدنيين"],
  ["عربة", "عربات"],
  ["مصدر", "مصادر"],
  ["قوة", "قوات"],
  ["دولة", "دول"],
  ["حزب", "أحزاب"],
];

const INDEX: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPS.flatMap((group) => {
    const keys = group.map((w) => searchKey(w));
    return keys.map((k) => [k, keys] as const);
  }),
);

/** The other forms of a word (as search keys), or [] when it has none. */
export function otherForms(word: string): string[] {
  const key = searchKey(word);
  const found = INDEX.get(key);
  return found ? found.filter((k) => k !== key) : [];
}
