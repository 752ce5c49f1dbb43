"use client";

import { useEffect, useState } from "react";
import { TranslationEditor } from "@/components/translations/translation-editor";
import { translationsApi, type TTranslation } from "@/components/translations/translations-api";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Spinner } from "@/components/ui/loading";
import { useClaimsI18n } from "./use-claims-i18n";

/**
 * A claim's English, opened from the claims panel: reads the claim's current translation (with
 * its id and author, which the claims list does not carry) and edits it in place, with the
 * English draft built from the claim's fields on offer.
 */
export function ClaimTranslation({
  articleId,
  claimId,
  canReview,
  onChange,
  onClose,
}: {
  articleId: string;
  claimId: string;
  canReview: boolean;
  onChange: (translation: TTranslation) => void;
  onClose: () => void;
}) {
  const { t } = useClaimsI18n();
  const [translation, setTranslation] = useState<TTranslation | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    translationsApi
      .list(articleId, controller.signal)
      .then((list) => setTranslation(list.find((tr) => tr.targetType === "CLAIM" && tr.targetKey === claimId) ?? null))
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [articleId, claimId]);

  if (error) return <Alert tone="error">{describeError(error, t.common)}</Alert>;
  if (translation === undefined) {
    return (
      <p className="flex items-center gap-2 text-xs text-slate-500" role="status">
        <Spinner /> {t.common.loading}
      </p>
    );
  }
  return (
    <TranslationEditor
      articleId={articleId}
      targetType="CLAIM"
      targetKey={claimId}
      translation={translation}
      canReview={canReview}
      draftClaimId={claimId}
      startEditing
      onDone={onClose}
      onChange={(next) => {
        setTranslation(next);
        onChange(next);
      }}
      testId="claim-translation-editor"
    />
  );
}
