import { z } from "zod";
import { ZTimestamp, ZUserRef } from "../api/wire";

/** A comma list of ids (the key may not repeat); absent means "all". */
const idList = (what: string) =>
  z
    .string()
    .optional()
    .describe(`comma-separated ${what} ids; default: all`)
    .transform((v) =>
      v
        ? [
            ...new Set(
              v
                .split(",")
                .map((id) => id.trim())
                .filter(Boolean),
            ),
          ]
        : undefined,
    )
    .pipe(z.array(z.uuid(`${what} ids must be ids`)).optional());

/** GET /projects/{id}/agreement */
export const ZAgreementQuery = z.object({
  labels: idList("label"),
  analysts: idList("analyst (user)"),
  articles: idList("article"),
  format: z
    .enum(["json", "csv"], { error: "format must be json or csv" })
    .default("json")
    .describe("json: the report; csv: the same figures as a download, one measure per row"),
});
export type TAgreementQuery = z.output<typeof ZAgreementQuery>;

const ZScore = z.number().nullable().describe("null when undefined: nothing to compare, or no variation at all");
const ZPair = z.tuple([z.uuid(), z.uuid()]);

const ZSpanScores = z.object({
  alpha: ZScore.describe("Krippendorff's α (nominal) over character units among all the analysts"),
  pairs: z.array(
    z.object({
      analystIds: ZPair,
      articles: z.number().int().describe("articles both finished"),
      spans: z.tuple([z.number().int(), z.number().int()]),
      kappa: ZScore.describe("Cohen's κ over character units"),
      f1Exact: ZScore.describe("span F1, same offsets and label"),
      f1Overlapping: ZScore.describe("span F1, same label and at least one shared character, one to one"),
    }),
  ),
});

/** The agreement report over the articles at least two of the analysts finished (assignment done). */
export const ZAgreementReport = z.object({
  analysts: z.array(ZUserRef),
  labels: z.array(z.object({ id: z.uuid(), key: z.string(), name: z.string(), nameAr: z.string(), color: z.string() })),
  articleCount: z.number().int(),
  spans: z.object({
    all: ZSpanScores.describe("all labels at once: a character's category is the set of labels on it"),
    labels: z.array(ZSpanScores.extend({ labelId: z.uuid() }).describe("one label against no label")),
  }),
  claims: z
    .object({
      kind: ZScore,
      speaker: ZScore.describe("speaker entity, no speaker as a category"),
      relation: ZScore.describe("link relation per linked claim, no link as a category"),
      figures: ZScore.describe("α interval over killed, injured and count values (a range as its middle)"),
      pairs: z.array(
        z.object({
          analystIds: ZPair,
          articles: z.number().int(),
          claims: z.tuple([z.number().int(), z.number().int()]),
          matched: z.number().int().describe("claims matched by overlapping claim spans"),
          f1: ZScore,
          kind: ZScore,
          speaker: ZScore,
          relation: ZScore,
          figures: ZScore,
        }),
      ),
    })
    .describe("claims matched by their claim spans; α nominal per field, interval for figures"),
  articles: z
    .array(
      z.object({
        articleId: z.uuid(),
        title: z.string(),
        curatedAt: ZTimestamp.nullable().describe("when a curator settled the differences; null while not curated"),
        analystIds: z.array(z.uuid()),
        spans: z.number().int(),
        alpha: ZScore,
        f1Overlapping: ZScore,
      }),
    )
    .describe("the articles, most disagreement first"),
});
export type TAgreementReport = z.output<typeof ZAgreementReport>;
