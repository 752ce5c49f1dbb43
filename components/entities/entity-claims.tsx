import Link from "next/link";
import { ClaimFigures, figureRows } from "@/components/claims/claim-figures";
import { STATUS_TONE } from "@/components/claims/status-tone";
import { channelLabel } from "@/components/claims/channel-label";
import type { ClaimsMessages } from "@/components/claims/messages";
import { Badge } from "@/components/ui/badge";
import { hasArabic } from "@/components/ui/bidi";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/panel";
import type { getEntityProfile } from "@/lib/entities/get-entity-profile";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDate } from "@/lib/i18n/format";

export type TProfileClaim = Awaited<ReturnType<typeof getEntityProfile>>["claimsMade"][number];

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Claims an entity made or is about, one row each, in order of publication: the article (linked,
 * with its date and outlet), the claim's Arabic words and kind, its figures in both languages,
 * the attribution and channel, and its status — "who said what" across the corpus.
 */
export function EntityClaims({
  claims,
  projectId,
  m,
  locale,
  empty,
  testId,
}: {
  claims: TProfileClaim[];
  projectId: string;
  m: ClaimsMessages;
  locale: Locale;
  empty: string;
  testId: string;
}) {
  return (
    <DataTable<TProfileClaim>
      testId={testId}
      rows={claims}
      rowKey={(c) => c.id}
      className="rounded-none border-0 shadow-none"
      empty={<EmptyState>{empty}</EmptyState>}
      columns={[
        {
          id: "published",
          header: m.profile.published,
          className: "whitespace-nowrap align-top text-slate-700",
          cell: (c) => (
            <time dateTime={c.article.publishedAt?.toISOString()}>{formatDate(c.article.publishedAt, locale)}</time>
          ),
        },
        {
          id: "article",
          header: m.profile.article,
          className: "min-w-[12rem] max-w-[18rem] align-top",
          cell: (c) => (
            <div className="flex flex-col items-start gap-0.5">
              <Link
                href={`/projects/${projectId}/articles/${c.article.id}#claim-${c.id}`}
                dir="auto"
                className={cn("font-medium text-blue-800 hover:underline", hasArabic(c.article.title) && "text-arabic")}
                data-testid="entity-claim-article"
              >
                {c.article.title}
              </Link>
              {c.article.source ? (
                <span dir="auto" className="text-xs text-slate-500">
                  {c.article.source}
                </span>
              ) : null}
            </div>
          ),
        },
        {
          id: "claim",
          header: m.profile.claim,
          className: "min-w-[16rem] align-top",
          cell: (c) => (
            <div className="flex flex-col items-start gap-1">
              <Badge>{m.kind[c.kind]}</Badge>
              {c.claimSpan ? (
                <q
                  lang="ar"
                  dir="rtl"
                  className="text-arabic text-base leading-relaxed text-slate-900 before:content-none after:content-none"
                  data-testid="entity-claim-quote"
                >
                  {c.claimSpan.quote}
                </q>
              ) : null}
              {c.occurredOn ? <span className="text-xs text-slate-500">{formatDate(c.occurredOn, locale)}</span> : null}
            </div>
          ),
        },
        {
          id: "figures",
          header: m.profile.figures,
          className: "min-w-[10rem] align-top",
          cell: (c) =>
            figureRows(c.kind, asRecord(c.figures), m, locale).length > 0 ? (
              <ClaimFigures kind={c.kind} figures={asRecord(c.figures)} m={m} locale={locale} />
            ) : (
              <span className="text-slate-400">{m.figures.none}</span>
            ),
        },
        {
          id: "via",
          header: m.profile.via,
          className: "max-w-[14rem] align-top text-slate-700",
          cell: (c) => (
            <div className="flex flex-col gap-0.5">
              {c.attribution ? <span dir="auto">{format(m.panel.via, { attribution: c.attribution })}</span> : null}
              {c.channel ? (
                <span dir="auto" className="text-xs text-slate-500">
                  {channelLabel(c.channel, m)}
                </span>
              ) : null}
            </div>
          ),
        },
        {
          id: "status",
          header: m.profile.status,
          className: "align-top",
          cell: (c) => <Badge tone={STATUS_TONE[c.status]}>{m.status[c.status]}</Badge>,
        },
      ]}
    />
  );
}
