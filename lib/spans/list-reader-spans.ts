import { sql } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { articleScope, type TArticleScope } from "../articles/article-scope";

type TReaderAuthor = { id: string; name: string; email: string };

/**
 * The spans the article page hands to the reader, column by column: each column one string of
 * small numbers (hexadecimal, comma-separated, in text order), the ids as 22 base64 characters
 * each (their 16 bytes), labels and authors as indexes into a list, notes and entities only where
 * a span has one. With thousands of spans this is a fifth of a list of rows and a handful of
 * strings for the page's payload to carry instead of tens of thousands of values, so the page is
 * rendered, sent and read sooner. The quote is `text.slice(start, end)` by the server's own rule,
 * so the browser derives it; components/annotator/to-client.ts reads it all back into spans.
 */
export type TReaderSpans = {
  count: number;
  /** Concatenated base64 of each span id's 16 bytes, without the padding (22 characters each). */
  ids: string;
  /** The label ids the `label` column indexes. */
  labels: string[];
  label: string;
  /** The start after the previous span's start (spans are in text order), then the length. */
  startDelta: string;
  length: string;
  version: string;
  /** Milliseconds: `created` after `since`, `updated` after `created`. */
  since: number;
  created: string;
  updated: string;
  authors: TReaderAuthor[];
  /** The author's index in `authors` plus one; 0 for a span without an author. */
  author: string;
  /** [span index, note] for the spans with a note; [span index, entity id] for linked spans. */
  notes: [number, string][];
  entities: [number, string][];
};

type TRow = Omit<TReaderSpans, "since"> & { since: string };

/** Hexadecimal with a sign (to_hex reads a negative number as unsigned). */
const hex = (expression: string) =>
  `case when ${expression} < 0 then '-' || to_hex(-(${expression})) else to_hex(${expression}) end`;

/**
 * An article's live spans for the reader, in the order of `listSpans` and under the same access
 * rules, encoded by PostgreSQL straight into the columns the page sends (the page's hot path: one
 * statement, no row objects on the server at all). `scope`: the access its caller already checked.
 */
export async function listReaderSpans(options: {
  actor: ActingUser;
  articleId: string;
  scope?: TArticleScope;
}): Promise<TReaderSpans> {
  const { id, ownOnly } = await articleScope(options.actor, options.articleId, options.scope);
  const [row] = await sql().unsafe<TRow[]>(
    `with s as (
       select s.id, s."labelId", s.start, s."end", s.version, s.note, s."authorId", s."entityId",
         floor(extract(epoch from s."createdAt") * 1000)::bigint as created,
         floor(extract(epoch from s."updatedAt") * 1000)::bigint as updated,
         row_number() over w - 1 as i,
         s.start - lag(s.start, 1, 0) over w as "startDelta"
       from "Span" s
       where s."articleId" = $1::uuid and s."deletedAt" is null and s."anchorState" <> 'ORPHANED'
         and ($2::uuid is null or s."authorId" is null or s."authorId" = $2::uuid)
       window w as (order by s.start, s."end" desc, s."createdAt")
     ),
     labels as (select l, row_number() over (order by l) - 1 as k from (select distinct "labelId" as l from s) d),
     authors as (
       select u.id, u.name, u.email, row_number() over (order by u.id) as k
       from "User" u where u.id in (select "authorId" from s)
     ),
     since as (select coalesce(min(created), 0) as ms from s)
     select
       count(*)::int as count,
       coalesce(string_agg(left(encode(uuid_send(s.id), 'base64'), 22), '' order by s.i), '') as ids,
       coalesce(string_agg(to_hex(l.k), ',' order by s.i), '') as label,
       coalesce(string_agg(to_hex(s."startDelta"), ',' order by s.i), '') as "startDelta",
       coalesce(string_agg(${hex(`s."end" - s.start`)}, ',' order by s.i), '') as length,
       coalesce(string_agg(to_hex(s.version), ',' order by s.i), '') as version,
       coalesce(string_agg(${hex("s.created - (select ms from since)")}, ',' order by s.i), '') as created,
       coalesce(string_agg(${hex("s.updated - s.created")}, ',' order by s.i), '') as updated,
       coalesce(string_agg(to_hex(coalesce(a.k, 0)), ',' order by s.i), '') as author,
       coalesce(json_agg(json_build_array(s.i, s.note) order by s.i) filter (where s.note <> ''), '[]') as notes,
       coalesce(json_agg(json_build_array(s.i, s."entityId") order by s.i) filter (where s."entityId" is not null), '[]')
         as entities,
       (select coalesce(json_agg(l order by k), '[]') from labels) as labels,
       (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'email', email) order by k), '[]')
          from authors) as authors,
       (select ms from since)::text as since
     from s join labels l on l.l = s."labelId" left join authors a on a.id = s."authorId"`,
    [id, ownOnly ? options.actor.id : null],
  );
  if (!row) throw new Error("the reader's spans query returned no row");
  return { ...row, since: Number(row.since) };
}
