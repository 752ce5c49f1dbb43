import Link from "next/link";
import { StatusBadge } from "@/components/article/status-badge";
import { hasArabic } from "@/components/ui/bidi";
import { cn } from "@/components/ui/cn";
import type { Column } from "@/components/ui/data-table";
import type { listArticles } from "@/lib/articles/list-articles";
import { formatDate, formatNumber } from "@/lib/i18n/format";
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

/** A column whose data a later feature supplies (spans, claims, translation progress). */
function pendingColumn(id: string, header: string): Column<ArticleRow> {
  return { id, header, numeric: true, className: "text-slate-400", cell: () => "—" };
}

/**
 * The article list's columns. A feature that adds per-article data (span counts, claims,
 * translation progress) replaces its pending column here with a real cell.
 */
export function articleColumns({ t, locale, projectId, canManage }: ArticleColumnContext): Column<ArticleRow>[] {
  const columns: Column<ArticleRow>[] = [
    {
      id: "title",
      header: t.articleTable.title,
      className: "max-w-[28rem]",
      cell: (a) => <ArticleTitle title={a.title} href={`/projects/${projectId}/articles/${a.id}`} />,
    },
    { id: "outlet", header: t.articleTable.outlet, className: "text-slate-700", cell: (a) => (a.source ? <span dir="auto">{a.source}</span> : t.common.empty) },
    { id: "published", header: t.articleTable.published, className: "whitespace-nowrap text-slate-700", cell: (a) => formatDate(a.publishedAt, locale) },
    { id: "status", header: t.articleTable.status, cell: (a) => <StatusBadge status={a.status} t={t} /> },
    { id: "paragraphs", header: t.articleTable.paragraphs, numeric: true, cell: (a) => formatNumber(a.paragraphCount, locale) },
    pendingColumn("spans", t.articleTable.spans),
    pendingColumn("claims", t.articleTable.claims),
    pendingColumn("translation", t.articleTable.translation),
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
