import type { TArticleBundle, TRevisionInfo, TTranslationInfo } from "./types";

/** Index of an article's translations by target, for writers that show the current English. */
export type TTranslationIndex = {
  /** The newest revision's text of the target's translation, or "". */
  english(targetType: TTranslationInfo["targetType"], targetKey: string): string;
  status(targetType: TTranslationInfo["targetType"], targetKey: string): TTranslationInfo["status"] | null;
  provenance(targetType: TTranslationInfo["targetType"], targetKey: string): TMachineProvenance | null;
};

/**
 * What an export says of a translation's origin: `engine`, the engine of its newest machine
 * revision (null when no engine wrote any of it); `human_edited`, whether the current text is a
 * person's rather than an engine's answer as it came.
 */
export type TMachineProvenance = { engine: string | null; human_edited: boolean };

export function machineProvenance(revisions: TRevisionInfo[]): TMachineProvenance {
  const machine = [...revisions].reverse().find((r) => r.origin === "MACHINE");
  return { engine: machine?.engine ?? null, human_edited: revisions.at(-1)?.origin !== "MACHINE" };
}

export function translationIndex(bundle: Pick<TArticleBundle, "translations">): TTranslationIndex {
  const byKey = new Map(bundle.translations.map((t) => [`${t.targetType}:${t.targetKey}`, t]));
  return {
    english: (type, key) => byKey.get(`${type}:${key}`)?.revisions.at(-1)?.text ?? "",
    status: (type, key) => byKey.get(`${type}:${key}`)?.status ?? null,
    provenance: (type, key) => {
      const translation = byKey.get(`${type}:${key}`);
      return translation ? machineProvenance(translation.revisions) : null;
    },
  };
}
