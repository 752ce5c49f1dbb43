import { formatFigure } from "../claims/figures";
import type { TBounds, TIncidentLedger } from "../incidents/ledger";
import { CSV_BOM, csvRow } from "./csv";
import { zipStream } from "./zip-stream";

/**
 * The incident ledgers of a project as three CSV tables in one zip (format=incidents):
 *   incidents.csv  one row per incident: titles, date, place, status, the proposed grade and its
 *                  reasons, the reviewer's grade, killed/injured ranges per victim category;
 *   sources.csv    one row per incident × source: type, outlets, reports, latest figures;
 *   figures.csv    one row per report of figures (a claim): article, date, source, category, the
 *                  figures as reported and their min/max (empty max = no upper bound), proposed.
 * Same CSV conventions as ./csv.ts: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula-safe cells.
 */
export const INCIDENT_COLUMNS = [
  "incident_id",
  "title_en",
  "title_ar",
  "occurred_on",
  "place",
  "status",
  "claims",
  "proposed_grade",
  "proposed_grade_reasons",
  "grade",
  "grade_rationale",
  "graded_by",
  "graded_at",
  "victim_category",
  "killed_min",
  "killed_max",
  "injured_min",
  "injured_max",
  "killed_latest_min",
  "killed_latest_max",
  "injured_latest_min",
  "injured_latest_max",
] as const;

export const SOURCE_COLUMNS = [
  "incident_id",
  "source_key",
  "source",
  "source_type",
  "outlets",
  "reports",
  "first_reported",
  "last_reported",
  "victim_category",
  "role",
  "latest_claim_id",
  "latest_published",
  "latest_figure",
  "latest_min",
  "latest_max",
] as const;

export const FIGURE_COLUMNS = [
  "incident_id",
  "claim_id",
  "article_id",
  "article_title",
  "outlet",
  "published",
  "source",
  "source_type",
  "kind",
  "victim_category",
  "killed",
  "killed_min",
  "killed_max",
  "injured",
  "injured_min",
  "injured_max",
  "counted",
  "count",
  "count_min",
  "count_max",
  "count_as_of",
  "count_since",
  "perpetrator",
  "proposed",
] as const;

const min = (b: TBounds | null | undefined) => (b ? b.min : null);
const max = (b: TBounds | null | undefined) => (b ? b.max : null);

function unreachable(reason: never): string {
  return String(reason);
}

function reasonsText(l: TIncidentLedger): string {
  return l.proposedGrade.reasons
    .map((r) => {
      switch (r.code) {
        case "incompatible_figures":
          return `${r.code}:${r.role}/${r.category}:${r.sources.join(" vs ")}`;
        case "competing_perpetrators":
          return `${r.code}:${r.sources.join(" vs ")}`;
        case "official_source":
          return `${r.code}:${r.source}`;
        case "contradicting_links":
        case "independent_sources":
        case "single_source":
          return `${r.code}:${r.count}`;
        case "no_sources":
          return r.code;
        default:
          return unreachable(r);
      }
    })
    .join("; ");
}

function incidentRows(l: TIncidentLedger): string {
  const i = l.incident;
  const head = [
    i.id,
    i.titleEn,
    i.titleAr,
    i.occurredOn,
    i.place,
    i.status,
    l.claimCount,
    l.proposedGrade.grade,
    reasonsText(l),
    i.grade,
    i.gradeRationale,
    i.gradedBy,
    i.gradedAt,
  ];
  if (l.categories.length === 0) return csvRow([...head, "", null, null, null, null, null, null, null, null]);
  return l.categories
    .map((c) =>
      csvRow([
        ...head,
        c.category,
        min(c.killed.reported),
        max(c.killed.reported),
        min(c.injured.reported),
        max(c.injured.reported),
        min(c.killed.acrossSources),
        max(c.killed.acrossSources),
        min(c.injured.acrossSources),
        max(c.injured.acrossSources),
      ]),
    )
    .join("");
}

function sourceRows(l: TIncidentLedger): string {
  let out = "";
  for (const s of l.sources) {
    const head = [
      l.incident.id,
      s.key,
      s.label,
      s.sourceType,
      s.outlets.join("; "),
      s.reports,
      s.firstReported,
      s.lastReported,
    ];
    const latest = [
      ...s.latest.map(
        (f) =>
          [
            f.category,
            f.role,
            f.claimId,
            f.publishedAt,
            formatFigure(f.value, "en"),
            f.bounds.min,
            f.bounds.max,
          ] as const,
      ),
      ...s.latestCounts.map(
        (c) =>
          [
            "",
            `count:${c.thing}`,
            c.claimId,
            c.publishedAt,
            formatFigure(c.value, "en"),
            c.bounds.min,
            c.bounds.max,
          ] as const,
      ),
    ];
    if (latest.length === 0) out += csvRow([...head, "", "", "", "", "", null, null]);
    for (const f of latest) out += csvRow([...head, ...f]);
  }
  return out;
}

function figureRows(l: TIncidentLedger): string {
  return l.rows
    .map((r) =>
      csvRow([
        l.incident.id,
        r.claimId,
        r.articleId,
        r.articleTitle,
        r.outlet,
        r.publishedAt,
        r.sourceLabel,
        r.sourceType,
        r.kind,
        r.kind === "CASUALTY" ? r.victimCategory : "",
        r.killed ? formatFigure(r.killed.value, "en") : "",
        min(r.killed?.bounds),
        max(r.killed?.bounds),
        r.injured ? formatFigure(r.injured.value, "en") : "",
        min(r.injured?.bounds),
        max(r.injured?.bounds),
        r.count?.thing ?? "",
        r.count ? formatFigure(r.count.value.value, "en") : "",
        min(r.count?.value.bounds),
        max(r.count?.value.bounds),
        r.count?.asOf ?? "",
        r.count?.since ?? "",
        r.perpetrator,
        r.proposed ? "true" : "false",
      ]),
    )
    .join("");
}

/**
 * A writer fed one ledger at a time. The three tables are built as text while ledgers arrive (a
 * zip entry is written whole) and zipped at the end; a project's incidents are far fewer than its
 * claims, so this stays small.
 */
export function incidentsWriter(sink: (chunk: Uint8Array) => void) {
  const tables = {
    incidents: CSV_BOM + csvRow([...INCIDENT_COLUMNS]),
    sources: CSV_BOM + csvRow([...SOURCE_COLUMNS]),
    figures: CSV_BOM + csvRow([...FIGURE_COLUMNS]),
  };
  return {
    incident(l: TIncidentLedger) {
      tables.incidents += incidentRows(l);
      tables.sources += sourceRows(l);
      tables.figures += figureRows(l);
    },
    end() {
      const zip = zipStream(sink);
      zip.add("incidents.csv", tables.incidents);
      zip.add("sources.csv", tables.sources);
      zip.add("figures.csv", tables.figures);
      zip.end();
    },
  };
}
