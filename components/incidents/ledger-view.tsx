import { UserText } from "@/components/review/claim-parts";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, Panel } from "@/components/ui/panel";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import type { TIncidentLedger, TLedgerRow, TLedgerSource } from "@/lib/incidents/ledger";
import { Bounds, FigureText } from "./ledger-parts";
import type { IncidentMessages } from "./messages";

type TProps = { ledger: TIncidentLedger; m: IncidentMessages; locale: Locale; projectId: string };

function sourceType(type: TLedgerRow["sourceType"], m: IncidentMessages) {
  return type ? m.sourceTypes[type] : m.sourceTypes.none;
}

/** Killed and injured per victim category: over every report, and over each source's latest. */
export function LedgerRanges({ ledger, m, locale }: TProps) {
  const l = m.ledger;
  return (
    <Panel title={l.rangesTitle} description={l.rangesHelp}>
      {ledger.categories.length === 0 ? (
        <EmptyState>{l.noRows}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="ledger-ranges">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr className="border-b border-slate-200">
                <th scope="col" rowSpan={2} className="px-3 py-2 text-start font-semibold">
                  {l.category}
                </th>
                <th scope="colgroup" colSpan={2} className="px-3 py-2 text-center font-semibold">
                  {l.killed}
                </th>
                <th scope="colgroup" colSpan={2} className="px-3 py-2 text-center font-semibold">
                  {l.injured}
                </th>
              </tr>
              <tr className="border-b border-slate-200">
                {[l.reported, l.acrossSources, l.reported, l.acrossSources].map((h, i) => (
                  <th key={i} scope="col" className="px-3 py-1.5 text-end font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ledger.categories.map((c) => (
                <tr
                  key={c.category}
                  className="border-b border-slate-100 last:border-b-0"
                  data-testid="ledger-range"
                  data-category={c.category}
                >
                  <th scope="row" className="px-3 py-2 text-start font-medium text-slate-900">
                    {m.categories[c.category]}
                  </th>
                  {[c.killed.reported, c.killed.acrossSources, c.injured.reported, c.injured.acrossSources].map(
                    (b, i) => (
                      <td
                        key={i}
                        className="px-3 py-2 text-end"
                        data-testid={["killed-reported", "killed-sources", "injured-reported", "injured-sources"][i]}
                      >
                        <Bounds bounds={b} locale={locale} none={l.none} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

function LatestFigures({ s, m, locale }: { s: TLedgerSource; m: IncidentMessages; locale: Locale }) {
  return (
    <span className="flex flex-col items-start" data-testid="source-latest">
      {s.latest.map((f) => (
        <span key={`${f.category}-${f.role}`}>
          {f.role === "killed" ? m.ledger.killed : m.ledger.injured} ({m.categories[f.category]}):{" "}
          <Bounds bounds={f.bounds} locale={locale} none={m.ledger.none} />
        </span>
      ))}
      {s.latestCounts.map((c) => (
        <span key={c.claimId}>
          <UserText text={c.thing} />: <Bounds bounds={c.bounds} locale={locale} none={m.ledger.none} />
        </span>
      ))}
    </span>
  );
}

/** One row per source: its type, where it was reported, how often, and its latest figures. */
export function LedgerSources({ ledger, m, locale }: TProps) {
  const l = m.ledger;
  return (
    <Panel title={l.sourcesTitle} description={l.sourcesHelp}>
      <DataTable<TLedgerSource>
        caption={l.sourcesTitle}
        testId="ledger-sources"
        rows={ledger.sources}
        rowKey={(s) => s.key}
        empty={<EmptyState>{l.noRows}</EmptyState>}
        columns={[
          {
            id: "source",
            header: l.source,
            cell: (s) => <UserText text={s.label} className="font-medium text-slate-900" />,
          },
          {
            id: "type",
            header: l.sourceType,
            className: "whitespace-nowrap",
            cell: (s) => <Badge>{sourceType(s.sourceType ?? (s.sourceText ? null : "MEDIA"), m)}</Badge>,
          },
          {
            id: "outlets",
            header: l.outlets,
            cell: (s) => <UserText text={s.outlets.join(locale === "ar" ? "، " : ", ")} className="text-slate-700" />,
          },
          { id: "reports", header: l.reports, numeric: true, cell: (s) => formatNumber(s.reports, locale) },
          {
            id: "last",
            header: l.lastReported,
            className: "whitespace-nowrap text-slate-700",
            cell: (s) => formatDate(s.lastReported, locale),
          },
          { id: "latest", header: l.latest, cell: (s) => <LatestFigures s={s} m={m} locale={locale} /> },
        ]}
      />
    </Panel>
  );
}

function RowFigures({ row, m, locale }: { row: TLedgerRow; m: IncidentMessages; locale: Locale }) {
  const l = m.ledger;
  return (
    <span className="flex flex-col gap-0.5">
      {row.killed ? (
        <span>
          {l.killed}: <FigureText value={row.killed.value} locale={locale} />{" "}
          <span className="text-xs text-slate-500">
            (<Bounds bounds={row.killed.bounds} locale={locale} none={l.none} />)
          </span>
        </span>
      ) : null}
      {row.injured ? (
        <span>
          {l.injured}: <FigureText value={row.injured.value} locale={locale} />{" "}
          <span className="text-xs text-slate-500">
            (<Bounds bounds={row.injured.bounds} locale={locale} none={l.none} />)
          </span>
        </span>
      ) : null}
      {row.count ? (
        <span>
          <UserText text={row.count.thing} />: <FigureText value={row.count.value.value} locale={locale} />
          {row.count.asOf ? (
            <span className="text-xs text-slate-500">
              {" "}
              {format(l.asOf, { date: formatDate(row.count.asOf, locale) })}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

/** Every report of figures, in order of publication, each marked accepted or machine-proposed. */
export function LedgerRows({ ledger, m, locale, projectId }: TProps) {
  const l = m.ledger;
  return (
    <Panel title={l.rowsTitle} description={l.rowsHelp}>
      <DataTable<TLedgerRow>
        caption={l.rowsTitle}
        testId="ledger-rows"
        rows={ledger.rows}
        rowKey={(r) => r.claimId}
        empty={<EmptyState>{l.noRows}</EmptyState>}
        columns={[
          {
            id: "date",
            header: l.date,
            className: "whitespace-nowrap text-slate-700",
            cell: (r) => formatDate(r.publishedAt, locale),
          },
          {
            id: "article",
            header: l.article,
            cell: (r) => (
              <span className="flex flex-col items-start">
                <a
                  href={`/projects/${projectId}/articles/${r.articleId}`}
                  className="text-slate-900 hover:text-blue-800 hover:underline"
                >
                  <UserText text={r.articleTitle} />
                </a>
                <UserText text={r.outlet} className="text-xs text-slate-500" />
              </span>
            ),
          },
          {
            id: "source",
            header: l.source,
            cell: (r) => (
              <span className="flex flex-col items-start">
                <UserText text={r.sourceLabel} />
                <span className="text-xs text-slate-500">
                  {sourceType(r.sourceType ?? (r.sourceText ? null : "MEDIA"), m)}
                </span>
              </span>
            ),
          },
          {
            id: "category",
            header: l.category,
            className: "whitespace-nowrap",
            cell: (r) => (r.kind === "CASUALTY" ? m.categories[r.victimCategory] : l.none),
          },
          { id: "figures", header: l.figures, cell: (r) => <RowFigures row={r} m={m} locale={locale} /> },
          {
            id: "state",
            header: l.state,
            cell: (r) =>
              r.proposed ? <Badge tone="violet">{m.machineProposed}</Badge> : <Badge tone="green">{l.accepted}</Badge>,
          },
        ]}
      />
    </Panel>
  );
}
