import type { z } from "zod";
import type { ZClaimInContext } from "@/lib/claims/schemas";
import type { ZEvent } from "@/lib/events/schemas";
import { renderReason } from "@/lib/links/link-reasons";
import type { ZQueueLink } from "@/lib/links/schemas";
import type { ZVerdict } from "@/lib/verdicts/schemas";
import type { TClaimView, TEventRef, TFigureRole, TLinkView, TVerdictView } from "./types";

/**
 * Turns the API's resources (claims in context, queue links, verdicts, events: the output of their
 * response schemas, which server pages parse their lib results with) into the plain views of
 * ./types.ts, so the same mappers read server results and API JSON in the browser.
 */

/** `YYYY-MM-DD` of a stored calendar date (an ISO timestamp at UTC midnight), or null. */
export function calendarDate(value: string | null): string | null {
  return value ? value.slice(0, 10) : null;
}

/** A claim in context; the event page adds the figures other claims contradict, the queue whether it is proposed. */
export type TContextClaimInput = z.output<typeof ZClaimInContext> & {
  disagreements?: TFigureRole[];
  /** Machine-proposed and not yet accepted by an analyst. */
  proposed?: boolean;
};

export function toClaimView(c: TContextClaimInput): TClaimView {
  const speakerQuote = c.speakerSpan?.quote ?? "";
  return {
    id: c.id,
    articleId: c.articleId,
    kind: c.kind,
    figures: c.figures,
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
    disagreements: c.disagreements ?? [],
  };
}

export function toLinkView(l: z.output<typeof ZQueueLink>): TLinkView {
  return {
    id: l.id,
    relation: l.relation,
    origin: l.origin,
    reason: renderReason(l, "en"),
    reasonAr: renderReason(l, "ar"),
    note: l.note,
    state: l.state,
    reviewReason: l.reviewReason,
    reviewedAt: l.reviewedAt,
    version: l.version,
    createdAt: l.createdAt,
    reviewer: l.reviewer,
    createdBy: l.createdBy,
    from: toClaimView(l.from),
    to: toClaimView(l.to),
  };
}

export function toVerdictView(v: z.output<typeof ZVerdict>): TVerdictView {
  return {
    id: v.id,
    claimId: v.claimId,
    eventId: v.eventId,
    value: v.value,
    rationale: v.rationale,
    evidenceClaimIds: v.evidenceClaimIds,
    createdAt: v.createdAt,
    reviewerName: v.reviewer?.name ?? null,
  };
}

export function toEventRef(e: z.output<typeof ZEvent>): TEventRef {
  return { id: e.id, titleAr: e.titleAr, titleEn: e.titleEn, occurredOn: calendarDate(e.occurredOn), place: e.place };
}

/** The event's title in the interface language when it has one, else the other. */
export function eventTitle(e: { titleAr: string; titleEn: string }, locale: "en" | "ar"): string {
  return locale === "ar" ? e.titleAr || e.titleEn : e.titleEn || e.titleAr;
}
