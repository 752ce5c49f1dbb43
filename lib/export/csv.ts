import { formatFigure, ZFigureValue } from "../claims/figures";
import { offsetConverter, type TOffsetConverter } from "./code-points";
import { translationIndex, type TTranslationIndex } from "./current-text";
import type {
  TArticleBundle,
  TClaimInfo,
  TEntityInfo,
  TEventInfo,
  TExportWriter,
  TLinkInfo,
  TProjectInfo,
  TSink,
  TVerdictInfo,
} from "./types";

/**
 * Claims as CSV, one row per claim: what spreadsheets open directly. UTF-8 with a byte-order mark
 * (without it Excel reads UTF-8 as the local code page and Arabic turns to mojibake), CRLF line
 * ends and RFC 4180 quoting. Arabic is written as is, never reordered: the spreadsheet's bidi
 * rendering shows it right. A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe (OWASP's advice against CSV injection), since quotes and notes are free text.
 * The claim's offsets are given in both units, each named in its header: UTF-16 code units (as
 * stored, JavaScript string indices) and Unicode code points (as W3C selectors, brat and Python
 * count); they differ after an emoji or other character outside the Basic Multilingual Plane.
 * An article imported from a web page or document names where and when it was captured and the
 * SHA-256 of the page as captured (source_*), and every row the article version it was made on.
 */

export const CSV_BOM = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula, also behind spaces or invisible marks. */
const FORMULA_START =
  /^[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const CSV_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "article_source",
  "article_url",
  "article_published",
  "article_version",
  "source_captured_from",
  "source_sha256",
  "source_captured_at",
  "kind",
  "status",
  "claim_text",
  "claim_start_utf16",
  "claim_end_utf16",
  "claim_start_codepoint",
  "claim_end_codepoint",
  "speaker_ar",
  "speaker_en",
  "speaker_entity_id",
  "attribution",
  "channel",
  "source",
  "source_type",
  "proposed_by_rule",
  "rule_version",
  "confidence",
  "killed",
  "injured",
  "victims",
  "perpetrator",
  "counted",
  "count",
  "count_as_of",
  "count_since",
  "figures_json",
  "occurred_on",
  "place",
  "event_id",
  "event",
  "translation_en",
  "translation_status",
  "translation_engine",
  "translation_human_edited",
  "links",
  "link_count",
  "verdict",
  "verdict_rationale",
  "verdict_by",
  "verdict_at",
  "note",
  "author",
  "created_at",
  "updated_at",
] as const;

function figure(value: unknown): string {
  const parsed = ZFigureValue.safeParse(value);
  return parsed.success ? formatFigure(parsed.data, "en") : "";
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function linkSummary(link: TLinkInfo, claimId: string): string {
  const outgoing = link.from.claimId === claimId;
  const other = outgoing ? link.to : link.from;
  return `${link.relation.toLowerCase()} ${outgoing ? "→" : "←"} ${other.claimId} (${other.articleTitle}) [${link.state.toLowerCase()}]`;
}

/** The standing verdict: the newest one not withdrawn. */
export function standingVerdict(verdicts: TVerdictInfo[], claimId: string): TVerdictInfo | undefined {
  return verdicts
    .filter((v) => v.claimId === claimId && v.withdrawnAt === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

type TRegistry = { entities: Map<string, TEntityInfo>; events: Map<string, TEventInfo> };

/** The rows of an article's claims, in the order of `CSV_COLUMNS`. */
export function claimRows(bundle: TArticleBundle, registry: TRegistry): (string | number | null)[][] {
  const spans = new Map(bundle.spans.map((s) => [s.id, s]));
  const english = translationIndex(bundle);
  const offsets = offsetConverter(bundle.text);
  return bundle.claims.map((claim) => claimRow(bundle, claim, registry, spans, english, offsets));
}

function claimRow(
  bundle: TArticleBundle,
  claim: TClaimInfo,
  registry: TRegistry,
  spans: Map<string, TArticleBundle["spans"][number]>,
  english: TTranslationIndex,
  offsets: TOffsetConverter,
): (string | number | null)[] {
  const claimSpan = claim.claimSpanId ? spans.get(claim.claimSpanId) : undefined;
  const speakerSpan = claim.speakerSpanId ? spans.get(claim.speakerSpanId) : undefined;
  const speaker = claim.speakerEntityId ? registry.entities.get(claim.speakerEntityId) : undefined;
  const event = claim.eventId ? registry.events.get(claim.eventId) : undefined;
  const f = claim.figures;
  const links = bundle.links.filter((l) => l.from.claimId === claim.id || l.to.claimId === claim.id);
  const verdict = standingVerdict(bundle.verdicts, claim.id);
  return [
    claim.id,
    bundle.id,
    bundle.title,
    bundle.source,
    bundle.url,
    bundle.publishedAt,
    bundle.articleVersion,
    bundle.provenance ? (bundle.provenance.sourceUrl ?? bundle.provenance.fileName) : null,
    bundle.provenance?.sha256 ?? null,
    bundle.provenance?.capturedAt ?? null,
    claim.kind.toLowerCase(),
    claim.status.toLowerCase(),
    claimSpan?.quote ?? "",
    claimSpan?.start ?? null,
    claimSpan?.end ?? null,
    claimSpan ? offsets.toCodePoint(claimSpan.start) : null,
    claimSpan ? offsets.toCodePoint(claimSpan.end) : null,
    speakerSpan?.quote ?? speaker?.nameAr ?? "",
    speaker?.nameEn || (speakerSpan ? english.english("SPAN", speakerSpan.id) : ""),
    claim.speakerEntityId,
    claim.attribution,
    claim.channel,
    claim.sourceText,
    claim.sourceType?.toLowerCase() ?? "",
    claim.provenance?.rule ?? "",
    claim.provenance?.ruleVersion ?? null,
    claim.provenance?.confidence ?? null,
    figure(f.killed),
    figure(f.injured),
    text(f.victims),
    text(f.perpetrator),
    text(f.thing),
    figure(claim.kind === "COUNT" ? f.value : undefined),
    text(f.asOf),
    text(f.since),
    Object.keys(f).length > 0 ? JSON.stringify(f) : "",
    claim.occurredOn,
    claim.place,
    claim.eventId,
    event ? event.titleEn || event.titleAr : "",
    english.english("CLAIM", claim.id),
    english.status("CLAIM", claim.id)?.toLowerCase() ?? "",
    english.provenance("CLAIM", claim.id)?.engine ?? "",
    String(english.provenance("CLAIM", claim.id)?.human_edited ?? ""),
    links.map((l) => linkSummary(l, claim.id)).join("; "),
    links.length,
    verdict?.value.toLowerCase() ?? "",
    verdict?.rationale ?? "",
    verdict?.reviewer?.name ?? "",
    verdict?.createdAt ?? "",
    claim.note,
    claim.author?.name ?? "",
    claim.createdAt,
    claim.updatedAt,
  ];
}

export function csvWriter(sink: TSink): TExportWriter {
  let registry: TRegistry = { entities: new Map(), events: new Map() };
  return {
    begin(project: TProjectInfo) {
      registry = {
        entities: new Map(project.entities.map((e) => [e.id, e])),
        events: new Map(project.events.map((e) => [e.id, e])),
      };
      sink(CSV_BOM + csvRow([...CSV_COLUMNS]));
    },
    article(bundle) {
      const rows = claimRows(bundle, registry).map(csvRow).join("");
      if (rows) sink(rows);
    },
    end: () => undefined,
  };
}
