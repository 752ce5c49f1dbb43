import { sql } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { seesOwnWorkOnly } from "../curation/visibility";
import { loadAnnotatableArticle } from "./load-annotatable-article";

type TReaderAuthor = { id: string; name: string; email: string };

/** id, labelId, start, end, version, note, createdAt (ms), updatedAt (ms), author index (-1: none), entityId. */
type TReaderSpanRow = [string, string, number, number, number, string, number, number, number, string | null];

/**
 * The spans the article page hands to the reader: rows of plain values and one list of authors.
 * With thousands of spans this is a fraction of the full objects (no quote, context or repeated
 * author), so the page arrives and hydrates sooner; the quote is `text.slice(start, end)` by the
 * server's own rule, so the browser derives it (components/annotator/to-client.ts).
 */
export type TReaderSpans = { authors: TReaderAuthor[]; rows: TReaderSpanRow[] };

/** As PostgreSQL builds them: the author's id where the page's rows hold its index. */
type TSqlSpanRow = [string, string, number, number, number, string, number, number, string | null, string | null];
type TRow = { authors: TReaderAuthor[]; rows: TSqlSpanRow[] };

/**
 * An article's live spans for the reader, in the order of `listSpans` and under the same access
 * rules, read by PostgreSQL straight into the rows the page sends (the page's hot path: one
 * statement for the spans instead of 2,000 objects through the ORM).
 */
export async function listReaderSpans(options: { actor: ActingUser; articleId: string }): Promise<TReaderSpans> {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const ownOnly = await seesOwnWorkOnly(options.actor, article.access, article.id);
  const ms = (column: string) => `(extract(epoch from s."${column}") * 1000)::float8`;
  const [row] = await sql().unsafe<TRow[]>(
    `with s as (
       select * from "Span" s
       where s."articleId" = $1::uuid and s."deletedAt" is null and s."anchorState" <> 'ORPHANED'
         and ($2::uuid is null or s."authorId" is null or s."authorId" = $2::uuid)
     )
     select
       (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) order by u.id), '[]')
          from "User" u where u.id in (select "authorId" from s)) as authors,
       (select coalesce(json_agg(json_build_array(s.id, s."labelId", s.start, s."end", s.version, s.note,
                ${ms("createdAt")}, ${ms("updatedAt")}, s."authorId", s."entityId")
              order by s.start, s."end" desc, s."createdAt"), '[]')
          from s) as rows`,
    [article.id, ownOnly ? options.actor.id : null],
  );
  const authors = row?.authors ?? [];
  const index = new Map(authors.map((a, i) => [a.id, i]));
  const rows = (row?.rows ?? []).map(
    ([id, labelId, start, end, version, note, createdAt, updatedAt, authorId, entityId]): TReaderSpanRow => [
      id,
      labelId,
      start,
      end,
      version,
      note,
      createdAt,
      updatedAt,
      authorId === null ? -1 : (index.get(authorId) ?? -1),
      entityId,
    ],
  );
  return { authors, rows };
}
