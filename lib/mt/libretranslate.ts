import { expectTexts, malformed, postJson, trimSlash, type TTranslator } from "./provider";

/**
 * LibreTranslate (self-hosted or libretranslate.com): POST /translate, JSON body
 * `{q, source: "ar", target: "en", format: "text", api_key?}`; answers `{translatedText}` (an array
 * of them when `q` is an array).
 */
export function libreTranslator(config: { url: string; apiKey?: string; timeoutMs: number }): TTranslator {
  const base = trimSlash(config.url);
  return {
    engine: "libretranslate",
    model: null,
    async translate(texts, options) {
      const answer = await postJson(
        "LibreTranslate",
        `${base}/translate`,
        { q: texts, source: "ar", target: "en", format: "text", ...(config.apiKey ? { api_key: config.apiKey } : {}) },
        {},
        { timeoutMs: config.timeoutMs, signal: options?.signal },
      );
      const translated = (answer as { translatedText?: unknown }).translatedText;
      if (!Array.isArray(translated)) throw malformed("LibreTranslate", "no translatedText list");
      return expectTexts("LibreTranslate", translated, texts.length);
    },
  };
}
