/** Languages written right to left (ISO 639-1 and common 639-3 codes), by the primary subtag. */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"]);

export const isRtlLanguage = (language: string): boolean =>
  RTL_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0] ?? "");

/** The direction of most of a collection's text, from how many articles each language has (ties: rtl). */
export function collectionDirection(languages: { language: string; count: number }[]): "rtl" | "ltr" {
  let rtl = 0;
  let ltr = 0;
  for (const { language, count } of languages) {
    if (isRtlLanguage(language)) rtl += count;
    else ltr += count;
  }
  return rtl >= ltr && rtl > 0 ? "rtl" : "ltr";
}
