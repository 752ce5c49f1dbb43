import { z } from "zod";
import { ZClaimKind } from "../claims/claim-input";
import { machineProvenance } from "./current-text";
import type { TArticleBundle, TExportWriter, TPerson, TProjectInfo, TSink, TVerdictInfo } from "./types";

/**
 * The native dataset format, JSON Lines: the first line describes the project (label set, entity
 * registry, events, verdicts on events), then one line per article with its text, metadata,
 * segments, spans, claims with figures, translations with every revision, the links that start
 * at its claims, the verdicts on its claims, and who made each. Offsets are UTF-16 code units
 * (JavaScript string indices), as the API uses. Ids are the exporting project's; an import gives
 * everything new ids and keeps the references between them.
 *
 * The same schemas validate a file on import, so what is written is what can be read back.
 */

export const DATASET_FORMAT = "arabic-claims-workbench/dataset";
export const DATASET_VERSION = 1;

const ZId = z.string().min(1, "id is empty").max(200);
const ZTime = z.iso.datetime({ offset: true, message: "use an ISO time like 2024-01-31T12:00:00.000Z" });
const ZDate = z.iso.date("use a date like 2023-12-09");
const ZText = (max: number) => z.string().max(max);
const ZPerson = z.strictObject({ name: z.string().min(1).max(200), email: z.email().max(320) }).nullable();
const ZCount = z.number().int().nonnegative();

const ZLabelRecord = z.strictObject({
  id: ZId,
  key: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  nameAr: ZText(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "colour must look like #1a2b3c"),
  hotkey: z.number().int().min(1).max(9).nullable(),
  order: ZCount,
  deletedAt: ZTime.nullable(),
});

const ZEntityRecord = z.strictObject({
  id: ZId,
  kind: z.enum(["PERSON", "ORGANISATION", "PLACE", "OUTLET"]),
  nameAr: z.string().min(1).max(200),
  nameEn: ZText(200),
  aliases: z.array(z.string().min(1).max(200)).max(200),
  mergedIntoId: ZId.nullable(),
  version: z.number().int().positive(),
  createdAt: ZTime,
  updatedAt: ZTime,
  deletedAt: ZTime.nullable(),
});

const ZEventRecord = z.strictObject({
  id: ZId,
  titleAr: ZText(500),
  titleEn: ZText(500),
  occurredOn: ZDate.nullable(),
  place: ZText(300),
  version: z.number().int().positive(),
  createdAt: ZTime,
  updatedAt: ZTime,
  deletedAt: ZTime.nullable(),
});

const ZVerdictRecord = z.strictObject({
  id: ZId,
  claimId: ZId.nullable(),
  eventId: ZId.nullable(),
  value: z.enum(["SUPPORTED", "DISPUTED", "FALSE", "UNVERIFIABLE"]),
  rationale: ZText(20_000),
  evidenceClaimIds: z.array(ZId).max(1000),
  reviewer: ZPerson,
  withdrawnAt: ZTime.nullable(),
  createdAt: ZTime,
});

export const ZDatasetHeader = z.strictObject({
  type: z.literal("project"),
  format: z.literal(DATASET_FORMAT, `the first line must be a dataset header with format "${DATASET_FORMAT}"`),
  version: z.literal(DATASET_VERSION, `only version ${DATASET_VERSION} datasets can be read`),
  offsets: z.literal("utf-16"),
  exportedAt: ZTime,
  project: z.strictObject({ id: ZId, name: z.string().max(200), description: ZText(5000) }),
  selection: z.strictObject({ articleIds: z.array(ZId).nullable(), reviewedOnly: z.boolean() }),
  labels: z.array(ZLabelRecord).max(1000),
  entities: z.array(ZEntityRecord),
  events: z.array(ZEventRecord),
  verdicts: z.array(ZVerdictRecord),
});
export type TDatasetHeader = z.infer<typeof ZDatasetHeader>;

const ZSegmentRecord = z.strictObject({
  kind: z.enum(["PARAGRAPH", "SENTENCE"]),
  index: ZCount,
  paragraphIndex: ZCount,
  start: ZCount,
  end: ZCount,
});

export const ZSpanRecord = z.strictObject({
  id: ZId,
  labelId: ZId,
  start: ZCount,
  end: ZCount,
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  note: ZText(5000),
  entityId: ZId.nullable(),
  author: ZPerson,
  version: z.number().int().positive(),
  createdAt: ZTime,
  updatedAt: ZTime,
  deletedAt: ZTime.nullable(),
});

const ZClaimRecord = z.strictObject({
  id: ZId,
  kind: ZClaimKind,
  claimSpanId: ZId.nullable(),
  speakerSpanId: ZId.nullable(),
  speakerEntityId: ZId.nullable(),
  attribution: ZText(500),
  channel: ZText(100),
  // Absent in exports made before claims carried their source and provenance.
  sourceText: ZText(500).default(""),
  sourceType: z.enum(["OFFICIAL", "LOCAL", "MEDIA", "ANONYMOUS"]).nullable().default(null),
  provenance: z
    .strictObject({
      rule: ZText(100),
      ruleVersion: z.number().int().nonnegative(),
      confidence: z.number().min(0).max(1),
    })
    .nullable()
    .default(null),
  figures: z.record(z.string(), z.unknown()),
  occurredOn: ZDate.nullable(),
  place: ZText(300),
  eventId: ZId.nullable(),
  status: z.enum(["DRAFT", "READY", "REVIEWED"]),
  note: ZText(5000),
  aboutEntityIds: z.array(ZId).max(50),
  author: ZPerson,
  version: z.number().int().positive(),
  createdAt: ZTime,
  updatedAt: ZTime,
  deletedAt: ZTime.nullable(),
});

const ZTranslationRecord = z.strictObject({
  targetType: z.enum(["SEGMENT", "SPAN", "CLAIM"]),
  targetKey: z.string().min(1).max(200),
  status: z.enum(["DRAFT", "REVIEWED"]),
  version: z.number().int().positive(),
  reviewedBy: ZPerson,
  reviewedAt: ZTime.nullable(),
  createdAt: ZTime,
  updatedAt: ZTime,
  revisions: z
    .array(
      z.strictObject({
        version: z.number().int().positive(),
        text: z.string().min(1).max(20_000),
        origin: z.enum(["HUMAN", "ASSISTED", "MACHINE"]),
        engine: z.string().max(100).nullable().optional(),
        engineModel: z.string().max(200).nullable().optional(),
        author: ZPerson,
        createdAt: ZTime,
      }),
    )
    .min(1, "a translation needs at least one revision"),
  /** Derived on export (ignored on import): the engine of its newest machine revision, if any. */
  engine: z.string().max(100).nullable().optional(),
  /** Derived on export: the current text is a person's, not an engine's as it answered. */
  human_edited: z.boolean().optional(),
});

const ZLinkRecord = z.strictObject({
  id: ZId,
  fromClaimId: ZId,
  toClaimId: ZId,
  relation: z.enum(["AGREES", "CONTRADICTS", "UPDATES", "RELATED"]),
  origin: z.enum(["HUMAN", "SUGGESTED"]),
  reason: ZText(2000),
  note: ZText(2000),
  priority: z.number().int(),
  state: z.enum(["OPEN", "CONFIRMED", "DISMISSED"]),
  reviewReason: ZText(2000),
  reviewer: ZPerson,
  reviewedAt: ZTime.nullable(),
  createdBy: ZPerson,
  version: z.number().int().positive(),
  createdAt: ZTime,
  updatedAt: ZTime,
});

/** Where the text was captured from (web pages and documents); left out by older datasets. */
const ZProvenanceRecord = z.strictObject({
  kind: z.enum(["URL", "HTML_FILE", "DOCX"]),
  sourceUrl: z.string().max(2000).nullable(),
  fileName: z.string().max(300).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  capturedAt: ZTime,
  articleVersion: z.number().int().positive(),
});

export const ZDatasetArticle = z.strictObject({
  type: z.literal("article"),
  id: ZId,
  title: z.string().min(1).max(1000),
  source: z.string().max(500).nullable(),
  url: z.string().max(2000).nullable(),
  publishedAt: ZDate.nullable(),
  language: z.string().min(2).max(20),
  status: z.enum(["NEW", "IN_PROGRESS", "DONE"]),
  version: z.number().int().positive(),
  createdBy: ZPerson,
  createdAt: ZTime,
  updatedAt: ZTime,
  text: z.string().min(1, "the text is empty"),
  /** Which version of the article's text this is; absent in exports made before revisions (version 1). */
  articleVersion: z.number().int().positive().optional(),
  provenance: ZProvenanceRecord.nullable().optional(),
  segments: z.array(ZSegmentRecord),
  spans: z.array(ZSpanRecord),
  claims: z.array(ZClaimRecord),
  translations: z.array(ZTranslationRecord),
  links: z.array(ZLinkRecord),
  verdicts: z.array(ZVerdictRecord),
});
export type TDatasetArticle = z.infer<typeof ZDatasetArticle>;
export type TDatasetLink = TDatasetArticle["links"][number];
export type TDatasetVerdict = TDatasetHeader["verdicts"][number];

const person = (p: TPerson | null) => (p ? { name: p.name, email: p.email } : null);

function verdictRecord(v: TVerdictInfo): TDatasetVerdict {
  return {
    id: v.id,
    claimId: v.claimId,
    eventId: v.eventId,
    value: v.value,
    rationale: v.rationale,
    evidenceClaimIds: v.evidenceClaimIds,
    reviewer: person(v.reviewer),
    withdrawnAt: v.withdrawnAt,
    createdAt: v.createdAt,
  };
}

export function headerRecord(project: TProjectInfo): TDatasetHeader {
  return {
    type: "project",
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    offsets: "utf-16",
    exportedAt: project.exportedAt,
    project: { id: project.id, name: project.name, description: project.description },
    selection: { articleIds: project.selection.articleIds, reviewedOnly: project.selection.reviewedOnly },
    labels: project.labels.map((l) => ({ ...l })),
    entities: project.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
    events: project.events.map((e) => ({ ...e })),
    verdicts: project.eventVerdicts.map(verdictRecord),
  };
}

/** The article's line. Links appear once, in the line of the article their `from` claim is in. */
export function articleRecord(bundle: TArticleBundle): TDatasetArticle {
  const localClaims = new Set(bundle.claims.map((c) => c.id));
  return {
    type: "article",
    id: bundle.id,
    title: bundle.title,
    source: bundle.source,
    url: bundle.url,
    publishedAt: bundle.publishedAt,
    language: bundle.language,
    status: bundle.status,
    version: bundle.version,
    createdBy: person(bundle.createdBy),
    createdAt: bundle.createdAt,
    updatedAt: bundle.updatedAt,
    text: bundle.text,
    articleVersion: bundle.articleVersion,
    provenance: bundle.provenance,
    segments: bundle.segments.map((s) => ({
      kind: s.kind,
      index: s.index,
      paragraphIndex: s.paragraphIndex,
      start: s.start,
      end: s.end,
    })),
    spans: bundle.spans.map((s) => ({ ...s, author: person(s.author) })),
    claims: bundle.claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      claimSpanId: c.claimSpanId,
      speakerSpanId: c.speakerSpanId,
      speakerEntityId: c.speakerEntityId,
      attribution: c.attribution,
      channel: c.channel,
      sourceText: c.sourceText,
      sourceType: c.sourceType,
      provenance: c.provenance,
      figures: c.figures,
      occurredOn: c.occurredOn,
      place: c.place,
      eventId: c.eventId,
      status: c.status,
      note: c.note,
      aboutEntityIds: c.aboutEntityIds,
      author: person(c.author),
      version: c.version,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      deletedAt: c.deletedAt,
    })),
    translations: bundle.translations.map((t) => ({
      targetType: t.targetType,
      targetKey: t.targetKey,
      status: t.status,
      version: t.version,
      reviewedBy: person(t.reviewedBy),
      reviewedAt: t.reviewedAt,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      revisions: t.revisions.map((r) => ({
        version: r.version,
        text: r.text,
        origin: r.origin,
        engine: r.engine ?? null,
        engineModel: r.engineModel ?? null,
        author: person(r.author),
        createdAt: r.createdAt,
      })),
      ...machineProvenance(t.revisions),
    })),
    links: bundle.links
      .filter((l) => localClaims.has(l.from.claimId))
      .map((l) => ({
        id: l.id,
        fromClaimId: l.from.claimId,
        toClaimId: l.to.claimId,
        relation: l.relation,
        origin: l.origin,
        reason: l.reason,
        note: l.note,
        priority: l.priority,
        state: l.state,
        reviewReason: l.reviewReason,
        reviewer: person(l.reviewer),
        reviewedAt: l.reviewedAt,
        createdBy: person(l.createdBy),
        version: l.version,
        createdAt: l.createdAt,
        updatedAt: l.updatedAt,
      })),
    verdicts: bundle.verdicts.map(verdictRecord),
  };
}

/** JSON Lines: one JSON value per line, "\n"-terminated, UTF-8 without BOM. */
export function jsonlWriter(sink: TSink): TExportWriter {
  return {
    begin: (project) => sink(`${JSON.stringify(headerRecord(project))}\n`),
    article: (bundle) => sink(`${JSON.stringify(articleRecord(bundle))}\n`),
    end: () => undefined,
  };
}
