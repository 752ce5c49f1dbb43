import type { z } from "zod";
import type { ZPersonRef } from "@/lib/api/wire";
import type { TClaimKind } from "@/lib/claims/claim-input";
import type { TClaimFigures } from "@/lib/claims/figures";
import type { ZFigureRole, ZOrigin } from "@/lib/events/schemas";
import { ZLinkRelationValue, ZLinkState } from "@/lib/links/schemas";
import { VERDICT_VALUES } from "@/lib/verdicts/schemas";

/**
 * What the cross-article pages show, as plain serialisable values (dates as `YYYY-MM-DD` or ISO
 * strings), so server pages hand them to client components unchanged and the browser renders
 * exactly what the server did. Built from the lib results by ./to-view.ts.
 */
export type TRelation = z.output<typeof ZLinkRelationValue>;
export const RELATIONS = ZLinkRelationValue.options;

export type TLinkState = z.output<typeof ZLinkState>;
export const LINK_STATES = ZLinkState.options;

export type TVerdictValue = (typeof VERDICT_VALUES)[number];
export { VERDICT_VALUES };

export type { TClaimKind };

export type TFigureRole = z.output<typeof ZFigureRole>;

export type TArticleRef = { id: string; title: string; source: string | null; publishedAt: string | null };

export type TClaimView = {
  id: string;
  articleId: string;
  kind: TClaimKind;
  figures: TClaimFigures;
  attribution: string;
  channel: string;
  eventId: string | null;
  /** The claim span's exact text ("" when the claim has no span). */
  quote: string;
  /** The sentence(s) around the claim span, from the article text. */
  sentence: string;
  translation: { text: string; reviewed: boolean } | null;
  speaker: { nameAr: string; nameEn: string; quote: string } | null;
  article: TArticleRef;
  /** Figure roles another claim of the same event contradicts (event page only). */
  disagreements: TFigureRole[];
  /** Machine-proposed from an open suggestion, not yet accepted by an analyst. */
  proposed: boolean;
};

export type TPersonRef = z.output<typeof ZPersonRef>;

export type TLinkView = {
  id: string;
  relation: TRelation;
  origin: z.output<typeof ZOrigin>;
  /** Why the link was proposed, in English and in Arabic (rendered from its reason code where it has one). */
  reason: string;
  reasonAr: string;
  note: string;
  state: TLinkState;
  reviewReason: string;
  reviewedAt: string | null;
  version: number;
  createdAt: string;
  reviewer: TPersonRef | null;
  createdBy: TPersonRef | null;
  from: TClaimView;
  to: TClaimView;
};

export type TVerdictView = {
  id: string;
  claimId: string | null;
  eventId: string | null;
  value: TVerdictValue;
  rationale: string;
  evidenceClaimIds: string[];
  createdAt: string;
  reviewerName: string | null;
};

export type TEventRef = { id: string; titleAr: string; titleEn: string; occurredOn: string | null; place: string };
