import type postgres from "postgres";
import type { z } from "zod";
import { searchPlannedSql, searchSql } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { readProjectAccess } from "../projects/read-project-access";
import { findHighlights, makeSnippet } from "./highlight";
import { parseQuery, type QueryTerm } from "./parse-query";
import { SEARCH_COUNT_CAP, type ZSearchGroup, type ZSearchResponse, type ZSearchResult } from "./schemas";
import { SEARCH_TYPES, ZSearchInput, type TSearchFilters, type TSearchInput, type TSearchType } from "./search-input";

/**
 * One search over a project's articles, spans, claims, translations and entities, Arabic and
 * English. PostgreSQL finds the matches (stored tsvector columns with GIN indexes, built by
 * wb_search_vector: the project's Arabic folding, then the `arabic` snowball stemmer, plus English
 * stems — see the suggestions_search migration) and lists them newest first (entities best match
 * first); the match is then found again in the text for a snippet with highlights and a link that
 * opens the article at the place.
 */

/** What a search answers (GET /projects/{id}/search): the output of its response schema. */
export type TSearchResult = z.output<typeof ZSearchResult>;
export type TSearchGroup = z.output<typeof ZSearchGroup>;
export type TSearchResponse = z.output<typeof ZSearchResponse>;

/** Counts stop at the cap the response schema describes. */
const COUNT_CAP = SEARCH_COUNT_CAP;

type Sql = postgres.Sql;
type Fragment = postgres.PendingQuery<postgres.Row[]>;

function tsQuery(s: Sql, terms: readonly QueryTerm[]): Fragment | null {
  const part = (t: QueryTerm): Fragment =>
    [t.text, ...t.alternatives].map((alt) => s`wb_search_term(${alt}, ${t.phrase})`).reduce((a, b) => s`${a} || ${b}`);
  const positives = terms.filter((t) => !t.negated);
  if (positives.length === 0) return null;
  const all = terms.map((t) => (t.negated ? s`!!(${part(t)})` : s`(${part(t)})`));
  return all.reduce((a, b) => s`${a} && ${b}`);
}

/**
 * The text of the tsquery of each query already seen (wb_search_term is immutable, so a query's
 * words always give the same tsquery). A search whose words are known sends that text as one
 * constant instead of the call: the planner would otherwise fold the call again at every place a
 * statement uses the query, and every statement of every search (up to a few milliseconds for
 * several words). Unknown words are sent as calls, and the text is read beside them for next time.
 */
const TSQUERIES = new Map<string, string>();
const TSQUERY_CACHE_SIZE = 5_000;

function knownQuery(s: Sql, terms: readonly QueryTerm[]): { q: Fragment | null; learn: Promise<unknown> | null } {
  const called = tsQuery(s, terms);
  if (!called) return { q: null, learn: null };
  const key = JSON.stringify(terms);
  const known = TSQUERIES.get(key);
  if (known !== undefined) return { q: s`${known}::tsquery`, learn: null };
  const learn = s<Array<{ text: string }>>`SELECT (${called})::text AS text`.then(([row]) => {
    if (!row) return;
    if (TSQUERIES.size >= TSQUERY_CACHE_SIZE) TSQUERIES.clear();
    TSQUERIES.set(key, row.text);
  });
  return { q: called, learn };
}

/** Which kinds a set of filters can apply to (see ZSearchInput). */
function applicable(f: TSearchFilters): Set<TSearchType> {
  const types = new Set<TSearchType>(f.types ?? SEARCH_TYPES);
  if (f.labelId) for (const t of ["article", "translation", "entity"] as const) types.delete(t);
  if (f.claimKind) for (const t of ["article", "translation", "entity"] as const) types.delete(t);
  if (f.authorId) for (const t of ["article", "entity"] as const) types.delete(t);
  if (f.reviewed !== undefined) for (const t of ["article", "entity"] as const) types.delete(t);
  if (f.eventId) for (const t of ["translation", "entity"] as const) types.delete(t);
  if (f.from || f.to) types.delete("entity");
  return types;
}

function href(
  projectId: string,
  articleId: string | null,
  offset: { start: number; end: number } | null,
): string | null {
  if (!articleId) return null;
  return `/projects/${projectId}/articles/${articleId}${offset ? `#offset=${offset.start}-${offset.end}` : ""}`;
}

/** A date column as the rows bring it: `YYYY-MM-DD` inside JSON. */
function isoDay(d: string | null): string | null {
  return d ? d.slice(0, 10) : null;
}

/**
 * `s` builds the statements and sends those whose plan is kept (see searchSql); `planned` sends
 * those left to the planner, planned for their own values.
 */
type Ctx = {
  s: Sql;
  planned: Sql;
  projectId: string;
  actorId: string;
  f: TSearchFilters;
  q: Fragment | null;
  terms: QueryTerm[];
};

/** How far past the first match the snippet reads an article. */
const SNIPPET_WINDOW = 240;

/** `WHERE … @@ q` when there is a query; filters only otherwise. */
function matches(ctx: Ctx, vector: Fragment): Fragment {
  return ctx.q ? ctx.s`AND ${vector} @@ q.query` : ctx.s``;
}

function rank(ctx: Ctx, vector: Fragment): Fragment {
  return ctx.q ? ctx.s`ts_rank(${vector}, q.query)` : ctx.s`0::real`;
}

function withQuery(ctx: Ctx): Fragment {
  return ctx.q ? ctx.s`, (SELECT ${ctx.q} AS query) q` : ctx.s``;
}

/**
 * Keeps rows whose article is live (and in the date range): a set of article ids computed once,
 * not a join per matching row.
 */
function articleFilter(ctx: Ctx, column: Fragment): Fragment {
  const { s, projectId, f } = ctx;
  const live = s`AND ${column} NOT IN (SELECT a.id FROM "Article" a WHERE a."projectId" = ${projectId}::uuid AND a."deletedAt" IS NOT NULL)`;
  if (f.from || f.to) {
    // The articles in the range from the newest-first index alone, into a hash (IS TRUE keeps the
    // test a hashed subplan rather than a join run per row); the deleted ones as without dates.
    return s`AND (${column} IN (SELECT a.id FROM "Article" a WHERE a."projectId" = ${projectId}::uuid ${dateFilter(ctx, s`a`)})) IS TRUE ${live}`;
  }
  return live;
}

function dateFilter(ctx: Ctx, alias: Fragment): Fragment {
  const { s, f } = ctx;
  return s`${f.from ? s`AND ${alias}."publishedAt" >= ${f.from}::date` : s``} ${f.to ? s`AND ${alias}."publishedAt" <= ${f.to}::date` : s``}`;
}

/** Claims that a span stands on, narrowed by the claim filters (kind, event, reviewed). */
function claimFilterOnSpan(ctx: Ctx, spanId: Fragment): Fragment {
  const { s, projectId, f } = ctx;
  if (!f.claimKind && !f.eventId && f.reviewed === undefined) return s``;
  if (f.eventId) {
    // An event has a few dozen claims: the planner starts from them (see matchSet).
    return s`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."claimSpanId" = ${spanId} AND c."deletedAt" IS NULL AND NOT c.proposed
      AND c."eventId" = ${f.eventId}::uuid ${f.claimKind ? s`AND c.kind = ${f.claimKind}::"ClaimKind"` : s``}
      ${f.reviewed === true ? s`AND c.status = 'REVIEWED'` : f.reviewed === false ? s`AND c.status <> 'REVIEWED'` : s``})`;
  }
  // The spans the project's claims of a kind or review state stand on, read once from the index
  // Claim_search_span_idx into a hash that every span is looked up in, instead of a lookup of its
  // claims per span (most spans carry no claim, and every match of a word would be tried).
  const claims = (status: Fragment) => s`SELECT c."claimSpanId" FROM "Claim" c
    WHERE c."projectId" = ${projectId}::uuid AND c."deletedAt" IS NULL AND NOT c.proposed AND c."claimSpanId" IS NOT NULL
    ${status} ${f.claimKind ? s`AND c.kind = ${f.claimKind}::"ClaimKind"` : s``}`;
  // Not reviewed: a span without a reviewed claim on it.
  if (f.reviewed === false && !f.claimKind) return s`AND ${spanId} NOT IN (${claims(s`AND c.status = 'REVIEWED'`)})`;
  const status =
    f.reviewed === true ? s`AND c.status = 'REVIEWED'` : f.reviewed === false ? s`AND c.status <> 'REVIEWED'` : s``;
  // IS TRUE keeps the test a hashed subplan rather than a join the planner would run per span.
  return s`AND (${spanId} IN (${claims(status)})) IS TRUE`;
}

/** The page and its count come back as one row: the rows as one JSON array, the count beside them. */
function pageResult(ctx: Ctx, rows: (ids: Fragment) => Fragment, count: Fragment): Fragment {
  const { s } = ctx;
  return s`SELECT ${count} AS count, coalesce((SELECT json_agg(r ORDER BY r.n) FROM (${rows(s`pg`)}) r), '[]'::json) AS rows`;
}

/**
 * One page of rows and a count that stops at COUNT_CAP + 1, in one statement, for kinds searched
 * through their own order (translations, entities). A short first page is the whole count; only a
 * full page (or one past the end) is counted, and PostgreSQL evaluates that subquery only when the
 * CASE reaches it. `from` is the FROM and WHERE of the matches (with `id` of alias `key`), `order`
 * their order.
 */
async function page<R extends postgres.Row>(
  ctx: Ctx,
  key: Fragment,
  from: Fragment,
  order: Fragment,
  rows: (ids: Fragment) => Fragment,
): Promise<{ count: number; rows: R[] }> {
  const { s, f } = ctx;
  const [result] = await s<Array<{ count: number; rows: R[] }>>`
    WITH pg AS (SELECT ${key}.id, row_number() OVER () AS n FROM (SELECT ${key}.id FROM ${from} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}) ${key}),
    found AS (SELECT count(*)::int AS n FROM pg)
    ${pageResult(
      ctx,
      rows,
      s`CASE WHEN found.n < ${f.limit} AND (found.n > 0 OR ${f.offset}::int = 0) THEN ${f.offset}::int + found.n
        ELSE (SELECT count(*)::int FROM (SELECT 1 FROM ${from} LIMIT ${COUNT_CAP + 1}) c) END`,
    )}
    FROM found`;
  return result ?? { count: 0, rows: [] };
}

/**
 * How far a search reads the newest rows in order, testing each one's stored vector, before it
 * turns to the GIN index. A common word finds its page and its COUNT_CAP + 1 matches among the
 * newest few hundred rows, while the index would read every one of its matches (96,000 of 100,000
 * articles). Which way is cheaper depends on how common the word is (f) and how many rows there
 * are (N): reading 201/f rows costs `cost` times as much per row as reading f·N matches from the
 * index, so the walk pays when f exceeds √(201·cost/N). The first WALK_PROBE rows estimate f; the
 * walk goes on (to 1.5 × 201/f rows, at most twice the break-even length) only if it pays,
 * otherwise the index is read. `cost`: the test of a stored vector against reading one match from
 * the index, measured (an article's vector is long, a span's a few words). Short of that, when the
 * probe's share says the page's matches lie within the break-even length (a word in one span of
 * ten, say), the walk goes that far for the page alone (1.5 × the page's end ÷ the share), and
 * the index gives only the count: this spares the second statement (step 3 below).
 */
const WALK_COST = { article: 27, span: 6, claim: 8 } as const;
const WALK_PROBE = 100;
/** Fewer matches among the probe's rows than this say too little to walk on for the page alone. */
const WALK_MIN_HITS = 5;

/**
 * One page and its count for the kinds listed newest first (articles, spans, claims), choosing
 * the way to the page by how many rows match — which the planner cannot know: it prices a text
 * match like a comparison, not as the read of a stored vector it is.
 *
 * 1. `w`: the newest rows (the `head` of the walk: project, not deleted) are read in order and
 *    their vectors tested, as far as WALK_COST says pays, keeping up to COUNT_CAP + 1 matches that
 *    pass the filters. More than COUNT_CAP: the word is common, that is the count ("200+"), and
 *    the page is cut from them.
 * 2. Otherwise `m`: the matches are read from the GIN index, filtered, up to COUNT_CAP + 1: that is
 *    the count. At most COUNT_CAP: the page is cut from them (a rare word or a selective filter).
 * 3. More than COUNT_CAP but fewer than the page needs within the newest rows: a second statement
 *    walks the newest-first index on, or sorts the matches, as the planner judges.
 *
 * Every match outside the rows walked is older than all of them, so `w` holds the newest matches
 * in order and a page cut from it is the page the full order gives.
 */
async function adaptivePage<R extends postgres.Row>(
  ctx: Ctx,
  key: Fragment,
  walk: TWalk | null,
  from: Fragment,
  matched: Fragment,
  order: Fragment,
  rows: (ids: Fragment) => Fragment,
): Promise<{ count: number; rows: R[] }> {
  if (!walk) return filteredPage(ctx, key, from, matched, order, rows);
  const { s, f } = ctx;
  const end = f.offset + f.limit;
  const cap = COUNT_CAP + 1;
  // The walk's length: the probe's rows, or as far as the probe's share of matches says pays.
  const length = s`(SELECT CASE WHEN h.n >= ${WALK_PROBE} * sqrt(${cap * walk.cost}::float8 / t.n)
          THEN least(2 * sqrt(${cap / walk.cost}::float8 * t.n), ${1.5 * cap * WALK_PROBE}::float8 / h.n)::int
          WHEN h.n >= greatest(${WALK_MIN_HITS}, ${1.5 * end * WALK_PROBE}::float8 / sqrt(${cap / walk.cost}::float8 * t.n))
          THEN greatest(${WALK_PROBE}::float8, ${1.5 * end * WALK_PROBE}::float8 / h.n)::int
          ELSE ${WALK_PROBE}::int END
        FROM (SELECT count(*) FILTER (WHERE p.hit)::int AS n FROM p) h,
          (SELECT greatest(c.reltuples, 1)::float8 AS n FROM pg_class c WHERE c.oid = ${walk.table}::regclass) t)`;
  // The probe's rows (`p`, each vector tested once; `ph` its matches that pass the filters), then
  // the rows after them as far as the length, whose vectors are tested only as the walk reaches
  // them, until COUNT_CAP + 1 matches in all: the newest matches, in order.
  const probe = s`p AS MATERIALIZED (${walk.head(s`${walk.hit(s`${key}."searchVector"`)} AS hit`)} ORDER BY ${order} LIMIT ${WALK_PROBE}),
      ph AS MATERIALIZED (SELECT ${key}.* FROM p ${key} WHERE ${key}.hit AND ${walk.filters}),`;
  const newest = s`(SELECT * FROM ph)
        UNION ALL
        (SELECT ${walk.columns}, true AS hit FROM (${walk.head(s`${key}."searchVector" AS v`)} ORDER BY ${order}
          LIMIT greatest(coalesce(${length}, 0) - ${WALK_PROBE}, 0) OFFSET ${WALK_PROBE}) ${key} ${withQuery(ctx)}
        WHERE ${walk.hit(s`${key}.v`)} AND ${walk.filters} LIMIT greatest(${cap} - (SELECT count(*) FROM ph), 0))`;
  const [result] = await s<Array<{ count: number; rows: R[]; walkOn: boolean }>>`
    WITH ${probe} w AS MATERIALIZED (${newest}),
    wn AS (SELECT count(*)::int AS n FROM w),
    m AS MATERIALIZED (SELECT ${key}.* FROM ${matched} AND (SELECT n FROM wn) <= ${COUNT_CAP} LIMIT ${COUNT_CAP + 1}),
    found AS (SELECT CASE WHEN (SELECT n FROM wn) > ${COUNT_CAP} THEN (SELECT n FROM wn) ELSE (SELECT count(*)::int FROM m) END AS n),
    pg AS (SELECT x.id, row_number() OVER () AS n FROM (
      (SELECT ${key}.id FROM m ${key} WHERE (SELECT n FROM found) <= ${COUNT_CAP} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset})
      UNION ALL
      (SELECT ${key}.id FROM w ${key} WHERE (SELECT n FROM found) > ${COUNT_CAP} AND (SELECT n FROM wn) >= ${end}::int
        ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset})
    ) x)
    ${pageResult(ctx, rows, s`(SELECT n FROM found)`)},
      (SELECT n FROM found) > ${COUNT_CAP} AND (SELECT n FROM wn) < ${end}::int AS "walkOn"`;
  if (!result) return { count: 0, rows: [] };
  if (!result.walkOn) return result;
  // Many matches, but fewer than the page needs among the newest rows (a word of middling
  // frequency, or a page far down): a second statement walks on, or sorts, as the planner judges.
  // Kept out of the first so that its filters are not planned again on every search.
  const [walked] = await ctx.planned<Array<{ count: number; rows: R[] }>>`
    WITH pg AS (SELECT x.id, row_number() OVER () AS n FROM (
      SELECT ${key}.id FROM ${from} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}) x)
    ${pageResult(ctx, rows, s`${result.count}::int`)}`;
  return walked ?? { count: result.count, rows: [] };
}

/**
 * adaptivePage for a kind narrowed by a filter (no walk), in one statement planned for its own
 * values: the matches read from the index and filtered, up to COUNT_CAP + 1, give the count and, at
 * most COUNT_CAP of them, the page; past that, the page is the planner's way through all of them
 * (walk the newest-first index with the filters, or sort the matches). Its branch runs only when
 * the count says so; planned with the rest, it spares a second statement, which most searches
 * narrowed by a filter needed (their words are common).
 */
async function filteredPage<R extends postgres.Row>(
  ctx: Ctx,
  key: Fragment,
  from: Fragment,
  matched: Fragment,
  order: Fragment,
  rows: (ids: Fragment) => Fragment,
): Promise<{ count: number; rows: R[] }> {
  const { s, f } = ctx;
  const [result] = await ctx.planned<Array<{ count: number; rows: R[] }>>`
    WITH m AS MATERIALIZED (SELECT ${key}.* FROM ${matched} LIMIT ${COUNT_CAP + 1}),
    found AS (SELECT count(*)::int AS n FROM m),
    pg AS (SELECT x.id, row_number() OVER () AS n FROM (
      (SELECT ${key}.id FROM m ${key} WHERE (SELECT n FROM found) <= ${COUNT_CAP} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset})
      UNION ALL
      (SELECT ${key}.id FROM ${from} AND (SELECT n FROM found) > ${COUNT_CAP} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset})
    ) x)
    ${pageResult(ctx, rows, s`(SELECT n FROM found)`)}`;
  return result ?? { count: 0, rows: [] };
}

/**
 * The head of the newest-first walk: the newest rows of the project that are not deleted, with
 * `columns` (what the filters and the order read) and whether each one's vector matches (`hit`).
 * A filter that narrows the kind beyond its words (a label, claim kind, author, event, review
 * state, or dates other than an article's own) skips the walk: few of the newest rows would pass
 * it, and the walk would be read in vain before the index.
 */
/**
 * `head(extra)`: the newest rows' `columns` and `extra`, unordered; `hit(vector)`: whether a
 * vector matches the words (q in scope).
 */
type TWalk = {
  head: (extra: Fragment) => Fragment;
  hit: (vector: Fragment) => Fragment;
  columns: Fragment;
  table: string;
  cost: number;
  filters: Fragment;
};

function walkHead(
  ctx: Ctx,
  table: Fragment,
  alias: Fragment,
  columns: Fragment,
  kind: keyof typeof WALK_COST,
  filters: Fragment,
  ownDates = false,
): TWalk | null {
  const { s, projectId, f } = ctx;
  const narrowed = f.labelId || f.claimKind || f.authorId || f.eventId || f.reviewed !== undefined;
  if (narrowed || ((f.from || f.to) && !ownDates)) return null;
  return {
    head: (extra) => s`SELECT ${columns}, ${extra} FROM ${table} ${alias} ${withQuery(ctx)}
      WHERE ${alias}."projectId" = ${projectId}::uuid AND ${alias}."deletedAt" IS NULL ${ownDates ? dateFilter(ctx, alias) : s``}`,
    hit: (vector) => (ctx.q ? s`${vector} @@ q.query` : s`true`),
    columns,
    table: `"${kind.charAt(0).toUpperCase()}${kind.slice(1)}"`,
    cost: WALK_COST[kind],
    filters,
  };
}

/**
 * The rows whose vector matches, read from the GIN index alone (OFFSET 0 keeps the project and the
 * filters out of that scan), then filtered; without words, the filtered rows. An event filter is
 * left to the planner instead: an event has a few dozen claims, so starting from them and testing
 * their vectors beats reading every match of a common word. `indexed`: filters of an index the
 * planner may combine with the GIN index's matches (a span's label, a claim's kind: a common word
 * and a label read a tenth of the rows that way). `columns` must hold what the filters and the
 * order read.
 */
function matchSet(
  ctx: Ctx,
  table: Fragment,
  alias: Fragment,
  columns: Fragment,
  filters: Fragment,
  indexed: Fragment = ctx.s``,
): Fragment {
  const { s } = ctx;
  if (!ctx.q) return s`(SELECT ${columns} FROM ${table} ${alias}) ${alias} WHERE ${filters}`;
  const fence = ctx.f.eventId ? s`` : s`OFFSET 0`;
  return s`(SELECT ${columns} FROM ${table} ${alias} ${withQuery(ctx)} WHERE ${alias}."searchVector" @@ q.query ${indexed} ${fence}) ${alias} WHERE ${filters}`;
}

type ArticleRow = { id: string; title: string; publishedAt: string | null; text: string };

async function searchArticles(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  const filters = s`a."projectId" = ${projectId}::uuid AND a."deletedAt" IS NULL ${dateFilter(ctx, s`a`)}
    ${f.eventId ? s`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND c."eventId" = ${f.eventId}::uuid AND c."deletedAt" IS NULL AND NOT c.proposed)` : s``}`;
  const from = s`"Article" a ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`a."searchVector"`)}`;
  const columns = s`a.id, a."projectId", a."deletedAt", a."publishedAt"`;
  const matched = matchSet(ctx, s`"Article"`, s`a`, columns, filters);
  const { count, rows } = await adaptivePage<ArticleRow>(
    ctx,
    s`a`,
    walkHead(ctx, s`"Article"`, s`a`, columns, "article", filters, true),
    from,
    matched,
    s`a."publishedAt" DESC NULLS LAST, a.id DESC`,
    (pg) => s`
    SELECT pg.n, a.id, a.title, a."publishedAt", a.text FROM ${pg} JOIN "Article" a ON a.id = pg.id`,
  );
  return group(
    count,
    rows.map((r) => {
      const highlights = findHighlights(r.text, ctx.terms, { within: SNIPPET_WINDOW });
      const first = highlights[0] ?? null;
      const titleHighlights = findHighlights(r.title, ctx.terms);
      const snippet =
        first || titleHighlights.length === 0 ? makeSnippet(r.text, highlights) : makeSnippet(r.title, titleHighlights);
      const offset = first ? { start: first.start, end: first.end } : null;
      return {
        type: "article" as const,
        id: r.id,
        articleId: r.id,
        articleTitle: r.title,
        publishedAt: isoDay(r.publishedAt),
        title: r.title,
        snippet,
        offset,
        href: href(projectId, r.id, offset),
        meta: {},
      };
    }),
  );
}

type SpanRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  note: string;
  label: string;
  color: string;
  title: string;
  publishedAt: string | null;
  author: string | null;
};

/**
 * Independent annotation (lib/curation/layer.ts) for a span or claim `x`: the raw layers of curated
 * articles are left out for everyone, and on articles not curated yet an analyst finds only their
 * own work (and what has no author). The actor's role is read here, beside the search itself.
 */
function layerFilter(ctx: Ctx, x: Fragment): Fragment {
  const { s, projectId, actorId } = ctx;
  return s`AND NOT (${x}."authorId" IS NOT NULL
    AND (SELECT lp."independentAnnotation" FROM "Project" lp WHERE lp.id = ${projectId}::uuid) AND EXISTS (
      SELECT 1 FROM "Article" la WHERE la.id = ${x}."articleId" AND (
        (la."curatedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Membership" lm
          WHERE lm."projectId" = ${projectId}::uuid AND lm."userId" = ${x}."authorId" AND lm.role = 'ANALYST'))
        OR (la."curatedAt" IS NULL AND ${x}."authorId" <> ${actorId}::uuid AND EXISTS (SELECT 1 FROM "Membership" vm
          WHERE vm."projectId" = ${projectId}::uuid AND vm."userId" = ${actorId}::uuid AND vm.role = 'ANALYST')))))`;
}

async function searchSpans(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  // A span a revision orphaned is not in the text: its offsets would show other words.
  const filters = s`sp."projectId" = ${projectId}::uuid AND sp."deletedAt" IS NULL AND sp."anchorState" <> 'ORPHANED' ${layerFilter(ctx, s`sp`)}
    ${f.labelId ? s`AND sp."labelId" = ${f.labelId}::uuid` : s``} ${f.authorId ? s`AND sp."authorId" = ${f.authorId}::uuid` : s``}
    ${articleFilter(ctx, s`sp."articleId"`)} ${claimFilterOnSpan(ctx, s`sp.id`)}`;
  const from = s`"Span" sp ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`sp."searchVector"`)}`;
  const columns = s`sp.id, sp."projectId", sp."articleId", sp."deletedAt", sp."anchorState", sp."labelId", sp."authorId", sp."createdAt"`;
  const byLabel = f.labelId ? s`AND sp."projectId" = ${projectId}::uuid AND sp."labelId" = ${f.labelId}::uuid` : s``;
  const matched = matchSet(ctx, s`"Span"`, s`sp`, columns, filters, byLabel);
  const { count, rows } = await adaptivePage<SpanRow>(
    ctx,
    s`sp`,
    walkHead(ctx, s`"Span"`, s`sp`, columns, "span", filters),
    from,
    matched,
    s`sp."createdAt" DESC, sp.id DESC`,
    (pg) => s`
    SELECT pg.n, sp.id, sp."articleId", sp.start, sp."end", sp.quote, sp.note, l.name AS label, l.color, a.title, a."publishedAt", u.name AS author
    FROM ${pg} JOIN "Span" sp ON sp.id = pg.id JOIN "Article" a ON a.id = sp."articleId" JOIN "Label" l ON l.id = sp."labelId"
    LEFT JOIN "User" u ON u.id = sp."authorId"`,
  );
  return group(
    count,
    rows.map((r) => {
      const inQuote = findHighlights(r.quote, ctx.terms);
      const text = inQuote.length || !r.note ? r.quote : r.note;
      const snippet = makeSnippet(text, inQuote.length || !r.note ? inQuote : findHighlights(r.note, ctx.terms));
      const offset = { start: r.start, end: r.end };
      return {
        type: "span" as const,
        id: r.id,
        articleId: r.articleId,
        articleTitle: r.title,
        publishedAt: isoDay(r.publishedAt),
        title: r.label,
        snippet,
        offset,
        href: href(projectId, r.articleId, offset),
        meta: { label: r.label, color: r.color, author: r.author, note: r.note || null },
      };
    }),
  );
}

type ClaimRow = {
  id: string;
  articleId: string;
  kind: string;
  status: string;
  attribution: string;
  channel: string;
  place: string;
  note: string;
  figures: unknown;
  start: number | null;
  end: number | null;
  quote: string | null;
  speaker: string | null;
  title: string;
  publishedAt: string | null;
  author: string | null;
};

async function searchClaims(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  // The claim's vector holds its own fields and the words of its claim and speaker spans (kept by triggers).
  const filters = s`c."projectId" = ${projectId}::uuid AND c."deletedAt" IS NULL AND NOT c.proposed ${layerFilter(ctx, s`c`)}
    ${f.claimKind ? s`AND c.kind = ${f.claimKind}::"ClaimKind"` : s``} ${f.authorId ? s`AND c."authorId" = ${f.authorId}::uuid` : s``}
    ${f.eventId ? s`AND c."eventId" = ${f.eventId}::uuid` : s``}
    ${f.reviewed === true ? s`AND c.status = 'REVIEWED'` : f.reviewed === false ? s`AND c.status <> 'REVIEWED'` : s``}
    ${f.labelId ? s`AND EXISTS (SELECT 1 FROM "Span" ls WHERE ls.id = c."claimSpanId" AND ls."labelId" = ${f.labelId}::uuid)` : s``}
    ${articleFilter(ctx, s`c."articleId"`)}`;
  const from = s`"Claim" c ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`c."searchVector"`)}`;
  const columns = s`c.id, c."projectId", c."articleId", c."deletedAt", c.proposed, c.kind, c."authorId", c."eventId", c.status, c."claimSpanId", c."createdAt"`;
  const byKind = f.claimKind ? s`AND c."projectId" = ${projectId}::uuid AND c.kind = ${f.claimKind}::"ClaimKind"` : s``;
  const matched = matchSet(ctx, s`"Claim"`, s`c`, columns, filters, byKind);
  const { count, rows } = await adaptivePage<ClaimRow>(
    ctx,
    s`c`,
    walkHead(ctx, s`"Claim"`, s`c`, columns, "claim", filters),
    from,
    matched,
    s`c."createdAt" DESC, c.id DESC`,
    (pg) => s`
    SELECT pg.n, c.id, c."articleId", c.kind::text AS kind, c.status::text AS status, c.attribution, c.channel, c.place, c.note, c.figures,
      cs.start, cs."end", cs.quote, ss.quote AS speaker, a.title, a."publishedAt", u.name AS author
    FROM ${pg} JOIN "Claim" c ON c.id = pg.id JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "Span" cs ON cs.id = c."claimSpanId" AND cs."deletedAt" IS NULL LEFT JOIN "Span" ss ON ss.id = c."speakerSpanId" AND ss."deletedAt" IS NULL
    LEFT JOIN "User" u ON u.id = c."authorId"`,
  );
  return group(
    count,
    rows.map((r) => {
      const candidates = [
        r.quote ?? "",
        r.speaker ?? "",
        [r.attribution, r.channel, r.place, r.note].filter(Boolean).join(" · "),
      ];
      const withHits = candidates.map((t) => ({ t, h: findHighlights(t, ctx.terms) })).find((x) => x.h.length > 0) ?? {
        t: candidates.find(Boolean) ?? "",
        h: [],
      };
      const offset = r.start !== null && r.end !== null ? { start: r.start, end: r.end } : null;
      const kind = r.kind.charAt(0) + r.kind.slice(1).toLowerCase();
      return {
        type: "claim" as const,
        id: r.id,
        articleId: r.articleId,
        articleTitle: r.title,
        publishedAt: isoDay(r.publishedAt),
        title: r.speaker ? `${kind} — ${r.speaker}` : kind,
        snippet: makeSnippet(withHits.t, withHits.h),
        offset,
        href: href(projectId, r.articleId, offset),
        meta: {
          kind: r.kind,
          status: r.status,
          reviewed: r.status === "REVIEWED",
          author: r.author,
          speaker: r.speaker,
        },
      };
    }),
  );
}

type TranslationRow = {
  id: string;
  articleId: string;
  targetType: string;
  targetKey: string;
  status: string;
  text: string;
  title: string;
  publishedAt: string | null;
  author: string | null;
  start: number | null;
  end: number | null;
};

async function searchTranslations(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  const from = s`"TranslationRevision" r JOIN "Translation" t ON t.id = r."translationId" AND t.version = r.version ${withQuery(ctx)}
    WHERE t."projectId" = ${projectId}::uuid ${matches(ctx, s`r."searchVector"`)} ${articleFilter(ctx, s`t."articleId"`)}
    ${f.authorId ? s`AND r."authorId" = ${f.authorId}::uuid` : s``}
    ${f.reviewed === true ? s`AND t.status = 'REVIEWED'` : f.reviewed === false ? s`AND t.status <> 'REVIEWED'` : s``}`;
  const uuid = "^[0-9a-fA-F-]{36}$";
  const { count, rows } = await page<TranslationRow>(
    ctx,
    s`t`,
    from,
    s`r."createdAt" DESC, t.id DESC`,
    (pg) => s`
    SELECT pg.n, t.id, t."articleId", t."targetType"::text AS "targetType", t."targetKey", t.status::text AS status, r.text, a.title, a."publishedAt", u.name AS author,
      coalesce(sg.start, tsp.start, tcs.start) AS start, coalesce(sg."end", tsp."end", tcs."end") AS "end"
    FROM ${pg} JOIN "Translation" t ON t.id = pg.id
    JOIN "TranslationRevision" r ON r."translationId" = t.id AND r.version = t.version JOIN "Article" a ON a.id = t."articleId"
    LEFT JOIN "User" u ON u.id = r."authorId"
    LEFT JOIN "Segment" sg ON t."targetType"::text = 'SEGMENT' AND sg."articleId" = t."articleId" AND sg.kind::text = 'PARAGRAPH'
      AND sg.index = (CASE WHEN t."targetKey" ~ '^[0-9]+$' THEN t."targetKey"::int END)
    LEFT JOIN "Span" tsp ON t."targetType"::text = 'SPAN' AND tsp.id = (CASE WHEN t."targetKey" ~ ${uuid} THEN t."targetKey"::uuid END)
    LEFT JOIN "Claim" tc ON t."targetType"::text = 'CLAIM' AND tc.id = (CASE WHEN t."targetKey" ~ ${uuid} THEN t."targetKey"::uuid END)
    LEFT JOIN "Span" tcs ON tcs.id = tc."claimSpanId"
   `,
  );
  return group(
    count,
    rows.map((r) => {
      const offset = r.start !== null && r.end !== null ? { start: r.start, end: r.end } : null;
      const target =
        r.targetType === "SEGMENT"
          ? `Paragraph ${Number(r.targetKey) + 1}`
          : r.targetType === "SPAN"
            ? "Span"
            : "Claim";
      return {
        type: "translation" as const,
        id: r.id,
        articleId: r.articleId,
        articleTitle: r.title,
        publishedAt: isoDay(r.publishedAt),
        title: `English — ${target}`,
        snippet: makeSnippet(r.text, findHighlights(r.text, ctx.terms)),
        offset,
        href: href(projectId, r.articleId, offset),
        meta: {
          targetType: r.targetType,
          paragraph: r.targetType === "SEGMENT" ? Number(r.targetKey) + 1 : null,
          status: r.status,
          reviewed: r.status === "REVIEWED",
          author: r.author,
        },
      };
    }),
  );
}

type EntityRow = {
  id: string;
  kind: string;
  nameAr: string;
  nameEn: string;
  aliases: string[];
  mention: { articleId: string; start: number; end: number } | null;
  mentions: number;
};

async function searchEntities(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId } = ctx;
  // The registry is small: entities are ranked, best name match first.
  const from = s`"Entity" e ${withQuery(ctx)}
    WHERE e."projectId" = ${projectId}::uuid AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL ${matches(ctx, s`e."searchVector"`)}`;
  const { count, rows } = await page<EntityRow>(
    ctx,
    s`e`,
    from,
    s`${rank(ctx, s`e."searchVector"`)} DESC, e."nameAr", e.id`,
    (pg) => s`
    SELECT pg.n, e.id, e.kind::text AS kind, e."nameAr", e."nameEn", e.aliases,
      (SELECT json_build_object('articleId', sp."articleId", 'start', sp.start, 'end', sp."end") FROM "Span" sp JOIN "Article" a ON a.id = sp."articleId"
        WHERE sp."entityId" = e.id AND sp."deletedAt" IS NULL AND sp."anchorState" <> 'ORPHANED' AND a."deletedAt" IS NULL ORDER BY sp."createdAt" LIMIT 1) AS mention,
      (SELECT count(*)::int FROM "Span" sp WHERE sp."entityId" = e.id AND sp."deletedAt" IS NULL) AS mentions
    FROM ${pg} JOIN "Entity" e ON e.id = pg.id`,
  );
  return group(
    count,
    rows.map((r) => {
      const names = [r.nameAr, r.nameEn, ...r.aliases].filter(Boolean).join(" · ");
      const offset = r.mention ? { start: r.mention.start, end: r.mention.end } : null;
      return {
        type: "entity" as const,
        id: r.id,
        articleId: r.mention?.articleId ?? null,
        articleTitle: null,
        publishedAt: null,
        title: r.nameEn ? `${r.nameAr} (${r.nameEn})` : r.nameAr,
        snippet: makeSnippet(names, findHighlights(names, ctx.terms)),
        offset,
        href: href(projectId, r.mention?.articleId ?? null, offset),
        meta: { kind: r.kind, mentions: r.mentions },
      };
    }),
  );
}

function group(count: number, results: TSearchResult[]): TSearchGroup {
  return { count: Math.min(count, COUNT_CAP), more: count > COUNT_CAP, results };
}

const RUNNERS: Record<TSearchType, (ctx: Ctx) => Promise<TSearchGroup>> = {
  article: searchArticles,
  span: searchSpans,
  claim: searchClaims,
  translation: searchTranslations,
  entity: searchEntities,
};

export async function searchProject(options: {
  actor: ActingUser;
  projectId: string;
  input: TSearchInput;
}): Promise<TSearchResponse> {
  const started = performance.now();
  const f = ZSearchInput.parse(options.input);
  const s = searchSql();
  const membership = readProjectAccess(s, options.actor, options.projectId);
  const terms = parseQuery(f.q);
  const hasText = terms.some((t) => !t.negated);
  const hasFilter = Boolean(
    f.labelId || f.claimKind || f.authorId || f.eventId || f.from || f.to || f.reviewed !== undefined,
  );
  if (!hasText && !hasFilter) {
    await membership;
    return { q: f.q, terms, groups: {}, tookMs: Math.round(performance.now() - started) };
  }
  const types = [...applicable(f)];
  // Every statement is sent at once on the search pool (see searchSql), the membership check with
  // them; nothing is returned unless it passes.
  const { q, learn } = knownQuery(s, terms);
  const ctx: Ctx = {
    s,
    planned: searchPlannedSql(),
    projectId: options.projectId,
    actorId: options.actor.id,
    f,
    q,
    terms,
  };
  const [allowed, searched] = await Promise.allSettled([
    membership,
    Promise.all(types.map((t) => RUNNERS[t](ctx))),
    // Only a cache: a failure here is the search's own failure, reported by the statements above.
    learn,
  ]);
  if (allowed.status === "rejected") throw allowed.reason;
  if (searched.status === "rejected") throw searched.reason;
  const found = searched.value;
  const groups = Object.fromEntries(types.map((t, i) => [t, found[i]])) as Partial<Record<TSearchType, TSearchGroup>>;
  return { q: f.q, terms, groups, tookMs: Math.round(performance.now() - started) };
}
