import { z } from "zod";

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
