/**
 * Tokeniser for the Arabic number and figure parser. Tokens carry a folded "key" for lexicon
 * look-ups and UTF-16 offsets into the ORIGINAL input (through the normaliser's index map).
 */
import { mapRangeToInput, normalizeArabic } from "./normalize";

export type TokenKind = "word" | "num" | "latin" | "punct" | "opaque";

export type Token = {
  kind: TokenKind;
  /** Folded form used for look-ups: normalizeArabic (plain) plus ة→ه, ؤ→و, ئ→ي. */
  key: string;
  /** UTF-16 offsets into the input. `end` includes marks after the last letter (tanween…). */
  start: number;
  end: number;
  /** Input offset of each key character, so a prefix (و، ب…) can be left out of a span. */
  charStarts: number[];
};

/** Keys already folded: the same words come back in every sentence and every rule. */
const KEYS = new Map<string, string>();
const KEYS_MAX = 50_000;

/** Folds a string written in ordinary spelling to the key form used by the lexicon. */
export function toKey(s: string): string {
  const known = KEYS.get(s);
  if (known !== undefined) return known;
  const key = normalizeArabic(s)
    .text.replace(/\u0629/gu, "\u0647")
    .replace(/\u0624/gu, "\u0648")
    .replace(/\u0626/gu, "\u064a");
  if (KEYS.size >= KEYS_MAX) KEYS.clear();
  KEYS.set(s, key);
  return key;
}

export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(toKey));
}

export function keyMap<V>(entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  return new Map(entries.map(([k, v]) => [toKey(k), v] as const));
}

const TOKEN_PATTERN = new RegExp(
  [
    // URLs, handles, e-mail addresses, clock times and numeric dates: never quantities.
    String.raw`(?<opaque>(?:https?:\/\/|www\.)\S+|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+\/\S*|@[A-Za-z0-9_]+` +
      String.raw`|\S+@\S+\.[A-Za-z]+|\d{1,2}:\d{2}(?::\d{2})?|\d{1,4}\/\d{1,2}(?:\/\d{1,4})?)`,
    String.raw`(?<num>\d+(?:[.,]\d+)*)`,
    String.raw`(?<word>[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+)`,
    "(?<latin>[A-Za-z][A-Za-z'’]*)",
    String.raw`(?<punct>\S|\n)`,
  ].join("|"),
  "gu",
);

export function tokenize(input: string): Token[] {
  const n = normalizeArabic(input);
  const tokens: Token[] = [];
  for (const m of n.text.matchAll(TOKEN_PATTERN)) {
    const groups = m.groups ?? {};
    const kind = (["opaque", "num", "word", "latin", "punct"] as const).find((k) => groups[k] !== undefined);
    if (!kind) continue;
    const from = m.index;
    const to = from + m[0].length;
    const { start, end } = mapRangeToInput(n.map, from, to);
    const charStarts = n.map.slice(from, to);
    const key = kind === "word" ? toKey(m[0]) : kind === "latin" ? m[0].toLowerCase() : m[0];
    tokens.push({ kind, key, start, end, charStarts });
  }
  return tokens;
}

/** Value of a digit token: "25,000" → 25000, "2.5" → 2.5, "1,5" → 1.5. */
export function parseDigits(s: string): number {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) return Number(s.replace(/,/gu, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/u.test(s)) return Number(s.replace(/\./gu, ""));
  if (/^\d+,\d+$/u.test(s)) return Number(s.replace(",", "."));
  return Number(s.replace(/,/gu, ""));
}

export const SENTENCE_BREAKS: ReadonlySet<string> = new Set([".", "!", "?", "؟", ";", "؛", "…", "\n", ":"]);
