"use client";

import { useState } from "react";
import { ClaimFigures } from "@/components/claims/claim-figures";
import type { TListedClaim } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Badge } from "@/components/ui/badge";
import { BilingualHeader, BilingualRow } from "./bilingual-view";
import { TranslationEditor } from "./translation-editor";
import type { TTranslation } from "./translations-api";

/**
 * The English of each claim of the article, beside the claim's Arabic words and figures. The
 * editor offers the draft built from the claim's fields, marked as assisted, for the analyst to complete.
 */
export function ClaimTranslations({
  articleId,
  claims,
  translations,
  canReview,
  machine = false,
}: {
  articleId: string;
  claims: TListedClaim[];
  translations: TTranslation[];
  canReview: boolean;
  /** Offer machine translation of each claim's quote. */
  machine?: boolean;
}) {
  const { m, locale } = useClaimsI18n();
  const [byKey, setByKey] = useState(
    () => new Map(translations.filter((tr) => tr.targetType === "CLAIM").map((tr) => [tr.targetKey, tr])),
  );

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-labelledby="claim-translations-title"
      data-testid="claim-translations"
    >
      <div className="border-b border-slate-200 px-4 py-3">
        <h2 id="claim-translations-title" className="text-sm font-semibold text-slate-900">
          {m.translate.claimsTitle}
        </h2>
        <p className="mt-0.5 text-xs text-slate-500">{m.translate.claimsHelp}</p>
      </div>
      {claims.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{m.translate.noClaims}</p>
      ) : (
        <BilingualHeader english={m.translate.english} arabic={m.translate.arabic} />
      )}
      {claims.map((claim, i) => (
        <BilingualRow
          key={claim.id}
          testId="claim-translation-row"
          dataIndex={claim.id}
          number={i + 1}
          arabic={
            <div className="flex flex-col gap-1.5">
              <Badge className="self-start">{m.kind[claim.kind]}</Badge>
              {claim.claimSpan ? (
                <p className="text-arabic text-lg leading-loose text-slate-900">{claim.claimSpan.quote}</p>
              ) : (
                <p className="text-sm italic text-slate-500">{m.panel.noSpans}</p>
              )}
              <div dir={locale === "ar" ? "rtl" : "ltr"}>
                <ClaimFigures kind={claim.kind} figures={claim.figures} m={m} locale={locale} />
              </div>
            </div>
          }
          english={
            <TranslationEditor
              articleId={articleId}
              targetType="CLAIM"
              targetKey={claim.id}
              translation={byKey.get(claim.id) ?? null}
              canReview={canReview}
              draftClaimId={claim.id}
              machine={machine && claim.claimSpan !== null}
              onChange={(next) => setByKey((map) => new Map(map).set(claim.id, next))}
              testId="claim-translation-editor"
            />
          }
        />
      ))}
    </section>
  );
}
