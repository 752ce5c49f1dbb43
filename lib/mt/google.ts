import { expectTexts, malformed, postJson, trimSlash, type TTranslator } from "./provider";

/**
 * Google Cloud Translation, Basic edition (v2 REST): POST /language/translate/v2?key=…, JSON body
 * `{q: [...], source: "ar", target: "en", format: "text"}`; answers
 * `{data: {translations: [{translatedText}]}}`. An API key is enough (v3 needs OAuth and a project).
 */
export function googleTranslator(config: { url?: string; apiKey: string; timeoutMs: number }): TTranslator {
  const base = trimSlash(config.url ?? "https://translation.googleapis.com");
  return {
    engine: "google",
    model: "v2",
    async translate(texts, options) {
      const answer = await postJson(
        "Google Cloud Translation",
        `${base}/language/translate/v2?key=${encodeURIComponent(config.apiKey)}`,
        { q: texts, source: "ar", target: "en", format: "text" },
        {},
        { timeoutMs: config.timeoutMs, signal: options?.signal },
      );
      const translations = (answer as { data?: { translations?: unknown } }).data?.translations;
      if (!Array.isArray(translations)) throw malformed("Google Cloud Translation", "no data.translations list");
      return expectTexts(
        "Google Cloud Translation",
        translations.map((t: unknown) => (t as { translatedText?: unknown } | null)?.translatedText),
        texts.length,
      );
    },
  };
}
