import { ZFigureValue } from "@/lib/claims/figures";
import { renderReason } from "@/lib/links/link-reasons";
import type {
  TClaimFigures,
  TClaimKind,
  TClaimView,
  TEventRef,
  TFigureRole,
  TLinkState,
  TLinkView,
  TRelation,
  TVerdictValue,
  TVerdictView,
} from "./types";

/**
 * Turns the lib results (claims in context, links, verdicts, events) into the plain views of
 * ./types.ts. The inputs are typed by shape, not by importing the lib functions, so the same
 * mappers read both server results (Date objects) and API JSON in the browser (date strings).
 */
type DateLike = Date | string | null | undefined;

/** `YYYY-MM-DD` of a stored calendar date (kept at UTC midnight), or null. */
export function calendarDate(value: DateLike): string | null {
  if (!value) return null;
  return (value instanceof Date ? value.toISOString() : value).slice(0, 10);
}

export function timestamp(value: DateLike): string | null {
  if (!value) return null;
  return value instanceof Date ? value.toISOString() : value;
}

const ROLES: readonly TFigureRole[] = ["killed", "injured", "value"];
const TEXT_FIELDS = ["thing", "asOf", "since", "victims", "perpetrator"] as const;

export function readFigures(raw: unknown): TClaimFigures {
  if (!raw || typeof raw !== "object") return {};
  const source = raw as Record<string, unknown>;
  const figures: TClaimFigures = {};
  for (const role of ROLES) {
    const parsed = ZFigureValue.safeParse(source[role]);
    if (source[role] !== undefined && parsed.success) figures[role] = parsed.data;
  }
  for (const field of TEXT_FIELDS) {
    const value = source[field];
    if (typeof value === "string" && value.trim() !== "") figures[field] = value;
  }
  return figures;
}

export type TContextClaimInput = {
  id: string;
  articleId: string;
  kind: string;
  figures: unknown;
  attribution: string;
  channel: string;
  eventId: string | null;
  claimSpan: { quote: string } | null;
  speakerSpan: { quote: string } | null;
  speakerEntity: { nameAr: string; nameEn: string } | null;
  article: { id: string; title: string; source: string | null; publishedAt: DateLike };
  sentence: string;
  translation: { text: string; status: string } | null;
  disagreements?: string[];
  /** Machine-proposed and not yet accepted by an analyst. */
  proposed?: boolean;
};

export function toClaimView(c: TContextClaimInput): TClaimView {
  const speakerQuote = c.speakerSpan?.quote ?? "";
  return {
    id: c.id,
    articleId: c.articleId,
    kind: c.kind as TClaimKind,
    figures: readFigures(c.figures),
    attribution: c.attribution,
    channel: c.channel,
    eventId: c.eventId,
    quote: c.claimSpan?.quote ?? "",
    sentence: c.sentence,
    translation:
      c.translation && c.translation.text.trim() !== ""
        ? { text: c.translation.text, reviewed: c.translation.status === "REVIEWED" }
        : null,
    speaker:
      c.speakerEntity || speakerQuote
        ? { nameAr: c.speakerEntity?.nameAr ?? "", nameEn: c.speakerEntity?.nameEn ?? "", quote: speakerQuote }
        : null,
    article: {
      id: c.article.id,
      title: c.article.title,
      source: c.article.source,
      publishedAt: calendarDate(c.article.publishedAt),
    },
    proposed: c.proposed ?? false,
    disagreements: (c.disagreements ?? []).filter((r): r is TFigureRole => (ROLES as readonly string[]).includes(r)),
  };
}

export type TLinkInput = {
  id: string;
  relation: string;
  origin: string;
  reason: string;
  reasonCode?: string;
  reasonParams?: unknown;
  note: string;
  state: string;
  reviewReason: string;
  reviewedAt: DateLike;
  version: number;
  createdAt: DateLike;
  reviewer: { id: string; name: string } | null;
  createdBy: { id: string; name: string } | null;
  from: TContextClaimInput;
  to: TContextClaimInput;
};

export function toLinkView(l: TLinkInput): TLinkView {
  return {
    id: l.id,
    relation: l.relation as TRelation,
    origin: l.origin === "SUGGESTED" ? "SUGGESTED" : "HUMAN",
    reason: renderReason({ reasonCode: l.reasonCode ?? "", reasonParams: l.reasonParams, reason: l.reason }, "en"),
    reasonAr: renderReason({ reasonCode: l.reasonCode ?? "", reasonParams: l.reasonParams, reason: l.reason }, "ar"),
    note: l.note,
    state: l.state as TLinkState,
    reviewReason: l.reviewReason,
    reviewedAt: timestamp(l.reviewedAt),
    version: l.version,
    createdAt: timestamp(l.createdAt) ?? "",
    reviewer: l.reviewer,
    createdBy: l.createdBy,
    from: toClaimView(l.from),
    to: toClaimView(l.to),
  };
}

export type TVerdictInput = {
  id: string;
  claimId?: string | null;
  eventId?: string | null;
  value: string;
  rationale: string;
  evidenceClaimIds?: string[];
  createdAt: DateLike;
  reviewer: { name: string } | null;
};

export function toVerdictView(v: TVerdictInput): TVerdictView {
  return {
    id: v.id,
    claimId: v.claimId ?? null,
    eventId: v.eventId ?? null,
    value: v.value as TVerdictValue,
    rationale: v.rationale,
    evidenceClaimIds: v.evidenceClaimIds ?? [],
    createdAt: timestamp(v.createdAt) ?? "",
    reviewerName: v.reviewer?.name ?? null,
  };
}

export function toEventRef(e: {
  id: string;
  titleAr: string;
  titleEn: string;
  occurredOn: DateLike;
  place: string;
}): TEventRef {
  return { id: e.id, titleAr: e.titleAr, titleEn: e.titleEn, occurredOn: calendarDate(e.occurredOn), place: e.place };
}

/** The event's title in the interface language when it has one, else the other. */
export function eventTitle(e: { titleAr: string; titleEn: string }, locale: "en" | "ar"): string {
  return locale === "ar" ? e.titleAr || e.titleEn : e.titleEn || e.titleAr;
}
