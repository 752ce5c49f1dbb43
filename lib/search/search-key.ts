/**
 * The search key: the project's Arabic folding as the database applies it before PostgreSQL's
 * `arabic` stemmer (the SQL function wb_search_key in the suggestions_search migration). This is
 * the same function in TypeScript, for highlighting and for tests that keep the two equal; change
 * both together.
 *
 * Unlike lib/arabic/normalize matchKey it keeps ة (the snowball stemmer handles it, and folding it
 * to ه makes the stemmer miss the suffix) and cuts the article with its proclitics (ال، وال، بال،
 * كال، فال، لل …) because the stemmer strips them inconsistently.
 */
const MARKS =
  /[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

const TRANSLATE: ReadonlyMap<string, string> = new Map(
  [..."آأإٱىیکؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪"].map((ch, i) => [ch, [..."ااااييكوي01234567890123456789.,%"][i] ?? ch]),
);

const VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ["اميرك", "امريك"],
  ["بنتاجون", "بنتاغون"],
  ["تيليغرام", "تلغرام"],
  ["تليغرام", "تلغرام"],
  ["تلجرام", "تلغرام"],
  ["مليشي", "ميليشي"],
  ["سوريا", "سورية"],
];

/**
 * Punctuation and symbols become spaces: under a C-type locale (the embedded server's) the
 * PostgreSQL text-search parser counts every non-ASCII character as a letter, so «القذائف”» or
 * «المنطقة،» would otherwise be indexed with the mark glued on.
 */
const PUNCTUATION =
  /[\u0001-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u060C\u061B\u061F\u066A-\u066D\u06D4\u2000-\u206F\u2190-\u2BFF\u3000-\u303F\uFD3E\uFD3F\uFE10-\uFE6F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u{1F000}-\u{1FAFF}]/gu;

const ARTICLE = /(^|[^\u0621-\u064A])(?:[وف]?[بك]?ال|[وف]?لل)([\u0621-\u064A]{2,})/gu;

export function searchKey(input: string): string {
  let s = input.normalize("NFKC").replace(MARKS, "");
  s = [...s].map((ch) => TRANSLATE.get(ch) ?? ch).join("");
  s = s.replace(PUNCTUATION, " ");
  for (const [from, to] of VARIANTS) s = s.split(from).join(to);
  return s.replace(ARTICLE, "$1$2");
}
