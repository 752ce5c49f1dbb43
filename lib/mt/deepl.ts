import { expectTexts, malformed, postJson, trimSlash, type TTranslator } from "./provider";

/**
 * DeepL API (POST /v2/translate, JSON body `{text: [...], source_lang, target_lang}`, header
 * `Authorization: DeepL-Auth-Key …`; answers `{translations: [{detected_source_language, text}]}`).
 * Free-plan keys end in ":fx" and use api-free.deepl.com.
 */
export function deeplTranslator(config: { url?: string; apiKey: string; timeoutMs: number }): TTranslator {
  const base = trimSlash(
    config.url ?? (config.apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com"),
  );
  return {
    engine: "deepl",
    model: "v2",
    async translate(texts, options) {
      const answer = await postJson(
        "DeepL",
        `${base}/v2/translate`,
        { text: texts, source_lang: "AR", target_lang: "EN-GB" },
        { authorization: `DeepL-Auth-Key ${config.apiKey}` },
        { timeoutMs: config.timeoutMs, signal: options?.signal },
      );
      const translations = (answer as { translations?: unknown }).translations;
      if (!Array.isArray(translations)) throw malformed("DeepL", "no translations list");
      return expectTexts(
        "DeepL",
        translations.map((t: unknown) => (t as { text?: unknown } | null)?.text),
        texts.length,
      );
    },
  };
}
