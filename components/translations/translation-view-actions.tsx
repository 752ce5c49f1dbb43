"use client";

import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Button } from "@/components/ui/button";
import { TranslationByline } from "./translation-parts";
import type { TTranslation } from "./translations-api";

/**
 * Below a translation that is not being edited: who wrote it, and Edit (or Write), Machine
 * translate, the reviewer's Mark reviewed / Back to draft and the history toggle.
 */
export function TranslationViewActions({
  translation,
  canReview,
  offerMachine,
  busy,
  translating,
  showHistory,
  onEdit,
  onMachineTranslate,
  onReview,
  onToggleHistory,
}: {
  translation: TTranslation | null;
  canReview: boolean;
  /** The engine can fill this untranslated paragraph or claim quote. */
  offerMachine: boolean;
  busy: boolean;
  translating: boolean;
  showHistory: boolean;
  onEdit: () => void;
  onMachineTranslate: () => void;
  onReview: (status: "DRAFT" | "REVIEWED") => void;
  onToggleHistory: () => void;
}) {
  const { m } = useClaimsI18n();
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
      {translation ? <TranslationByline translation={translation} /> : null}
      <span className="ms-auto flex flex-wrap gap-1">
        <Button size="sm" variant={translation ? "ghost" : "secondary"} onClick={onEdit} data-testid="translation-edit">
          {translation ? m.translate.edit : m.translate.write}
        </Button>
        {offerMachine ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={onMachineTranslate}
            disabled={translating}
            data-testid="machine-translate"
          >
            {translating ? m.translate.machineTranslating : m.translate.machineTranslate}
          </Button>
        ) : null}
        {translation && canReview ? (
          translation.status === "REVIEWED" ? (
            <Button size="sm" variant="ghost" onClick={() => onReview("DRAFT")} disabled={busy}>
              {m.translate.backToDraft}
            </Button>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              className="text-emerald-800"
              onClick={() => onReview("REVIEWED")}
              disabled={busy}
              data-testid="translation-review"
            >
              {busy ? m.translate.reviewing : m.translate.markReviewed}
            </Button>
          )
        ) : null}
        {translation ? (
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={showHistory}
            onClick={onToggleHistory}
            data-testid="translation-history-toggle"
          >
            {showHistory ? m.translate.hideHistory : m.translate.history}
          </Button>
        ) : null}
      </span>
    </div>
  );
}
