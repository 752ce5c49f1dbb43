import { z } from "zod";
import { ZClaimKind } from "../claims/claim-input";
import { ZTimestamp } from "../api/wire";

/** GET/PUT /projects/{id}/independent-annotation */
export const ZIndependentAnnotation = z.object({
  enabled: z
    .boolean()
    .describe(
      "analysts assigned to the same article do not see each other's spans and claims on it until it is curated; reviewers and managers see everything",
    ),
});
export type TIndependentAnnotation = z.output<typeof ZIndependentAnnotation>;

/** PUT /articles/{id}/curation */
export const ZSetCuratedInput = z.object({
  curated: z
    .boolean()
    .describe("true: the article is curated and its analysts see each other's work; false reopens it"),
});

/** The article's curation state. */
export const ZCuration = z.object({ articleId: z.uuid(), curatedAt: ZTimestamp.nullable() });

/** POST /articles/{id}/curation/take */
export const ZTakeVersionInput = z.object({
  analystId: z.uuid().describe("whose version to take"),
  spanIds: z
    .array(z.uuid())
    .max(5000)
    .optional()
    .describe("only these of the analyst's spans (one disagreement); default: all of them"),
});
export const ZTakenVersion = z.object({
  taken: z.number().int().describe("spans copied into the curated layer"),
  alreadyThere: z.number().int().describe("spans the curated layer already had (same offsets and label)"),
  claimsTaken: z.number().int().describe("the analyst's claims on those spans copied into the curated layer"),
  claimsAlreadyThere: z.number().int().describe("claims the curated layer already had (same kind on the same span)"),
});

const ZCurationClaim = z.object({
  id: z.uuid(),
  kind: ZClaimKind,
  killed: z.number().nullable().describe("casualty: killed (a range as its middle)"),
  injured: z.number().nullable(),
  value: z.number().nullable().describe("count: the value"),
  thing: z.string().describe("count: what is counted"),
});
const ZCurationSpan = z.object({
  id: z.uuid(),
  labelId: z.uuid(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  claims: z.array(ZCurationClaim),
});

/** GET /articles/{id}/curation */
export const ZCurationView = z.object({
  article: z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    title: z.string(),
    curatedAt: ZTimestamp.nullable(),
    independentAnnotation: z.boolean(),
  }),
  analysts: z.array(z.object({ id: z.uuid(), name: z.string() })).describe("the article's assigned analysts, in order"),
  labels: z.array(z.object({ id: z.uuid(), key: z.string(), name: z.string(), nameAr: z.string(), color: z.string() })),
  items: z
    .array(
      z.object({
        key: z.string().describe("the sorted ids of the item's analyst spans (or curated spans)"),
        start: z.number().int(),
        end: z.number().int(),
        quote: z.string().describe("the text from the item's first to its last character"),
        differences: z
          .array(z.enum(["label", "boundaries", "missing", "claims"]))
          .describe("empty: every analyst marked the same span with the same label and claims"),
        versions: z.array(ZCurationSpan.nullable()).describe("one per analyst, in `analysts` order; null: not marked"),
        curated: z.array(ZCurationSpan).describe("the curated layer's spans on this item"),
        rejected: z.boolean().describe("a curator left the item out of the curated layer"),
      }),
    )
    .describe("the analysts' spans lined up, in text order"),
});
export type TCurationView = z.output<typeof ZCurationView>;

/** POST /articles/{id}/curation/items */
export const ZResolveItemInput = z
  .object({
    action: z
      .enum(["take", "merge", "edit", "reject"])
      .describe(
        "take: one analyst's version replaces the item's curated spans; merge: every analyst's version goes in (identical ones once); edit: one span with the given boundaries and label replaces them; reject: the item is left out (its curated spans and their claims deleted)",
      ),
    spanIds: z.array(z.uuid()).max(50).describe("the item's analyst spans (its `versions`)"),
    curatedSpanIds: z.array(z.uuid()).max(50).default([]).describe("the item's curated spans as the curator saw them"),
    analystId: z.uuid().optional().describe("take: whose version"),
    start: z.number().int().nonnegative().optional().describe("edit: the curated span's start"),
    end: z.number().int().positive().optional().describe("edit: its end"),
    labelId: z.uuid().optional().describe("edit: its label"),
  })
  .superRefine((input, ctx) => {
    if (input.action === "take" && !input.analystId)
      ctx.addIssue({ code: "custom", message: "take needs analystId", path: ["analystId"] });
    if (input.action === "edit" && (input.start === undefined || input.end === undefined || !input.labelId))
      ctx.addIssue({ code: "custom", message: "edit needs start, end and labelId", path: ["start"] });
    if (input.action === "edit" && input.start !== undefined && input.end !== undefined && input.start >= input.end)
      ctx.addIssue({ code: "custom", message: "start must be before end", path: ["end"] });
    if ((input.action === "take" || input.action === "merge") && input.spanIds.length === 0)
      ctx.addIssue({ code: "custom", message: "name the item's analyst spans", path: ["spanIds"] });
    if (input.action === "reject" && input.spanIds.length === 0 && input.curatedSpanIds.length === 0)
      ctx.addIssue({ code: "custom", message: "name the item's spans", path: ["spanIds"] });
  });
