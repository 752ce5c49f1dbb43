"use client";

import { useMemo, useState, type ReactNode } from "react";
import { MachineTranslationRun } from "./machine-translation-run";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { isolateLatin } from "@/components/ui/isolate";
import { ProgressBar } from "@/components/ui/progress-bar";
import { directionOf } from "@/lib/i18n/config";
import { format, formatNumber } from "@/lib/i18n/format";
import { TranslationEditor } from "./translation-editor";
import type { TTranslation } from "./translations-api";

export type TParagraph = { index: number; text: string };

/**
 * One aligned row of the bilingual view: English on the left, Arabic on the right, whatever the
 * interface language, so the two columns keep their places and each reads from its own edge.
 * Both cells sit in one grid row, so they stay aligned and scroll together.
 */
export function BilingualRow({
  number,
  english,
  arabic,
  testId,
  dataIndex,
}: {
  number: ReactNode;
  english: ReactNode;
  arabic: ReactNode;
  testId: string;
  dataIndex?: string;
}) {
  const { locale } = useClaimsI18n();
  return (
    <div
      dir="ltr"
      className="grid grid-cols-1 border-b border-slate-200 last:border-b-0 md:grid-cols-[minmax(0,1fr)_2.5rem_minmax(0,1fr)]"
      data-testid={testId}
      data-index={dataIndex}
    >
      <div dir={directionOf(locale)} className="order-3 min-w-0 px-4 py-3 md:order-1" data-column="en">
        {english}
      </div>
      <div
        className="order-1 hidden border-x border-slate-100 bg-slate-50 pt-4 text-center text-xs tabular-nums text-slate-400 md:order-2 md:block"
        aria-hidden="true"
      >
        {number}
      </div>
      <div dir="rtl" lang="ar" className="order-2 min-w-0 px-4 py-3 md:order-3" data-column="ar">
        {arabic}
      </div>
    </div>
  );
}

export function BilingualHeader({ english, arabic }: { english: string; arabic: string }) {
  return (
    <div
      dir="ltr"
      className="sticky top-12 z-10 hidden grid-cols-[minmax(0,1fr)_2.5rem_minmax(0,1fr)] border-b border-slate-200 bg-slate-50/95 text-xs font-semibold text-slate-600 backdrop-blur md:grid"
      aria-hidden="true"
    >
      <div className="px-4 py-2 text-left">{english}</div>
      <div />
      <div className="px-4 py-2 text-right">{arabic}</div>
    </div>
  );
}

/**
 * The article paragraph by paragraph: the Arabic as imported (right to left) beside its English,
 * which analysts write and edit in place; progress (translated / reviewed) updates as they save.
 */
export function BilingualView({
  articleId,
  paragraphs,
  translations,
  canReview,
  machine = false,
}: {
  articleId: string;
  paragraphs: TParagraph[];
  translations: TTranslation[];
  canReview: boolean;
  /** The server has a machine translation engine: offer it per paragraph and for all untranslated ones. */
  machine?: boolean;
}) {
  const { m, locale } = useClaimsI18n();
  const [byKey, setByKey] = useState(
    () => new Map(translations.filter((tr) => tr.targetType === "SEGMENT").map((tr) => [tr.targetKey, tr])),
  );
  const translated = paragraphs.filter((p) => byKey.has(String(p.index))).length;
  const reviewed = paragraphs.filter((p) => byKey.get(String(p.index))?.status === "REVIEWED").length;
  const progress = useMemo(
    () =>
      format(m.translate.progress, {
        translated: formatNumber(translated, locale),
        paragraphs: formatNumber(paragraphs.length, locale),
        reviewed: formatNumber(reviewed, locale),
      }),
    [m, locale, translated, reviewed, paragraphs.length],
  );

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-label={m.translate.title}
      data-testid="bilingual-view"
    >
      <div
        className="border-b border-slate-200 px-4 py-3"
        data-testid="translation-progress"
        data-translated={translated}
        data-reviewed={reviewed}
      >
        <ProgressBar value={translated} max={paragraphs.length} label={progress} />
        {canReview ? null : <p className="mt-1 text-xs text-slate-500">{m.translate.reviewersOnly}</p>}
        {machine ? (
          <MachineTranslationRun
            articleId={articleId}
            untranslated={paragraphs.length - translated}
            onFinished={(fresh) =>
              setByKey(
                new Map(fresh.filter((tr) => tr.targetType === "SEGMENT").map((tr) => [tr.targetKey, tr] as const)),
              )
            }
          />
        ) : null}
      </div>
      <BilingualHeader english={m.translate.english} arabic={m.translate.arabic} />
      {paragraphs.map((p) => (
        <BilingualRow
          key={p.index}
          testId="translation-row"
          dataIndex={String(p.index)}
          number={p.index + 1}
          arabic={
            <p
              className="text-arabic whitespace-pre-wrap text-lg leading-loose text-slate-900"
              data-testid="paragraph-arabic"
            >
              {isolateLatin(p.text)}
            </p>
          }
          english={
            <TranslationEditor
              articleId={articleId}
              targetType="SEGMENT"
              targetKey={String(p.index)}
              translation={byKey.get(String(p.index)) ?? null}
              canReview={canReview}
              machine={machine}
              onChange={(next) => setByKey((map) => new Map(map).set(String(p.index), next))}
              testId="paragraph-translation"
            />
          }
        />
      ))}
    </section>
  );
}
