import Link from "next/link";
import { labelName } from "@/components/annotator/label-style";
import { cn } from "@/components/ui/cn";
import { type Column, DataTable } from "@/components/ui/data-table";
import { CurateActions } from "@/components/curation/curate-actions";
import { EmptyState, Panel } from "@/components/ui/panel";
import type { TAgreementReport } from "@/lib/agreement/schemas";
import type { Locale } from "@/lib/i18n/config";
import { format, formatNumber } from "@/lib/i18n/format";
import type { AgreementMessages } from "./messages";
import { formatScore, scoreTone } from "./score";

type Props = {
  report: TAgreementReport;
  projectId: string;
  locale: Locale;
  m: AgreementMessages;
  /** Reviewers and managers take versions and mark articles curated from the report. */
  canCurate: boolean;
};
type TSpanRow = { key: string; name: string; color: string | null } & TAgreementReport["spans"]["all"];

/** One score: three decimals on a background by how good it is; a dash, explained, when undefined. */
function Score({ value, m, testId }: { value: number | null; m: AgreementMessages; testId?: string }) {
  return (
    <span
      dir="ltr"
      data-testid={testId}
      title={value === null ? m.undefinedScore : undefined}
      className={cn("inline-block rounded px-1.5 py-0.5 font-mono text-xs tabular-nums", scoreTone(value))}
    >
      {formatScore(value)}
    </span>
  );
}

/**
 * The agreement report: spans per label and pair of analysts (α among all, κ and F1 per pair),
 * claims per pair and field, and the articles with the most disagreement, each with a link to
 * open it for curation.
 */
export function AgreementReportView({ report, projectId, locale, m, canCurate }: Props) {
  if (report.articleCount === 0) return <EmptyState>{m.none}</EmptyState>;
  const nameOf = new Map(report.analysts.map((a) => [a.id, a.name || a.email]));
  const pairName = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(" × ");
  const labelsById = new Map(report.labels.map((l) => [l.id, l]));
  const spanRows: TSpanRow[] = [
    { key: "all", name: m.spans.allLabels, color: null, ...report.spans.all },
    ...report.spans.labels.map(({ labelId, ...scores }) => {
      const label = labelsById.get(labelId);
      return { key: label?.key ?? labelId, name: labelName(label, locale), color: label?.color ?? null, ...scores };
    }),
  ];
  const pairs = report.spans.all.pairs.map((p) => p.analystIds);
  const spanColumns: Column<TSpanRow>[] = [
    {
      id: "label",
      header: m.spans.label,
      cell: (row) => (
        <span className="inline-flex items-center gap-2 font-medium text-slate-900">
          {row.color ? (
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: row.color }} />
          ) : null}
          {row.name}
        </span>
      ),
    },
    {
      id: "alpha",
      header: m.spans.alpha,
      cell: (row) => <Score value={row.alpha} m={m} testId={`alpha-${row.key}`} />,
    },
    ...pairs.map(
      (ids, index): Column<TSpanRow> => ({
        id: `pair-${index}`,
        header: <span dir="auto">{pairName(ids)}</span>,
        cell: (row) => {
          const pair = row.pairs[index]!;
          return (
            <div className="flex flex-col items-start gap-1 text-xs text-slate-600">
              <span className="flex items-center gap-1.5">
                {m.spans.kappa} <Score value={pair.kappa} m={m} testId={`kappa-${row.key}-${index}`} />
              </span>
              <span className="flex flex-wrap items-center gap-1.5">
                {m.spans.f1Exact} <Score value={pair.f1Exact} m={m} />
                {m.spans.f1Overlapping} <Score value={pair.f1Overlapping} m={m} testId={`f1-${row.key}-${index}`} />
              </span>
            </div>
          );
        },
      }),
    ),
  ];
  type TClaimRow = { id: string; name: string; articles: number | null; matched: string } & Pick<
    TAgreementReport["claims"],
    "kind" | "speaker" | "relation" | "figures"
  > & { f1: number | null };
  const claimRows: TClaimRow[] = [
    { id: "all", name: m.claims.all, articles: null, matched: "", f1: null, ...report.claims },
    ...report.claims.pairs.map((p, index) => ({
      ...p,
      id: String(index),
      name: pairName(p.analystIds),
      matched: format(m.claims.matchedOf, {
        matched: formatNumber(p.matched, locale),
        a: formatNumber(p.claims[0], locale),
        b: formatNumber(p.claims[1], locale),
      }),
    })),
  ];
  const claimColumns: Column<TClaimRow>[] = [
    { id: "pair", header: m.claims.pair, cell: (row) => <span dir="auto">{row.name}</span> },
    { id: "matched", header: m.claims.matched, cell: (row) => row.matched },
    { id: "f1", header: m.claims.f1, cell: (row) => (row.id === "all" ? null : <Score value={row.f1} m={m} />) },
    ...(["kind", "speaker", "relation", "figures"] as const).map(
      (field): Column<TClaimRow> => ({
        id: field,
        header: m.claims[field],
        cell: (row) => <Score value={row[field]} m={m} testId={`claims-${field}-${row.id}`} />,
      }),
    ),
  ];
  type TArticleRow = TAgreementReport["articles"][number];
  const articleColumns: Column<TArticleRow>[] = [
    {
      id: "title",
      header: m.articles.article,
      cell: (row) => (
        <span dir="auto" className="font-medium text-slate-900">
          {row.title}
        </span>
      ),
    },
    {
      id: "analysts",
      header: m.articles.analysts,
      cell: (row) => (
        <span dir="auto">{row.analystIds.map((id) => nameOf.get(id) ?? id).join(locale === "ar" ? "، " : ", ")}</span>
      ),
    },
    { id: "spans", header: m.articles.spans, numeric: true, cell: (row) => formatNumber(row.spans, locale) },
    { id: "alpha", header: "α", cell: (row) => <Score value={row.alpha} m={m} testId="article-alpha" /> },
    { id: "f1", header: m.spans.f1Overlapping, cell: (row) => <Score value={row.f1Overlapping} m={m} /> },
    {
      id: "curate",
      header: <span className="sr-only">{m.articles.curate}</span>,
      cell: (row) => (
        <div className="flex flex-col items-start gap-1.5">
          <Link
            href={`/projects/${projectId}/articles/${row.articleId}/curate`}
            className="text-blue-800 hover:underline"
            data-testid="curate-link"
          >
            {m.articles.curate}
          </Link>
          {canCurate ? (
            <CurateActions
              articleId={row.articleId}
              analysts={row.analystIds.map((id) => ({ id, name: nameOf.get(id) ?? id }))}
              initialCurated={row.curatedAt !== null}
            />
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <div className="flex flex-col gap-5">
      <Panel title={m.spans.title} description={m.spans.help} bodyClassName="p-0">
        <DataTable columns={spanColumns} rows={spanRows} rowKey={(row) => row.key} testId="agreement-matrix" />
      </Panel>
      <Panel title={m.claims.title} description={m.claims.help} bodyClassName="p-0">
        <DataTable columns={claimColumns} rows={claimRows} rowKey={(row) => row.id} testId="agreement-claims" />
      </Panel>
      <Panel title={m.articles.title} description={m.articles.help} bodyClassName="p-0">
        <DataTable
          columns={articleColumns}
          rows={report.articles}
          rowKey={(row) => row.articleId}
          testId="agreement-articles"
        />
      </Panel>
    </div>
  );
}
