import { z } from "zod";
import { ZDayTimestamp, ZPersonRef, ZTimestamp } from "../api/wire";
import { ZClaimKind } from "../claims/claim-input";
import { ZClaimFigures, ZFigureValue } from "../claims/figures";
import { ZClaimInContext, ZClaimWithSource } from "../claims/schemas";
import { ZOrigin } from "../events/schemas";

export const ZLinkRelationValue = z.enum(["AGREES", "CONTRADICTS", "UPDATES", "RELATED"]);
export const ZLinkState = z.enum(["OPEN", "CONFIRMED", "DISMISSED"]);

/** A link between two claims (create and review answer it; a 409 carries it as `current`). */
export const ZLink = z.object({
  id: z.uuid(),
  fromClaimId: z.uuid(),
  toClaimId: z.uuid(),
  relation: ZLinkRelationValue,
  origin: ZOrigin,
  reason: z.string(),
  note: z.string(),
  priority: z.number().int(),
  state: ZLinkState,
  reviewReason: z.string(),
  reviewedAt: ZTimestamp.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  reviewer: ZPersonRef.nullable(),
  createdBy: ZPersonRef.nullable(),
});

/** GET /claims/{id}/links: each link with the claim at its other end, and the code and parameters of why it was proposed. */
export const ZClaimLink = ZLink.extend({
  reasonCode: z.string().describe('why the system proposed it ("" for a link a person made)'),
  reasonParams: z.record(z.string(), z.string()).nullable(),
  other: z.object({
    id: z.uuid(),
    kind: ZClaimKind,
    figures: ZClaimFigures,
    claimSpan: z.object({ quote: z.string() }).nullable(),
    article: z.object({ id: z.uuid(), title: z.string(), publishedAt: ZDayTimestamp.nullable() }),
  }),
});

const ZQueueClaim = ZClaimWithSource.extend({
  start: z
    .number()
    .int()
    .nullable()
    .describe("where the claim stands in its article (its span, or its suggestion's range)"),
  end: z.number().int().nullable(),
  quote: z.string(),
});

/** A link in the reviewers' queue, both claims in context, with the code and parameters of why it was proposed. */
export const ZQueueLink = ZLink.extend({
  reasonCode: z.string().describe('why the system proposed it ("" for a link a person made)'),
  reasonParams: z.record(z.string(), z.string()).nullable(),
  from: ZQueueClaim,
  to: ZQueueClaim,
});

const ZArticleRef = z.object({
  id: z.uuid(),
  title: z.string(),
  source: z.string().nullable(),
  publishedAt: ZDayTimestamp.nullable(),
});

/** GET /projects/{id}/overview: how articles agree, pair by pair, and each event's figures over time. */
export const ZProjectOverview = z.object({
  articles: z.array(ZArticleRef),
  pairs: z.array(
    z.object({
      a: z.uuid(),
      b: z.uuid(),
      agrees: z.number().int(),
      contradicts: z.number().int(),
      updates: z.number().int(),
      related: z.number().int(),
      confirmed: z.number().int(),
    }),
  ),
  timelines: z.array(
    z.object({
      id: z.uuid(),
      titleAr: z.string(),
      titleEn: z.string(),
      occurredOn: ZDayTimestamp.nullable(),
      points: z.array(
        z.object({
          claimId: z.uuid(),
          kind: ZClaimKind,
          article: ZArticleRef,
          date: z.iso.date().nullable(),
          /** Which date placed it: the figure's own, its article's, or the event's; null: none. */
          placedBy: z.enum(["as_of", "article", "event"]).nullable(),
          killed: ZFigureValue.nullable(),
          injured: ZFigureValue.nullable(),
          value: ZFigureValue.nullable(),
          thing: z.string().nullable(),
        }),
      ),
    }),
  ),
});

/** GET /projects/{id}/claims: claims to link to, in context. */
export const ZLinkableClaim = ZClaimInContext;

/** GET /projects/{id}/claims */
export const ZSearchClaimsQuery = z.object({
  q: z.string().max(500).optional().describe("claim text or speaker (Arabic-normalised)"),
  entityId: z.uuid().optional().describe("the speaker or an entity the claim is about"),
  eventId: z.uuid().optional(),
  excludeArticleId: z.uuid().optional().describe("leave out this article's claims"),
  nearClaimId: z
    .uuid()
    .optional()
    .describe("the claim being linked: claims of its incident (proposed or confirmed) come first"),
});

/** GET /projects/{id}/queue */
export const ZReviewQueueQuery = z.object({
  state: ZLinkState.default("OPEN"),
  order: z.enum(["important", "oldest"]).default("important"),
});
