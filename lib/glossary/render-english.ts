import { matchKey } from "../arabic/normalize";

/**
 * Turns the Arabic in a claim's fields into English from known terms only (the entity registry's
 * English names and the project glossary), and takes out whatever Arabic is left so an English
 * draft never contains Arabic letters: each untranslated run becomes "[…]" in the text and is
 * returned beside it, in order. Pure: the terms are given.
 */

export type TTerm = { arabic: string; english: string };
export type TLexicon = { terms: ReadonlyMap<string, string>; longest: number };
/** One "[…]" of the text, in order: the Arabic it stands for ("" when there is none to show). */
export type TGap = { arabic: string };

export const GAP = "[…]";

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** A run of Arabic: Arabic words with the spaces, Arabic punctuation and digits between them. */
const ARABIC_RUN =
  /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[\s\u060C\u061B\u061F«»"“”'0-9٠-٩-]+[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*/g;
const PUNCTUATION = /^[\s"“”«»'()[\]،؛؟.,:;!-]+|[\s"“”«»'()[\]،؛؟.,:;!-]+$/g;

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/**
 * Small words that join terms. They are translated only between two translated parts, so
 * "عنصر في الحشد الشعبي" with an unknown first word stays one untranslated run beside the English.
 */
const JOINERS: ReadonlyMap<string, string> = new Map(
  (
    [
      ["في", "in"],
      ["من", "from"],
      ["على", "on"],
      ["و", "and"],
      ["مع", "with"],
      ["ضد", "against"],
      ["قرب", "near"],
      ["بين", "between"],
    ] as const
  ).map(([ar, en]) => [matchKey(ar), en]),
);

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export function makeLexicon(terms: readonly TTerm[]): TLexicon {
  const map = new Map<string, string>();
  let longest = 1;
  for (const term of terms) {
    const english = term.english.trim();
    const key = matchKey(words(term.arabic.replace(PUNCTUATION, "")).join(" "));
    // Only Arabic terms: an entity's Latin alias ("PMF") is already English and stays as written.
    if (!key || !english || !hasArabic(term.arabic) || hasArabic(english)) continue;
    // The first term given wins (callers list the more specific source first).
    if (!map.has(key)) map.set(key, english);
    longest = Math.max(longest, words(term.arabic).length);
  }
  return { terms: map, longest };
}

type TPiece = { kind: "term" | "joiner" | "arabic" | "other"; text: string; arabic: string };

/** The field with every known term in English and every unknown Arabic word left as it is. */
export function renderTerms(text: string, lexicon: TLexicon): string {
  const tokens = words(text);
  const pieces: TPiece[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let n = Math.min(lexicon.longest, tokens.length - i); n >= 1 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(" ");
      const english = lexicon.terms.get(matchKey(phrase.replace(PUNCTUATION, "")));
      if (english) {
        pieces.push({ kind: "term", text: english, arabic: phrase });
        i += n;
        matched = true;
      }
    }
    if (matched) continue;
    const token = tokens[i]!;
    const joiner = JOINERS.get(matchKey(token));
    pieces.push({
      kind: joiner ? "joiner" : hasArabic(token) ? "arabic" : "other",
      text: joiner ?? token,
      arabic: token,
    });
    i++;
  }
  return pieces
    .map((piece, i) => {
      if (piece.kind !== "joiner") return piece.kind === "arabic" ? piece.arabic : piece.text;
      const before = pieces[i - 1];
      const after = pieces[i + 1];
      const between = before && after && before.kind !== "arabic" && after.kind !== "arabic";
      return between ? piece.text : piece.arabic;
    })
    .join(" ");
}

/**
 * Takes every run of Arabic out of an English text: the run becomes "[…]" and is listed, in
 * order, beside it. `GAP`s already in the text are listed too (with no Arabic), so the list
 * lines up with every "[…]" the text shows.
 */
export function separateArabic(text: string, fill: readonly string[] = []): { text: string; gaps: TGap[] } {
  const gaps: TGap[] = [];
  let filled = 0;
  const pattern = new RegExp(`${GAP.replace(/[[\]]/g, "\\$&")}|${ARABIC_RUN.source}`, "g");
  const out = text.replace(pattern, (match) => {
    if (match === GAP) {
      gaps.push({ arabic: fill[filled++] ?? "" });
      return GAP;
    }
    gaps.push({ arabic: match.trim() });
    return GAP;
  });
  return { text: out, gaps };
}
