import type { Prisma } from "../generated/prisma/client";

/** What the API and the reader get for a span. */
export const spanSelect = {
  id: true,
  articleId: true,
  labelId: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  note: true,
  entityId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true, email: true } },
} as const;

/** A span as `spanSelect` shapes it; the postgres.js paths build and read the same shape. */
export type TSpanDto = Prisma.SpanGetPayload<{ select: typeof spanSelect }>;
