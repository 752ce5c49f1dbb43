import type { TReaderSpans } from "@/lib/spans/list-reader-spans";
import type { TSpan } from "./types";

/** The article's spans as the page hands them to the annotator (lib/spans/list-reader-spans.ts). */
export type TPackedSpans = TReaderSpans;

export function unpackSpans(packed: TPackedSpans, article: { id: string; text: string }): TSpan[] {
  return packed.rows.map(([id, labelId, start, end, version, note, createdAt, updatedAt, author, entityId]) => ({
    id,
    articleId: article.id,
    labelId,
    start,
    end,
    quote: article.text.slice(start, end),
    prefix: "",
    suffix: "",
    note,
    entityId,
    author: packed.authors[author] ?? null,
    version,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    deletedAt: null,
  }));
}
