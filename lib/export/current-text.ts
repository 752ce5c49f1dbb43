import type { TArticleBundle, TTranslationInfo } from "./types";

/** Index of an article's translations by target, for writers that show the current English. */
export type TTranslationIndex = {
  /** The newest revision's text of the target's translation, or "". */
  english(targetType: TTranslationInfo["targetType"], targetKey: string): string;
  status(targetType: TTranslationInfo["targetType"], targetKey: string): TTranslationInfo["status"] | null;
};

export function translationIndex(bundle: Pick<TArticleBundle, "translations">): TTranslationIndex {
  const byKey = new Map(bundle.translations.map((t) => [`${t.targetType}:${t.targetKey}`, t]));
  return {
    english: (type, key) => byKey.get(`${type}:${key}`)?.revisions.at(-1)?.text ?? "",
    status: (type, key) => byKey.get(`${type}:${key}`)?.status ?? null,
  };
}
