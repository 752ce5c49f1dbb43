import { matchKey } from "../arabic/normalize";

/**
 * Keys that let the link suggester find related claims through indexes instead of comparing a
 * new claim with every stored one: the folded quote, hashes of its 4-word shingles (so a quote
 * carried with different surrounding words still meets), and the folded thing a count counts.
 */
const SHINGLE = 4;
const MAX_SHINGLES = 64;

function words(text: string): string[] {
  return matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** FNV-1a, 32 bits, as 8 hex digits: short keys for a GIN-indexed text array. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export function quoteShingles(quote: string): string[] {
  const w = words(quote);
  if (w.length < SHINGLE) return w.length ? [fnv1a(w.join(" "))] : [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length && out.size < MAX_SHINGLES; i++)
    out.add(fnv1a(w.slice(i, i + SHINGLE).join(" ")));
  return [...out];
}

/**
 * What a count counts, folded to a class so that «هجوماً», «هجمات» and «84 مرة» meet: attacks,
 * troops, munitions, or the counted words themselves.
 */
/** Who carried an attack out, counted: «انتحاريان»، «المهاجمين الثلاثة»، «منفذيه». */
export const ATTACKER_WORDS = /انتحاري|مهاجم|منفذ|ارهابي|انغماسي/u;

export function thingClass(thing: string): string {
  const k = matchKey(thing);
  if (/هجوم|هجمات|هجوما|اعتداء|اعتداءات|مره|مرات|عمليه|عمليات|استهداف/u.test(k)) return "attack";
  if (/جندي|جنود|عسكري|قوات/u.test(k)) return "troops";
  // «سيارة إسعاف مفخخة»، «عبوة ناسفة»: a vehicle or device made into a bomb is a munition too.
  // «عبوتين»، «حزامين»، «شاحنات ملغّمة»: explosive devices and belts named without their adjective, the shadda's spelling.
  if (
    /صاروخ|صواريخ|صوارخ|قذيف|قذايف|هاون|مورتر|مسير|كاتيوشا|مقذوف|مفخخ|ناسف|ملغوم|ملغم|قنبل|عبو(?:ه|ات|تين|تان|تي|تا)(?:\s|$)|حزام(?!\s+امني)|احزمه/u.test(
      k,
    )
  )
    return "munition";
  if (
    /منشا|منشات|مقر|مقار|مقرات|هدف|اهداف|قاعده|قاعدت|قواعد|موقع|مواقع|مخزن|مخازن|غاره|غارات|ضربه|ضربات|معمل|مطار|مصنع|مصفا|حقل/u.test(
      k,
    )
  )
    return "target";
  return words(thing).join(" ");
}

export function claimKeys(input: { quote: string | null; kind: string; figures: unknown }): {
  quoteKey: string;
  quoteShingles: string[];
  thingKey: string;
} {
  const quote = input.quote ?? "";
  const thing =
    input.kind === "COUNT" && input.figures && typeof input.figures === "object"
      ? String((input.figures as { thing?: unknown }).thing ?? "")
      : "";
  return {
    quoteKey: words(quote).join(" "),
    quoteShingles: quoteShingles(quote),
    thingKey: thing ? thingClass(thing) : "",
  };
}

/** Share of the smaller quote's shingles found in the other: 1 = one quote contains the other. */
export function shingleOverlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(b);
  const shared = a.filter((s) => set.has(s)).length;
  return shared / Math.min(a.length, b.length);
}
