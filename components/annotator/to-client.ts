import type { TSpan, TSpanAuthor } from "./types";

type TDate = Date | string;

/** A span as lib/spans returns it (Date fields). */
type TServerSpan = Pick<TSpan, "id" | "labelId" | "start" | "end" | "note" | "version" | "entityId" | "author"> & {
  createdAt: TDate;
  updatedAt: TDate;
};

/** id, labelId, start, end, version, note, createdAt (ms), updatedAt (ms), author index (-1: none), entityId. */
type TSpanRow = [string, string, number, number, number, string, number, number, number, string | null];

/**
 * The article's spans as the page hands them to the annotator: rows of plain values and one
 * list of authors. With thousands of spans this is a fraction of the full objects (no quote,
 * context or repeated author), so the page arrives and hydrates sooner. The quote is
 * `text.slice(start, end)` by the server's own rule, so the browser derives it.
 */
export type TPackedSpans = { authors: TSpanAuthor[]; rows: TSpanRow[] };

const ms = (value: TDate) => (value instanceof Date ? value.getTime() : Date.parse(value));

export function packSpans(spans: readonly TServerSpan[]): TPackedSpans {
  const authors: TSpanAuthor[] = [];
  const index = new Map<string, number>();
  const rows = spans.map((span): TSpanRow => {
    let author = -1;
    if (span.author) {
      author = index.get(span.author.id) ?? -1;
      if (author < 0) {
        author = authors.push({ id: span.author.id, name: span.author.name, email: span.author.email }) - 1;
        index.set(span.author.id, author);
      }
    }
    return [
      span.id,
      span.labelId,
      span.start,
      span.end,
      span.version,
      span.note,
      ms(span.createdAt),
      ms(span.updatedAt),
      author,
      span.entityId,
    ];
  });
  return { authors, rows };
}

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
