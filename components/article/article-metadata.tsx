"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { hasArabic } from "@/components/ui/bidi";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { ArticleMeta } from "./article-edit";
import { ArticleEditForm } from "./article-edit-form";
import { StatusBadge } from "./status-badge";
import { useArticleEdit } from "./use-article-edit";

/**
 * The article's title and metadata. Managers edit them inline; the edit names the version it
 * started from, and if someone saved in between the server refuses it (409) with the current
 * values, which are shown next to the user's so they can re-apply or keep what is saved.
 */
export function ArticleMetadata({
  article,
  paragraphCount,
  canEdit,
}: {
  article: ArticleMeta;
  paragraphCount: number;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const edit = useArticleEdit(article);
  const { shown, state } = edit;

  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm" aria-labelledby="article-title">
      <div className="flex flex-wrap items-start justify-between gap-3 px-5 pb-3 pt-4">
        <h1
          id="article-title"
          dir="auto"
          className={cn(
            "min-w-0 flex-1 font-semibold text-slate-900",
            hasArabic(shown.title) ? "text-arabic text-2xl leading-relaxed" : "text-xl",
          )}
          data-testid="article-title"
        >
          {shown.title}
        </h1>
        {canEdit && !state.editing ? (
          <Button size="sm" onClick={edit.start}>
            {t.article.editDetails}
          </Button>
        ) : null}
      </div>

      {state.editing ? (
        <ArticleEditForm
          state={state}
          busy={edit.busy}
          error={edit.error}
          onChange={edit.change}
          onSubmit={edit.submit}
          onKeepCurrent={edit.keepCurrent}
          onCancel={edit.cancel}
        />
      ) : (
        <MetaList article={shown} paragraphCount={paragraphCount} />
      )}
      {state.saved && !state.editing ? (
        <div className="px-5 pb-3">
          <Alert tone="success">{t.article.saved}</Alert>
        </div>
      ) : null}
    </section>
  );
}

/** The metadata as read: outlet, date, status, language, paragraphs, address. */
function MetaList({ article, paragraphCount }: { article: ArticleMeta; paragraphCount: number }) {
  const { t, locale } = useI18n();
  return (
    <dl
      className="grid grid-cols-2 gap-x-6 gap-y-3 border-t border-slate-100 px-5 py-3 sm:grid-cols-3 lg:grid-cols-6"
      data-testid="article-metadata"
    >
      <MetaItem label={t.article.outlet}>
        {article.source ? <span dir="auto">{article.source}</span> : t.common.empty}
      </MetaItem>
      <MetaItem label={t.article.published}>{formatDate(article.publishedAt, locale)}</MetaItem>
      <MetaItem label={t.article.status}>
        <StatusBadge status={article.status} t={t} />
      </MetaItem>
      <MetaItem label={t.article.language}>
        {article.language === "ar" || article.language === "en"
          ? t.articleLanguage[article.language]
          : article.language}
      </MetaItem>
      <MetaItem label={t.article.paragraphs}>
        <span className="tabular-nums">{formatNumber(paragraphCount, locale)}</span>
      </MetaItem>
      <MetaItem label={t.article.url}>
        {article.url ? (
          <a
            href={article.url}
            target="_blank"
            rel="noreferrer noopener"
            dir="ltr"
            className="text-blue-800 hover:underline"
            title={article.url}
          >
            {article.url.replace(/^https?:\/\//, "")}
          </a>
        ) : (
          t.common.empty
        )}
      </MetaItem>
    </dl>
  );
}

function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-slate-900">{children}</dd>
    </div>
  );
}
