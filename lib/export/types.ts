import type { TClaimKind } from "../claims/claim-input";
import type { z } from "zod";
import type { ZSpanRecord } from "./jsonl";

/**
 * What the format writers read: a project's registry (labels, entities, events) and, one at a
 * time, each article with everything attached to it. lib/datasets fills these from the database;
 * the writers never touch it. Times are ISO 8601 strings in UTC ("…Z"), dates "YYYY-MM-DD",
 * offsets UTF-16 code units as stored.
 */

export const EXPORT_FORMATS = ["jsonl", "csv", "w3c", "brat", "claimreview", "incidents"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats written article by article through a TExportWriter; `incidents` is written per incident (./incidents.ts). */
export type TArticleExportFormat = Exclude<TExportFormat, "incidents">;

export type TPerson = { name: string; email: string };

export type TLabelInfo = {
  id: string;
  key: string;
  name: string;
  nameAr: string;
  color: string;
  hotkey: number | null;
  order: number;
  deletedAt: string | null;
};

export type TEntityInfo = {
  id: string;
  kind: "PERSON" | "ORGANISATION" | "PLACE" | "OUTLET";
  nameAr: string;
  nameEn: string;
  aliases: string[];
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type TEventInfo = {
  id: string;
  titleAr: string;
  titleEn: string;
  occurredOn: string | null;
  place: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type TVerdictValue = "SUPPORTED" | "DISPUTED" | "FALSE" | "UNVERIFIABLE";

export type TVerdictInfo = {
  id: string;
  claimId: string | null;
  eventId: string | null;
  value: TVerdictValue;
  rationale: string;
  /** Only claims that are part of the export. */
  evidenceClaimIds: string[];
  reviewer: TPerson | null;
  withdrawnAt: string | null;
  createdAt: string;
};

/** Who publishes the project's fact checks (the ClaimReview author), set in the project's settings. */
export type TPublisherInfo = { name: string; url: string; logoUrl: string; reviewUrlTemplate: string };

export type TProjectInfo = {
  id: string;
  name: string;
  description: string;
  /** null while the project has no publisher settings (the ClaimReview export is then refused). */
  publisher: TPublisherInfo | null;
  /** The writing direction of most of the exported articles' languages. */
  textDirection: "rtl" | "ltr";
  exportedAt: string;
  selection: { articleIds: string[] | null; reviewedOnly: boolean };
  labels: TLabelInfo[];
  entities: TEntityInfo[];
  events: TEventInfo[];
  /** Verdicts on events (contested groups of claims); verdicts on one claim travel with its article. */
  eventVerdicts: TVerdictInfo[];
};

export type TSegmentInfo = {
  kind: "PARAGRAPH" | "SENTENCE";
  index: number;
  paragraphIndex: number;
  start: number;
  end: number;
};

/** A span as the dataset format writes it; the other writers read the same record. */
export type TSpanInfo = z.output<typeof ZSpanRecord>;

export type TSourceTypeName = "OFFICIAL" | "LOCAL" | "MEDIA" | "ANONYMOUS";
export type TClaimProvenance = { rule: string; ruleVersion: number; confidence: number };

export type TClaimInfo = {
  id: string;
  kind: TClaimKind;
  claimSpanId: string | null;
  speakerSpanId: string | null;
  speakerEntityId: string | null;
  attribution: string;
  channel: string;
  /** Who reports the figure or statement, and what kind of source that is (null: not set). */
  sourceText: string;
  sourceType: TSourceTypeName | null;
  /** The rule that proposed the claim, when it came from a suggestion (null: made by hand). */
  provenance: TClaimProvenance | null;
  figures: Record<string, unknown>;
  occurredOn: string | null;
  place: string;
  eventId: string | null;
  status: "DRAFT" | "READY" | "REVIEWED";
  note: string;
  aboutEntityIds: string[];
  author: TPerson | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** Whether the claim belongs in this export (see lib/datasets/read-articles.ts). */
  included: boolean;
};

export type TRevisionInfo = {
  version: number;
  text: string;
  origin: "HUMAN" | "ASSISTED" | "MACHINE";
  /** For a MACHINE revision: the engine and its model or version. */
  engine?: string | null;
  engineModel?: string | null;
  author: TPerson | null;
  createdAt: string;
};

export type TTranslationInfo = {
  targetType: "SEGMENT" | "SPAN" | "CLAIM";
  /** Paragraph index for SEGMENT, span id for SPAN, claim id for CLAIM. */
  targetKey: string;
  status: "DRAFT" | "REVIEWED";
  version: number;
  reviewedBy: TPerson | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the last is the current text. */
  revisions: TRevisionInfo[];
};

/** One side of a link, possibly in another article. */
export type TLinkEnd = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  kind: TClaimKind;
  included: boolean;
  /** The text version of the claim's article that `span` refers to (absent where not read). */
  articleVersion?: number;
  /** The claim's span, with code-point offsets when the export asked for them. */
  span: {
    start: number;
    end: number;
    quote: string;
    codePointStart: number | null;
    codePointEnd: number | null;
  } | null;
};

export type TLinkInfo = {
  id: string;
  relation: "AGREES" | "CONTRADICTS" | "UPDATES" | "RELATED";
  origin: "HUMAN" | "SUGGESTED";
  reason: string;
  note: string;
  priority: number;
  state: "OPEN" | "CONFIRMED" | "DISMISSED";
  reviewReason: string;
  reviewer: TPerson | null;
  reviewedAt: string | null;
  createdBy: TPerson | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  from: TLinkEnd;
  to: TLinkEnd;
};

/**
 * Where an article's text was captured from, when it was imported from a web page or a document:
 * the address (or file name), the SHA-256 of the page or document as captured, the capture time
 * and the article version whose text came from it.
 */
export type TArticleProvenance = {
  kind: "URL" | "HTML_FILE" | "DOCX";
  sourceUrl: string | null;
  fileName: string | null;
  sha256: string;
  capturedAt: string;
  articleVersion: number;
};

export type TArticleBundle = {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  status: "NEW" | "IN_PROGRESS" | "DONE";
  version: number;
  createdBy: TPerson | null;
  createdAt: string;
  updatedAt: string;
  text: string;
  /** Which version of the article's text `text` is (1 as imported, one more per revision); every offset refers to it. */
  articleVersion: number;
  /** The newest snapshot of the page or document the text came from; null for text imports. */
  provenance: TArticleProvenance | null;
  segments: TSegmentInfo[];
  spans: TSpanInfo[];
  claims: TClaimInfo[];
  translations: TTranslationInfo[];
  /** Every link that touches a claim of this article, in either direction. */
  links: TLinkInfo[];
  /** Verdicts on claims of this article. */
  verdicts: TVerdictInfo[];
};

/** Receives the output of a writer, in order. */
export type TSink = (chunk: string | Uint8Array) => void;

/** A format writer: called once with the project, once per article in order, then once at the end. */
export type TExportWriter = {
  begin(project: TProjectInfo): void;
  article(bundle: TArticleBundle): void;
  end(): void;
};
