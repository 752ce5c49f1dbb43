import { z } from "zod";
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
