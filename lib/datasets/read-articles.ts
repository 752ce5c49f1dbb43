import type { ReservedSql } from "postgres";
import { codePointLength, offsetConverter, type TOffsetConverter } from "../export/code-points";
import type {
  TArticleBundle,
  TArticleProvenance,
  TClaimInfo,
  TClaimProvenance,
  TEntityInfo,
  TEventInfo,
  TLabelInfo,
  TLinkEnd,
  TLinkInfo,
  TPerson,
  TRevisionInfo,
  TSourceTypeName,
  TSpanInfo,
  TTranslationInfo,
  TVerdictInfo,
} from "../export/types";
import {
  CLAIM_VERDICTS_SQL,
  CLAIMS_SQL,
  ENTITIES_SQL,
  EVENT_VERDICTS_SQL,
  EVENTS_SQL,
  LABELS_SQL,
  LINKS_SQL,
  REVISIONS_SQL,
  SEGMENTS_SQL,
  SPANS_SQL,
  TRANSLATIONS_SQL,
} from "./export-sql";

/** The export's filter, as the SQL parameters $1–$4, and whether link ends need code-point positions. */
export type TExportFilter = {
  projectId: string;
  articleIds: string[] | null;
  history: boolean;
  reviewedOnly: boolean;
  positions: boolean;
};

type TRow = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));
const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const SOURCE_TYPES: readonly TSourceTypeName[] = ["OFFICIAL", "LOCAL", "MEDIA", "ANONYMOUS"];
const sourceType = (v: unknown): TSourceTypeName | null => SOURCE_TYPES.find((t) => t === v) ?? null;
/** A claim's provenance column ({ rule, ruleVersion, confidence }), or null when it is absent or not that shape. */
function provenance(v: unknown): TClaimProvenance | null {
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const { rule, ruleVersion, confidence } = v as Record<string, unknown>;
  if (typeof rule !== "string" || typeof ruleVersion !== "number" || typeof confidence !== "number") return null;
  return { rule, ruleVersion, confidence };
}
const time = (v: unknown): string => new Date(Math.round(num(v))).toISOString();
const timeOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : time(v));
const person = (row: TRow, as: string): TPerson | null => {
  const email = row[`${as}Email`];
  return typeof email === "string" ? { name: str(row[`${as}Name`]), email } : null;
};
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

function groupBy<T>(rows: readonly TRow[], key: string, make: (row: TRow) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = str(row[key]);
    const list = out.get(k);
    if (list) list.push(make(row));
    else out.set(k, [make(row)]);
  }
  return out;
}

function verdict(row: TRow): TVerdictInfo {
  return {
    id: str(row.id),
    claimId: strOrNull(row.claimId),
    eventId: strOrNull(row.eventId),
    value: str(row.value) as TVerdictInfo["value"],
    rationale: str(row.rationale),
    evidenceClaimIds: ids(row.evidenceClaimIds),
    reviewer: person(row, "reviewer"),
    withdrawnAt: timeOrNull(row.withdrawnAt),
    createdAt: time(row.createdAt),
  };
}

function linkEnd(row: TRow, p: "from" | "to"): TLinkEnd {
  const start = row[`${p}Start`];
  const before = row[`${p}Before`];
  const quote = strOrNull(row[`${p}Quote`]);
  // Given only for claims of articles outside the batch (the writer counts the others in the text).
  // PostgreSQL's left() counts code points, so `before` holds at least the UTF-16 prefix.
  const codePointStart = typeof before === "string" ? codePointLength(before.slice(0, num(start))) : null;
  return {
    claimId: str(row[`${p}ClaimId`]),
    articleId: str(row[`${p}ArticleId`]),
    articleTitle: str(row[`${p}ArticleTitle`]),
    articleVersion: num(row[`${p}ArticleVersion`]),
    kind: str(row[`${p}Kind`]) as TLinkEnd["kind"],
    included: row[`${p}Included`] === true,
    span:
      start === null || start === undefined || quote === null
        ? null
        : {
            start: num(start),
            end: num(row[`${p}End`]),
            quote,
            codePointStart,
            codePointEnd: codePointStart === null ? null : codePointStart + codePointLength(quote),
          },
  };
}

/** The project's registry: labels, entities, events, verdicts on events. */
export async function readRegistry(sql: ReservedSql, filter: TExportFilter) {
  const p1 = [filter.projectId];
  const labels = (await sql.unsafe<TRow[]>(LABELS_SQL, p1)).map(
    (r): TLabelInfo => ({
      id: str(r.id),
      key: str(r.key),
      name: str(r.name),
      nameAr: str(r.nameAr),
      color: str(r.color),
      hotkey: r.hotkey === null ? null : num(r.hotkey),
      order: num(r.order),
      deletedAt: timeOrNull(r.deletedAt),
    }),
  );
  const entities = (await sql.unsafe<TRow[]>(ENTITIES_SQL, p1)).map(
    (r): TEntityInfo => ({
      id: str(r.id),
      kind: str(r.kind) as TEntityInfo["kind"],
      nameAr: str(r.nameAr),
      nameEn: str(r.nameEn),
      aliases: ids(r.aliases),
      mergedIntoId: strOrNull(r.mergedIntoId),
      version: num(r.version),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      deletedAt: timeOrNull(r.deletedAt),
    }),
  );
  const events = (await sql.unsafe<TRow[]>(EVENTS_SQL, p1)).map(
    (r): TEventInfo => ({
      id: str(r.id),
      titleAr: str(r.titleAr),
      titleEn: str(r.titleEn),
      occurredOn: strOrNull(r.occurredOn),
      place: str(r.place),
      version: num(r.version),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      deletedAt: timeOrNull(r.deletedAt),
    }),
  );
  const eventVerdicts = (
    await sql.unsafe<TRow[]>(EVENT_VERDICTS_SQL, [
      filter.projectId,
      filter.articleIds,
      filter.history,
      filter.reviewedOnly,
    ])
  ).map(verdict);
  return { labels, entities, events, eventVerdicts };
}

/** Everything attached to a batch of articles (rows from the article cursor), as bundles in the same order. */
export async function readBatch(
  sql: ReservedSql,
  filter: TExportFilter,
  articles: readonly TRow[],
): Promise<TArticleBundle[]> {
  const batch = articles.map((a) => str(a.id));
  const filterParams = [filter.projectId, filter.articleIds, filter.history, filter.reviewedOnly, batch];
  // Sent together: postgres.js pipelines them on the connection, one round trip for the batch.
  const [segmentRows, spanRows, claimRows, revisionRows, translationRows, linkRows, verdictRows] = await Promise.all([
    sql.unsafe<TRow[]>(SEGMENTS_SQL, [batch]),
    sql.unsafe<TRow[]>(SPANS_SQL, [batch]),
    sql.unsafe<TRow[]>(CLAIMS_SQL, filterParams),
    sql.unsafe<TRow[]>(REVISIONS_SQL, [batch]),
    sql.unsafe<TRow[]>(TRANSLATIONS_SQL, [batch]),
    sql.unsafe<TRow[]>(LINKS_SQL, [...filterParams, filter.positions]),
    sql.unsafe<TRow[]>(CLAIM_VERDICTS_SQL, filterParams),
  ]);
  const segments = groupBy(segmentRows, "articleId", (r) => ({
    kind: str(r.kind) as "PARAGRAPH" | "SENTENCE",
    index: num(r.index),
    paragraphIndex: num(r.paragraphIndex),
    start: num(r.start),
    end: num(r.end),
  }));
  const spans = groupBy(
    spanRows,
    "articleId",
    (r): TSpanInfo => ({
      id: str(r.id),
      labelId: str(r.labelId),
      start: num(r.start),
      end: num(r.end),
      quote: str(r.quote),
      prefix: str(r.prefix),
      suffix: str(r.suffix),
      note: str(r.note),
      entityId: strOrNull(r.entityId),
      author: person(r, "author"),
      version: num(r.version),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      deletedAt: timeOrNull(r.deletedAt),
    }),
  );
  const claims = groupBy(
    claimRows,
    "articleId",
    (r): TClaimInfo => ({
      id: str(r.id),
      kind: str(r.kind) as TClaimInfo["kind"],
      claimSpanId: strOrNull(r.claimSpanId),
      speakerSpanId: strOrNull(r.speakerSpanId),
      speakerEntityId: strOrNull(r.speakerEntityId),
      attribution: str(r.attribution),
      channel: str(r.channel),
      sourceText: str(r.sourceText),
      sourceType: sourceType(r.sourceType),
      provenance: provenance(r.provenance),
      figures:
        r.figures && typeof r.figures === "object" && !Array.isArray(r.figures)
          ? (r.figures as Record<string, unknown>)
          : {},
      occurredOn: strOrNull(r.occurredOn),
      place: str(r.place),
      eventId: strOrNull(r.eventId),
      status: str(r.status) as TClaimInfo["status"],
      note: str(r.note),
      aboutEntityIds: ids(r.aboutEntityIds),
      author: person(r, "author"),
      version: num(r.version),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      deletedAt: timeOrNull(r.deletedAt),
      included: r.included === true,
    }),
  );
  const revisions = groupBy(revisionRows, "translationId", (r) => ({
    version: num(r.version),
    text: str(r.text),
    origin: str(r.origin) as TRevisionInfo["origin"],
    engine: strOrNull(r.engine),
    engineModel: strOrNull(r.engineModel),
    author: person(r, "author"),
    createdAt: time(r.createdAt),
  }));
  const translations = groupBy(
    translationRows,
    "articleId",
    (r): TTranslationInfo => ({
      targetType: str(r.targetType) as TTranslationInfo["targetType"],
      targetKey: str(r.targetKey),
      status: str(r.status) as TTranslationInfo["status"],
      version: num(r.version),
      reviewedBy: person(r, "reviewedBy"),
      reviewedAt: timeOrNull(r.reviewedAt),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      revisions: revisions.get(str(r.id)) ?? [],
    }),
  );
  const links = new Map<string, TLinkInfo[]>();
  for (const r of linkRows) {
    const link: TLinkInfo = {
      id: str(r.id),
      relation: str(r.relation) as TLinkInfo["relation"],
      origin: str(r.origin) as TLinkInfo["origin"],
      reason: str(r.reason),
      note: str(r.note),
      priority: num(r.priority),
      state: str(r.state) as TLinkInfo["state"],
      reviewReason: str(r.reviewReason),
      reviewer: person(r, "reviewer"),
      reviewedAt: timeOrNull(r.reviewedAt),
      createdBy: person(r, "createdBy"),
      version: num(r.version),
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
      from: linkEnd(r, "from"),
      to: linkEnd(r, "to"),
    };
    for (const articleId of new Set([link.from.articleId, link.to.articleId]))
      links.set(articleId, [...(links.get(articleId) ?? []), link]);
  }
  const verdicts = groupBy(verdictRows, "articleId", verdict);

  // Positions of link ends in articles of this batch are counted here, from the texts at hand.
  if (filter.positions) {
    const texts = new Map(articles.map((a) => [str(a.id), str(a.text)]));
    const converters = new Map<string, TOffsetConverter>();
    const converter = (articleId: string, text: string) => {
      let c = converters.get(articleId);
      if (!c) {
        c = offsetConverter(text);
        converters.set(articleId, c);
      }
      return c;
    };
    for (const list of links.values()) {
      for (const link of list) {
        for (const end of [link.from, link.to]) {
          const text = texts.get(end.articleId);
          if (!end.span || end.span.codePointStart !== null || text === undefined) continue;
          const c = converter(end.articleId, text);
          end.span.codePointStart = c.toCodePoint(end.span.start);
          end.span.codePointEnd = c.toCodePoint(end.span.end);
        }
      }
    }
  }

  return articles.map((a): TArticleBundle => {
    const id = str(a.id);
    return {
      id,
      title: str(a.title),
      source: strOrNull(a.source),
      url: strOrNull(a.url),
      publishedAt: strOrNull(a.publishedAt),
      language: str(a.language),
      status: str(a.status) as TArticleBundle["status"],
      version: num(a.version),
      createdBy: person(a, "createdBy"),
      createdAt: time(a.createdAt),
      updatedAt: time(a.updatedAt),
      text: str(a.text),
      articleVersion: num(a.textVersion),
      provenance:
        a.snapshotSha256 === null || a.snapshotSha256 === undefined
          ? null
          : {
              kind: str(a.snapshotKind) as TArticleProvenance["kind"],
              sourceUrl: strOrNull(a.snapshotUrl),
              fileName: strOrNull(a.snapshotFile),
              sha256: str(a.snapshotSha256),
              capturedAt: time(a.snapshotCapturedAt),
              articleVersion: num(a.snapshotVersion),
            },
      segments: segments.get(id) ?? [],
      spans: spans.get(id) ?? [],
      claims: claims.get(id) ?? [],
      translations: translations.get(id) ?? [],
      links: links.get(id) ?? [],
      verdicts: verdicts.get(id) ?? [],
    };
  });
}
