import { z } from "zod";
import { ZTimestamp } from "../api/wire";

/** A background import of many web addresses: progress and each address's result so far. */
export const ZImportRun = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  total: z.number().int(),
  done: z.number().int().describe("addresses fetched and imported or refused so far"),
  imported: z.number().int(),
  refused: z.number().int(),
  results: z.array(
    z.object({
      url: z.string(),
      status: z.enum(["imported", "refused"]),
      articleId: z.uuid().nullable(),
      title: z.string().nullable(),
      code: z.string().nullable().describe("why it was refused: no_article, private_address, wrong_type, duplicate, …"),
      message: z.string().nullable(),
    }),
  ),
  error: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  updatedAt: ZTimestamp,
});
