import Link from "next/link";
import { StatusBadge } from "@/components/article/status-badge";
import { claimsMessages } from "@/components/claims/messages";
import { hasArabic } from "@/components/ui/bidi";
import { cn } from "@/components/ui/cn";
import type { Column } from "@/components/ui/data-table";
import type { listArticles } from "@/lib/articles/list-articles";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { DeleteArticleButton } from "./delete-article-button";

export type ArticleRow = Awaited<ReturnType<typeof listArticles>>[number];

export type ArticleColumnContext = { t: Messages; locale: Locale; projectId: string; canManage: boolean };

export function ArticleTitle({ title, href }: { title: string; href?: string }) {
  const className = cn("font-medium", hasArabic(title) && "text-arabic text-[0.95rem] leading-snug");
  return href ? (
    <Link href={href} dir="auto" className={cn(className, "text-blue-800 hover:underline")}>
      {title}
    </Link>
  ) : (
    <span dir="auto" className={className}>
      {title}
    </span>
  );
}

/** Span count, with who made the spans under it (most spans first). */
function SpansCell({ article, locale }: { article: ArticleRow; locale: Locale }) {
  const m = claimsMessages[locale];
  const names = [...article.annotators].sort((a, b) => b.spanCount - a.spanCount).map((a) => a.name);
  return (
    <div className="flex flex-col items-end">
      <span data-testid="span-count">{formatNumber(article.spanCount, locale)}</span>
      {names.length > 0 ? (
        <span
          className="max-w-[10rem] truncate text-xs text-slate-500"
          dir="auto"
          title={format(m.articleList.annotators, { names: names.join(", ") })}
          data-testid="annotators"
        >
          {names.join(", ")}
        </span>
      ) : null}
    </div>
  );
}

/** "3/19 (1 reviewed)": paragraphs translated out of all, and how many of those are reviewed; links to the bilingual view. */
function TranslationCell({ article, locale, projectId }: { article: ArticleRow; locale: Locale; projectId: string }) {
  const m = claimsMessages[locale];
  const { paragraphs, translated, reviewed } = article.translation;
  const values = {
    translated: formatNumber(translated, locale),
    paragraphs: formatNumber(paragraphs, locale),
    reviewed: formatNumber(reviewed, locale),
  };
  return (
    <Link
      href={`/projects/${projectId}/articles/${article.id}/translate`}
      title={format(m.articleList.translationTitle, values)}
      className={cn(
        "inline-flex flex-col items-end hover:underline",
        translated === 0
          ? "text-slate-400"
          : translated === paragraphs && paragraphs > 0
            ? "text-emerald-700"
            : "text-blue-800",
      )}
      data-testid="translation-progress"
    >
      <span>{format(m.articleList.translated, values)}</span>
      {translated > 0 ? <span className="text-xs text-slate-500">{format(m.articleList.reviewed, values)}</span> : null}
    </Link>
  );
}

/** The article list's columns: metadata, then span, claim and translation progress. */
export function articleColumns({ t, locale, projectId, canManage }: ArticleColumnContext): Column<ArticleRow>[] {
  const columns: Column<ArticleRow>[] = [
    {
      id: "title",
      header: t.articleTable.title,
      className: "max-w-[28rem]",
      cell: (a) => <ArticleTitle title={a.title} href={`/projects/${projectId}/articles/${a.id}`} />,
    },
    {
      id: "outlet",
      header: t.articleTable.outlet,
      className: "text-slate-700",
      cell: (a) => (a.source ? <span dir="auto">{a.source}</span> : t.common.empty),
    },
    {
      id: "published",
      header: t.articleTable.published,
      className: "whitespace-nowrap text-slate-700",
      cell: (a) => formatDate(a.publishedAt, locale),
    },
    { id: "status", header: t.articleTable.status, cell: (a) => <StatusBadge status={a.status} t={t} /> },
    {
      id: "paragraphs",
      header: t.articleTable.paragraphs,
      numeric: true,
      cell: (a) => formatNumber(a.paragraphCount, locale),
    },
    {
      id: "spans",
      header: t.articleTable.spans,
      numeric: true,
      cell: (a) => <SpansCell article={a} locale={locale} />,
    },
    {
      id: "claims",
      header: t.articleTable.claims,
      numeric: true,
      cell: (a) => <span data-testid="claim-count">{formatNumber(a.claimCount, locale)}</span>,
    },
    {
      id: "translation",
      header: t.articleTable.translation,
      numeric: true,
      cell: (a) => <TranslationCell article={a} locale={locale} projectId={projectId} />,
    },
  ];
  if (canManage) {
    columns.push({
      id: "actions",
      header: <span className="sr-only">{t.articleTable.actions}</span>,
      className: "w-px text-end",
      cell: (a) => <DeleteArticleButton articleId={a.id} title={a.title} />,
    });
  }
  return columns;
}
