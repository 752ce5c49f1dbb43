/** What the API and the reader get for a span. */
export const spanSelect = {
  id: true, articleId: true, labelId: true, start: true, end: true, quote: true, prefix: true, suffix: true,
  note: true, entityId: true, version: true, createdAt: true, updatedAt: true, deletedAt: true,
  author: { select: { id: true, name: true, email: true } },
} as const;
