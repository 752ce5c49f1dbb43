import { z } from "zod";
import { ZFlag } from "../api/query";
import { EXPORT_FORMATS } from "../export/types";

/** POST /projects/{id}/import: what the dataset brought in. */
export const ZDatasetImportResult = z.object({
  articles: z.number().int(),
  spans: z.number().int(),
  claims: z.number().int(),
  translations: z.number().int(),
  links: z.number().int(),
  verdicts: z.number().int(),
  entities: z.number().int(),
  events: z.number().int(),
  labelsCreated: z.number().int(),
  users: z.object({
    matched: z.number().int(),
    placeholders: z
      .array(z.object({ name: z.string(), email: z.string() }))
      .describe("accounts made for people the file names who have none here (they cannot sign in)"),
  }),
});

/** GET /projects/{id}/export */
export const ZExportSearchQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` })
    .default("jsonl")
    .describe(
      "jsonl: native, re-importable; csv: one row per claim; w3c: Web Annotation JSON-LD; brat: zip of .txt/.ann; claimreview: schema.org JSON-LD; incidents: zip of the incident ledgers as CSV tables",
    ),
  articles: z.string().optional().describe("comma-separated article ids; default: every live article"),
  reviewedOnly: ZFlag.describe("only reviewed claims and translations, confirmed links, standing verdicts"),
  proposed: ZFlag.describe("format=incidents: also count machine-proposed claims no analyst has accepted"),
  layers: z
    .enum(["curated", "curated+raw"], { error: "layers must be curated or curated+raw" })
    .default("curated")
    .describe(
      "curated: articles curated under independent annotation carry their curated layer only (the others everything, each span and claim with its author); curated+raw: a zip of that file and raw-layers.jsonl, each analyst's own spans and claims per article with their id, name and email",
    ),
  agreement: ZFlag.describe(
    "a zip of the file and the agreement report over the exported articles (agreement.json, agreement.csv)",
  ),
});
