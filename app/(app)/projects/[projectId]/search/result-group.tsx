import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { format, formatDate } from "@/lib/i18n/format";
import type { TSearchType } from "@/lib/search/search-input";
import type { TSearchGroup, TSearchResult } from "@/lib/search/search-project";
import { HighlightedSnippet } from "./highlighted-snippet";
import type { SearchMessages } from "./messages";

/** One type's results: its count, its items and links to the page before and after. */
export function ResultGroup({
  type,
  group,
  m,
  locale,
  query,
  base,
  offset,
  limit,
}: {
  type: TSearchType;
  group: TSearchGroup;
  m: SearchMessages;
  locale: "en" | "ar";
  query: URLSearchParams;
  base: string;
  offset: number;
  limit: number;
}) {
  const pageUrl = (newOffset: number) => {
    const p = new URLSearchParams(query);
    p.set("types", type);
    p.set("offset", String(newOffset));
    return `${base}?${p.toString()}`;
  };
  const hasMore = offset + group.results.length < group.count || group.more;
  return (
    <Panel
      title={
        <span>
          {m.types[type]}{" "}
          <Badge tone="blue">{format(group.more ? m.countMore : m.count, { count: group.count })}</Badge>
        </span>
      }
      bodyClassName="p-0"
      id={`results-${type}`}
    >
      <ol className="divide-y divide-slate-100" data-type={type}>
        {group.results.map((r) => (
          <ResultItem key={`${r.type}:${r.id}`} r={r} m={m} locale={locale} />
        ))}
      </ol>
      {hasMore || offset > 0 ? (
        <div className="flex gap-2 border-t border-slate-100 px-4 py-2">
          {offset > 0 ? (
            <Link className={buttonClasses("ghost", "sm")} href={pageUrl(Math.max(0, offset - limit))}>
              {m.previous}
            </Link>
          ) : null}
          {hasMore ? (
            <Link className={buttonClasses("secondary", "sm")} href={pageUrl(offset + limit)}>
              {format(m.more, { type: m.types[type] })}
            </Link>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}

function isClaimKind(kind: unknown, m: SearchMessages): kind is keyof SearchMessages["kinds"] {
  return typeof kind === "string" && kind in m.kinds;
}

/**
 * A result's heading in the interface language: the API's `title` is English for a claim (its kind) and a
 * translation (its target), so those are rebuilt from `meta`; a span's label and an entity's names are
 * the project's own words and shown as they are.
 */
function resultHeading(r: TSearchResult, m: SearchMessages): ReactNode {
  if (r.type === "claim" && isClaimKind(r.meta.kind, m)) {
    const speaker = typeof r.meta.speaker === "string" && r.meta.speaker ? r.meta.speaker : null;
    return (
      <>
        {m.kinds[r.meta.kind]}
        {speaker ? (
          <>
            {" — "}
            <bdi data-user-text>{speaker}</bdi>
          </>
        ) : null}
      </>
    );
  }
  if (r.type === "translation") {
    const target =
      r.meta.targetType === "SEGMENT" && typeof r.meta.paragraph === "number"
        ? format(m.targets.paragraph, { n: r.meta.paragraph })
        : r.meta.targetType === "SPAN"
          ? m.targets.span
          : m.targets.claim;
    return format(m.translationOf, { target });
  }
  return <bdi data-user-text>{r.title}</bdi>;
}

function ResultItem({ r, m, locale }: { r: TSearchResult; m: SearchMessages; locale: "en" | "ar" }) {
  const heading = (
    <span className="font-medium text-slate-900" data-testid="result-heading">
      {resultHeading(r, m)}
    </span>
  );
  return (
    <li className="px-4 py-3" data-result-type={r.type} data-result-id={r.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          {r.href ? (
            <Link href={r.href} className="hover:underline" title={m.open}>
              {heading}
            </Link>
          ) : (
            heading
          )}
          {r.articleTitle && r.type !== "article" ? (
            <span className="ms-2 text-xs text-slate-500">
              · <span dir="auto">{r.articleTitle}</span>
            </span>
          ) : null}
        </div>
        <span className="text-xs text-slate-500">{r.publishedAt ? formatDate(r.publishedAt, locale) : null}</span>
      </div>
      {r.href ? (
        <Link href={r.href} className="mt-1 block rounded hover:bg-slate-50" aria-label={`${m.open}: ${r.title}`}>
          <HighlightedSnippet snippet={r.snippet} />
        </Link>
      ) : (
        <div className="mt-1">
          <HighlightedSnippet snippet={r.snippet} />
          <p className="text-xs text-slate-400">{m.noPlace}</p>
        </div>
      )}
    </li>
  );
}
