import { offsetConverter, trimBrokenSurrogates, type TOffsetConverter } from "./code-points";
import { translationIndex } from "./current-text";
import type {
  TArticleBundle,
  TArticleProvenance,
  TEntityInfo,
  TExportWriter,
  TLabelInfo,
  TLinkEnd,
  TLinkInfo,
  TPerson,
  TProjectInfo,
  TSink,
  TSpanInfo,
} from "./types";

/**
 * W3C Web Annotation Data Model (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection whose first AnnotationPage lists
 *  - one annotation per span: target = the article text (language "ar", textDirection "rtl")
 *    narrowed by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector whose
 *    offsets count Unicode code points, as §4.2.5 requires (not UTF-16 units as stored); bodies
 *    are TextualBodies: the label (purpose tagging, English and Arabic names), the note
 *    (commenting), the linked entity (identifying) and the English translation of the span or
 *    of a claim resting on it (describing, language "en"); the source names the article's text
 *    version (`schema:version`), and a span a revision orphaned is not in the export (it is not in
 *    that text; lib/datasets/export-sql.ts leaves it and the claims on it out);
 *  - one annotation per link between claims, motivation "linking", with two targets (the claims'
 *    spans, each in its own article; the `from` claim first) and the relation as a tagging body.
 * Resources are named by `urn:uuid:` IRIs of the workbench ids. The document is written as a
 * stream, so `total` comes last; a collection with no annotations has no page (the model requires
 * a page to have at least one item).
 */

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type TJson = Record<string, unknown>;

const urn = (id: string): string => `urn:uuid:${id}`;

function agent(person: TPerson | null): TJson | undefined {
  return person ? { type: "Person", name: person.name } : undefined;
}

/**
 * The article's text as the source. `schema:version` (schema.org's version of a creative work; the
 * annotation context declares the `schema` prefix) names the text version every selector's offsets
 * and quote refer to: 1 as imported, one more per revision.
 */
function articleSource(bundle: Pick<TArticleBundle, "id" | "url" | "language" | "articleVersion">): TJson {
  return {
    id: urn(bundle.id),
    type: "Text",
    format: "text/plain",
    language: bundle.language,
    textDirection: bundle.language === "ar" ? "rtl" : "auto",
    "schema:version": bundle.articleVersion,
    ...(bundle.url ? { via: bundle.url } : {}),
  };
}

/**
 * For an article captured from a web page or document: when it was captured (a TimeState's
 * sourceDate) and which bytes (an RFC 6920 `ni:` name of its SHA-256 as the cached copy).
 */
export function captureState(provenance: TArticleProvenance | null): TJson | undefined {
  if (!provenance) return undefined;
  const digest = Buffer.from(provenance.sha256, "hex").toString("base64url");
  return { type: "TimeState", sourceDate: provenance.capturedAt, cached: `ni:///sha-256;${digest}` };
}

function spanTarget(bundle: TArticleBundle, span: TSpanInfo, offsets: TOffsetConverter): TJson {
  const state = captureState(bundle.provenance);
  return {
    type: "SpecificResource",
    source: articleSource(bundle),
    ...(state ? { state } : {}),
    selector: [
      {
        type: "TextQuoteSelector",
        exact: span.quote,
        prefix: trimBrokenSurrogates(span.prefix),
        suffix: trimBrokenSurrogates(span.suffix),
      },
      { type: "TextPositionSelector", start: offsets.toCodePoint(span.start), end: offsets.toCodePoint(span.end) },
    ],
  };
}

function linkTarget(end: TLinkEnd, local: { bundle: TArticleBundle; offsets: TOffsetConverter } | null): TJson {
  const source = local
    ? articleSource(local.bundle)
    : {
        id: urn(end.articleId),
        type: "Text",
        format: "text/plain",
        language: "ar",
        textDirection: "rtl",
        ...(end.articleVersion ? { "schema:version": end.articleVersion } : {}),
      };
  const span = end.span;
  const start = span ? (local ? local.offsets.toCodePoint(span.start) : span.codePointStart) : null;
  const stop = span ? (local ? local.offsets.toCodePoint(span.end) : span.codePointEnd) : null;
  const selector = span
    ? [
        { type: "TextQuoteSelector", exact: span.quote },
        ...(start !== null && stop !== null ? [{ type: "TextPositionSelector", start, end: stop }] : []),
      ]
    : undefined;
  return { id: urn(end.claimId), type: "SpecificResource", source, ...(selector ? { selector } : {}) };
}

function textBody(value: string, purpose: string, language?: string): TJson {
  const direction = language === "ar" ? "rtl" : language === "en" ? "ltr" : "auto";
  return {
    type: "TextualBody",
    value,
    purpose,
    format: "text/plain",
    ...(language ? { language } : {}),
    textDirection: direction,
  };
}

export function spanAnnotation(
  bundle: TArticleBundle,
  span: TSpanInfo,
  context: {
    offsets: TOffsetConverter;
    labels: Map<string, TLabelInfo>;
    entities: Map<string, TEntityInfo>;
    english: ReturnType<typeof translationIndex>;
  },
): TJson {
  const label = context.labels.get(span.labelId);
  const entity = span.entityId ? context.entities.get(span.entityId) : undefined;
  const body: TJson[] = [];
  if (label) {
    body.push(textBody(label.name, "tagging", "en"));
    if (label.nameAr) body.push(textBody(label.nameAr, "tagging", "ar"));
  }
  if (span.note) body.push(textBody(span.note, "commenting"));
  if (entity)
    body.push(
      entity.nameEn ? textBody(entity.nameEn, "identifying", "en") : textBody(entity.nameAr, "identifying", "ar"),
    );
  const translations = [
    context.english.english("SPAN", span.id),
    ...bundle.claims.filter((c) => c.claimSpanId === span.id).map((c) => context.english.english("CLAIM", c.id)),
  ].filter(Boolean);
  for (const english of new Set(translations)) body.push(textBody(english, "describing", "en"));
  return {
    id: urn(span.id),
    type: "Annotation",
    motivation: "tagging",
    ...(agent(span.author) ? { creator: agent(span.author) } : {}),
    created: span.createdAt,
    modified: span.updatedAt,
    body,
    target: spanTarget(bundle, span, context.offsets),
  };
}

export function linkAnnotation(link: TLinkInfo, bundle: TArticleBundle, offsets: TOffsetConverter): TJson {
  const localClaims = new Set(bundle.claims.map((c) => c.id));
  const end = (e: TLinkEnd) => linkTarget(e, localClaims.has(e.claimId) ? { bundle, offsets } : null);
  const body = [
    textBody(link.relation.toLowerCase(), "tagging", "en"),
    textBody(`review: ${link.state.toLowerCase()}`, "assessing", "en"),
  ];
  if (link.note) body.push(textBody(link.note, "commenting"));
  return {
    id: urn(link.id),
    type: "Annotation",
    motivation: "linking",
    ...(agent(link.createdBy) ? { creator: agent(link.createdBy) } : {}),
    created: link.createdAt,
    modified: link.updatedAt,
    body,
    target: [end(link.from), end(link.to)],
  };
}

/** Annotations of one article: its spans, then the links that start at its claims. */
export function articleAnnotations(
  bundle: TArticleBundle,
  registry: { labels: Map<string, TLabelInfo>; entities: Map<string, TEntityInfo> },
): TJson[] {
  const offsets = offsetConverter(bundle.text);
  const context = { ...registry, offsets, english: translationIndex(bundle) };
  const localClaims = new Set(bundle.claims.map((c) => c.id));
  return [
    // A deleted span a claim still rests on travels only as that claim's link target.
    ...bundle.spans.filter((span) => span.deletedAt === null).map((span) => spanAnnotation(bundle, span, context)),
    ...bundle.links.filter((l) => localClaims.has(l.from.claimId)).map((l) => linkAnnotation(l, bundle, offsets)),
  ];
}

/**
 * The W3C writer. `annotations` takes an article's annotations already written as JSON (joined by
 * ",\n", as `article` joins them; the export has the database write them) and their count.
 */
export function w3cWriter(
  sink: TSink,
): TExportWriter & { annotations(json: string | Uint8Array, count: number): void } {
  let registry = { labels: new Map<string, TLabelInfo>(), entities: new Map<string, TEntityInfo>() };
  let collectionId = "";
  let total = 0;
  function annotations(json: string | Uint8Array, count: number) {
    if (count === 0) return;
    sink(
      total === 0
        ? `,"first":{"id":${JSON.stringify(`${collectionId}#page-1`)},"type":"AnnotationPage","partOf":${JSON.stringify(collectionId)},"startIndex":0,"items":[\n`
        : ",\n",
    );
    sink(json);
    total += count;
  }
  return {
    begin(project: TProjectInfo) {
      registry = {
        labels: new Map(project.labels.map((l) => [l.id, l])),
        entities: new Map(project.entities.map((e) => [e.id, e])),
      };
      collectionId = urn(project.id);
      const head = {
        "@context": ANNOTATION_CONTEXT,
        id: collectionId,
        type: "AnnotationCollection",
        label: project.name,
        generator: { type: "Software", name: "arabic-claims-workbench" },
        generated: project.exportedAt,
      };
      // The object stays open: the page and `total` follow as the articles stream.
      sink(`${JSON.stringify(head).slice(0, -1)}`);
    },
    article(bundle) {
      const items = articleAnnotations(bundle, registry);
      annotations(items.map((item) => JSON.stringify(item)).join(",\n"), items.length);
    },
    annotations,
    end() {
      sink(`${total > 0 ? "\n]}" : ""},"total":${total}}\n`);
    },
  };
}
