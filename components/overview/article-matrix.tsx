import Link from "next/link";
import type { CSSProperties } from "react";
import { hasArabic } from "@/components/ui/bidi";
import { cn } from "@/components/ui/cn";
import type { ReviewMessages } from "@/components/review/messages";
import { queueHref } from "@/components/review/queue-filters";
import type { TArticleRef } from "@/components/review/types";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";

export type TPairCounts = {
  a: string;
  b: string;
  agrees: number;
  contradicts: number;
  updates: number;
  related: number;
  confirmed: number;
};

/** Agree green, contradict red, update blue (Tailwind's emerald-600, red-600, blue-600). */
const BANDS = [
  { key: "agrees", rgb: "5 150 105", legend: "agree" },
  { key: "contradicts", rgb: "220 38 38", legend: "contradict" },
  { key: "updates", rgb: "37 99 235", legend: "update" },
] as const;

/** Colour strength for a count: none is blank, one link is already clearly visible, the busiest cell is full. */
function strength(count: number, max: number): number {
  return count === 0 ? 0 : 0.3 + 0.7 * (count / Math.max(1, max));
}

/**
 * Which articles agree with, contradict or update which: a heat map with one row and one column
 * per article (in publication order). Each cell is split in three bands — agree, contradict,
 * update — whose colour deepens with the number of links; a cell opens the review queue
 * filtered to that pair of articles, a row heading opens the article.
 */
export function ArticleMatrix({
  projectId,
  articles,
  pairs,
  m,
  locale,
}: {
  projectId: string;
  articles: TArticleRef[];
  pairs: TPairCounts[];
  m: ReviewMessages;
  locale: Locale;
}) {
  const byPair = new Map<string, TPairCounts>();
  for (const p of pairs) {
    byPair.set(`${p.a}:${p.b}`, p);
    byPair.set(`${p.b}:${p.a}`, p);
  }
  const max = Math.max(1, ...pairs.flatMap((p) => [p.agrees, p.contradicts, p.updates]));
  const number = (i: number) => formatNumber(i + 1, locale);
  const grid: CSSProperties = { gridTemplateColumns: `minmax(12rem, 20rem) repeat(${articles.length}, 3.75rem)` };

  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto pb-1">
        <div
          role="table"
          aria-label={m.overview.matrixCaption}
          className="grid w-max gap-1"
          style={grid}
          data-testid="article-matrix"
        >
          <div role="row" className="contents">
            <span role="columnheader" />
            {articles.map((a, i) => (
              <span
                key={a.id}
                role="columnheader"
                className="flex items-end justify-center pb-1 text-xs font-semibold text-slate-600"
                title={a.title}
              >
                {number(i)}
              </span>
            ))}
          </div>
          {articles.map((row, r) => (
            <div role="row" key={row.id} className="contents">
              <span role="rowheader" className="flex min-w-0 items-center gap-2 pe-2">
                <span className="w-5 shrink-0 text-end text-xs font-semibold text-slate-500">{number(r)}</span>
                <Link
                  href={`/projects/${projectId}/articles/${row.id}`}
                  className="flex min-w-0 flex-col leading-tight hover:text-blue-800 hover:underline"
                >
                  <span
                    dir="auto"
                    className={cn("truncate text-sm text-slate-900", hasArabic(row.title) && "text-arabic")}
                    title={row.title}
                  >
                    {row.title}
                  </span>
                  <span className="text-xs text-slate-500">{formatDate(row.publishedAt, locale)}</span>
                </Link>
              </span>
              {articles.map((col, c) => {
                if (r === c)
                  return <span key={col.id} role="cell" className="h-11 rounded bg-slate-100" aria-label="—" />;
                const cell = byPair.get(`${row.id}:${col.id}`);
                if (!cell)
                  return (
                    <span key={col.id} role="cell" className="h-11 rounded border border-dashed border-slate-200" />
                  );
                const label = format(m.overview.cellLabel, {
                  a: `${number(r)} ${row.title}`,
                  b: `${number(c)} ${col.title}`,
                  agrees: formatNumber(cell.agrees, locale),
                  contradicts: formatNumber(cell.contradicts, locale),
                  updates: formatNumber(cell.updates, locale),
                  related: formatNumber(cell.related, locale),
                  confirmed: formatNumber(cell.confirmed, locale),
                });
                return (
                  <span key={col.id} role="cell" className="h-11">
                    <Link
                      href={queueHref(projectId, { state: "OPEN", order: "important", pair: [row.id, col.id] })}
                      aria-label={label}
                      title={label}
                      className="relative flex h-full overflow-hidden rounded border border-slate-300 bg-white hover:border-slate-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
                      data-testid="matrix-cell"
                      data-a={row.id}
                      data-b={col.id}
                      data-agrees={cell.agrees}
                      data-contradicts={cell.contradicts}
                      data-updates={cell.updates}
                    >
                      {BANDS.map((band) => {
                        const count = cell[band.key];
                        const alpha = strength(count, max);
                        return (
                          <span
                            key={band.key}
                            className={cn(
                              "flex flex-1 items-center justify-center text-xs font-bold tabular-nums",
                              alpha > 0.6 ? "text-white" : "text-slate-900",
                            )}
                            style={{ backgroundColor: `rgb(${band.rgb} / ${alpha})` }}
                            data-band={band.key}
                          >
                            {count > 0 ? formatNumber(count, locale) : ""}
                          </span>
                        );
                      })}
                      {cell.confirmed > 0 ? (
                        <span
                          aria-hidden="true"
                          className="absolute end-0.5 top-0 text-[0.6rem] font-bold text-slate-900"
                        >
                          ✓
                        </span>
                      ) : null}
                    </Link>
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <ul
        className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600"
        aria-label={m.overview.matrixTitle}
      >
        {BANDS.map((band) => (
          <li key={band.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="flex h-3 w-10 overflow-hidden rounded-sm">
              {[0.3, 0.65, 1].map((alpha) => (
                <span key={alpha} className="flex-1" style={{ backgroundColor: `rgb(${band.rgb} / ${alpha})` }} />
              ))}
            </span>
            {m.overview[band.legend]}
          </li>
        ))}
        <li>{m.overview.darker}</li>
        <li>{m.overview.confirmedMark}</li>
      </ul>
    </div>
  );
}
