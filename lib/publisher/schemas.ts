import { z } from "zod";
import { ZTimestamp } from "../api/wire";

/** A project's publisher settings; `null` from GET while none are set. */
export const ZPublisher = z.object({
  projectId: z.uuid(),
  name: z.string(),
  url: z.string(),
  logoUrl: z.string(),
  reviewUrlTemplate: z.string(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TPublisher = z.infer<typeof ZPublisher>;

export const ZPublisherAnswer = z.object({ publisher: ZPublisher.nullable() });

export const publisherSelect = {
  projectId: true,
  name: true,
  url: true,
  logoUrl: true,
  reviewUrlTemplate: true,
  version: true,
  updatedAt: true,
} as const;
