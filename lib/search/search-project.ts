import type postgres from "postgres";
import { sql } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";
import { findHighlights, makeSnippet, type Snippet } from "./highlight";
import { parseQuery, type QueryTerm } from "./parse-query";
import { SEARCH_TYPES, ZSearchInput, type TSearchFilters, type TSearchInput, type TSearchType } from "./search-input";

/**
 * One search over a project's articles, spans, claims, translations and entities, Arabic and
 * English. PostgreSQL finds the matches (stored tsvector columns with GIN indexes, built by
 * wb_search_vector: the project's Arabic folding, then the `arabic` snowball stemmer, plus English
 * stems — see the suggestions_search migration) and lists them newest first (entities best match
 * first); the match is then found again in the text for a snippet with highlights and a link that
 * opens the article at the place.
 */

export type TSearchResult = {
  type: TSearchType;
  id: string;
  articleId: string | null;
  articleTitle: string | null;
  publishedAt: string | null;
  /** A heading for the result: a label, a claim kind and speaker, a translation's target, a name. */
  title: string;
  snippet: Snippet;
  /** Where the match (or the object) is in the article text, UTF-16 offsets. */
  offset: { start: number; end: number } | null;
  /** Opens the article scrolled to the place: /projects/{p}/articles/{a}#offset=start-end. */
  href: string | null;
  meta: Record<string, string | number | boolean | null>;
};

export type TSearchGroup = { count: number; more: boolean; results: TSearchResult[] };
export type TSearchResponse = { q: string; terms: QueryTerm[]; groups: Partial<Record<TSearchType, TSearchGroup>>; tookMs: number };

/** Counts stop here (the page says "500+"): counting further would read every match. */
const COUNT_CAP = 500;

type Sql = postgres.TransactionSql;
type Fragment = postgres.PendingQuery<postgres.Row[]>;

function tsQuery(s: Sql, terms: readonly QueryTerm[]): Fragment | null {
  const part = (t: QueryTerm): Fragment =>
    [t.text, ...t.alternatives]
      .map((alt) => s`wb_search_term(${alt}, ${t.phrase})`)
      .reduce((a, b) => s`${a} || ${b}`);
  const positives = terms.filter((t) => !t.negated);
  if (positives.length === 0) return null;
  const all = terms.map((t) => (t.negated ? s`!!(${part(t)})` : s`(${part(t)})`));
  return all.reduce((a, b) => s`${a} && ${b}`);
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

function href(projectId: string, articleId: string | null, offset: { start: number; end: number } | null): string | null {
  if (!articleId) return null;
  return `/projects/${projectId}/articles/${articleId}${offset ? `#offset=${offset.start}-${offset.end}` : ""}`;
}

function isoDay(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

type Ctx = { s: Sql; projectId: string; f: TSearchFilters; q: Fragment | null; terms: QueryTerm[] };

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
  if (f.from || f.to) {
    return s`AND ${column} IN (SELECT a.id FROM "Article" a WHERE a."projectId" = ${projectId}::uuid AND a."deletedAt" IS NULL ${dateFilter(ctx, s`a`)})`;
  }
  return s`AND ${column} NOT IN (SELECT a.id FROM "Article" a WHERE a."projectId" = ${projectId}::uuid AND a."deletedAt" IS NOT NULL)`;
}

function dateFilter(ctx: Ctx, alias: Fragment): Fragment {
  const { s, f } = ctx;
  return s`${f.from ? s`AND ${alias}."publishedAt" >= ${f.from}::date` : s``} ${f.to ? s`AND ${alias}."publishedAt" <= ${f.to}::date` : s``}`;
}

/** Claims that a span stands on, narrowed by the claim filters (kind, event, reviewed). */
function claimFilterOnSpan(ctx: Ctx, spanId: Fragment): Fragment {
  const { s, f } = ctx;
  if (!f.claimKind && !f.eventId && f.reviewed === undefined) return s``;
  const cond = s`c."claimSpanId" = ${spanId} AND c."deletedAt" IS NULL
    ${f.claimKind ? s`AND c.kind::text = ${f.claimKind}` : s``}
    ${f.eventId ? s`AND c."eventId" = ${f.eventId}::uuid` : s``}
    ${f.reviewed === true ? s`AND c.status::text = 'REVIEWED'` : s``}`;
  // Not reviewed: a span without a reviewed claim on it.
  if (f.reviewed === false && !f.claimKind && !f.eventId) return s`AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."claimSpanId" = ${spanId} AND c."deletedAt" IS NULL AND c.status::text = 'REVIEWED')`;
  return s`AND EXISTS (SELECT 1 FROM "Claim" c WHERE ${cond} ${f.reviewed === false ? s`AND c.status::text <> 'REVIEWED'` : s``})`;
}

/**
 * One page of rows and a count that stops at COUNT_CAP + 1, in one statement. `from` is the FROM
 * and WHERE of the matches (with `id` of alias `key`), `order` their order. Everything is listed
 * newest first, an order the planner can follow down an index and stop after a page when a word
 * is common, or reach through the GIN index when it is rare; ranking would make it read every
 * match (an article's whole vector each) for every search.
 */
async function page<R extends postgres.Row>(
  ctx: Ctx, key: Fragment, from: Fragment, order: Fragment, rows: (ids: Fragment) => Fragment, countFrom: Fragment = from,
): Promise<{ count: number; rows: R[] }> {
  const { s, f } = ctx;
  const result = await s<R[]>`
    WITH pg AS (SELECT ${key}.id, row_number() OVER () AS n FROM (SELECT ${key}.id FROM ${from} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}) ${key})
    ${rows(s`pg`)}`;
  // A short first page is the whole count; only a full one (or a page past the end) is counted.
  if (result.length < f.limit && (result.length > 0 || f.offset === 0)) return { count: f.offset + result.length, rows: result };
  const [counted] = await s<Array<{ n: number }>>`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${countFrom} LIMIT ${COUNT_CAP + 1}) c`;
  return { count: counted?.n ?? 0, rows: result };
}

/**
 * Where to count from: the rows whose vector matches, read from the GIN index alone (OFFSET 0
 * keeps the project and the filters out of that scan), then filtered. Counting with the project's
 * own index instead would test every row's vector — the planner prices that as a comparison, but
 * it reads a stored vector, kilobytes for an article.
 */
function matchSet(ctx: Ctx, table: Fragment, alias: Fragment, columns: Fragment, filters: Fragment, plain: Fragment): Fragment {
  const { s } = ctx;
  return ctx.q ? s`(SELECT ${columns} FROM ${table} ${alias} ${withQuery(ctx)} WHERE ${alias}."searchVector" @@ q.query OFFSET 0) ${alias} WHERE ${filters}` : plain;
}

type ArticleRow = { id: string; title: string; publishedAt: Date | null; text: string };

async function searchArticles(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  const filters = s`a."projectId" = ${projectId}::uuid AND a."deletedAt" IS NULL ${dateFilter(ctx, s`a`)}
    ${f.eventId ? s`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND c."eventId" = ${f.eventId}::uuid AND c."deletedAt" IS NULL)` : s``}`;
  const from = s`"Article" a ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`a."searchVector"`)}`;
  const countFrom = matchSet(ctx, s`"Article"`, s`a`, s`a.id, a."projectId", a."deletedAt", a."publishedAt"`, filters, from);
  const { count, rows } = await page<ArticleRow>(ctx, s`a`, from, s`a."publishedAt" DESC NULLS LAST, a.id DESC`, (pg) => s`
    SELECT a.id, a.title, a."publishedAt", a.text FROM ${pg} JOIN "Article" a ON a.id = pg.id ORDER BY pg.n`, countFrom);
  return group(count, rows.map((r) => {
    const highlights = findHighlights(r.text, ctx.terms, { within: SNIPPET_WINDOW });
    const first = highlights[0] ?? null;
    const titleHighlights = findHighlights(r.title, ctx.terms);
    const snippet = first || titleHighlights.length === 0 ? makeSnippet(r.text, highlights) : makeSnippet(r.title, titleHighlights);
    const offset = first ? { start: first.start, end: first.end } : null;
    return {
      type: "article" as const, id: r.id, articleId: r.id, articleTitle: r.title, publishedAt: isoDay(r.publishedAt), title: r.title,
      snippet, offset, href: href(projectId, r.id, offset), meta: {},
    };
  }));
}

type SpanRow = { id: string; articleId: string; start: number; end: number; quote: string; note: string; label: string; color: string; title: string; publishedAt: Date | null; author: string | null };

async function searchSpans(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  const filters = s`sp."projectId" = ${projectId}::uuid AND sp."deletedAt" IS NULL
    ${f.labelId ? s`AND sp."labelId" = ${f.labelId}::uuid` : s``} ${f.authorId ? s`AND sp."authorId" = ${f.authorId}::uuid` : s``}
    ${articleFilter(ctx, s`sp."articleId"`)} ${claimFilterOnSpan(ctx, s`sp.id`)}`;
  const from = s`"Span" sp ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`sp."searchVector"`)}`;
  const countFrom = matchSet(ctx, s`"Span"`, s`sp`, s`sp.id, sp."projectId", sp."articleId", sp."deletedAt", sp."labelId", sp."authorId"`, filters, from);
  const { count, rows } = await page<SpanRow>(ctx, s`sp`, from, s`sp."createdAt" DESC, sp.id DESC`, (pg) => s`
    SELECT sp.id, sp."articleId", sp.start, sp."end", sp.quote, sp.note, l.name AS label, l.color, a.title, a."publishedAt", u.name AS author
    FROM ${pg} JOIN "Span" sp ON sp.id = pg.id JOIN "Article" a ON a.id = sp."articleId" JOIN "Label" l ON l.id = sp."labelId"
    LEFT JOIN "User" u ON u.id = sp."authorId" ORDER BY pg.n`, countFrom);
  return group(count, rows.map((r) => {
    const inQuote = findHighlights(r.quote, ctx.terms);
    const text = inQuote.length || !r.note ? r.quote : r.note;
    const snippet = makeSnippet(text, inQuote.length || !r.note ? inQuote : findHighlights(r.note, ctx.terms));
    const offset = { start: r.start, end: r.end };
    return {
      type: "span" as const, id: r.id, articleId: r.articleId, articleTitle: r.title, publishedAt: isoDay(r.publishedAt), title: r.label,
      snippet, offset, href: href(projectId, r.articleId, offset), meta: { label: r.label, color: r.color, author: r.author, note: r.note || null },
    };
  }));
}

type ClaimRow = {
  id: string; articleId: string; kind: string; status: string; attribution: string; channel: string; place: string; note: string; figures: unknown;
  start: number | null; end: number | null; quote: string | null; speaker: string | null; title: string; publishedAt: Date | null; author: string | null;
};

async function searchClaims(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  // The claim's vector holds its own fields and the words of its claim and speaker spans (kept by triggers).
  const filters = s`c."projectId" = ${projectId}::uuid AND c."deletedAt" IS NULL
    ${f.claimKind ? s`AND c.kind::text = ${f.claimKind}` : s``} ${f.authorId ? s`AND c."authorId" = ${f.authorId}::uuid` : s``}
    ${f.eventId ? s`AND c."eventId" = ${f.eventId}::uuid` : s``}
    ${f.reviewed === true ? s`AND c.status::text = 'REVIEWED'` : f.reviewed === false ? s`AND c.status::text <> 'REVIEWED'` : s``}
    ${f.labelId ? s`AND EXISTS (SELECT 1 FROM "Span" ls WHERE ls.id = c."claimSpanId" AND ls."labelId" = ${f.labelId}::uuid)` : s``}
    ${articleFilter(ctx, s`c."articleId"`)}`;
  const from = s`"Claim" c ${withQuery(ctx)} WHERE ${filters} ${matches(ctx, s`c."searchVector"`)}`;
  const countFrom = matchSet(ctx, s`"Claim"`, s`c`, s`c.id, c."projectId", c."articleId", c."deletedAt", c.kind, c."authorId", c."eventId", c.status, c."claimSpanId"`, filters, from);
  const { count, rows } = await page<ClaimRow>(ctx, s`c`, from, s`c."createdAt" DESC, c.id DESC`, (pg) => s`
    SELECT c.id, c."articleId", c.kind::text AS kind, c.status::text AS status, c.attribution, c.channel, c.place, c.note, c.figures,
      cs.start, cs."end", cs.quote, ss.quote AS speaker, a.title, a."publishedAt", u.name AS author
    FROM ${pg} JOIN "Claim" c ON c.id = pg.id JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "Span" cs ON cs.id = c."claimSpanId" AND cs."deletedAt" IS NULL LEFT JOIN "Span" ss ON ss.id = c."speakerSpanId" AND ss."deletedAt" IS NULL
    LEFT JOIN "User" u ON u.id = c."authorId" ORDER BY pg.n`, countFrom);
  return group(count, rows.map((r) => {
    const candidates = [r.quote ?? "", r.speaker ?? "", [r.attribution, r.channel, r.place, r.note].filter(Boolean).join(" · ")];
    const withHits = candidates.map((t) => ({ t, h: findHighlights(t, ctx.terms) })).find((x) => x.h.length > 0) ?? { t: candidates.find(Boolean) ?? "", h: [] };
    const offset = r.start !== null && r.end !== null ? { start: r.start, end: r.end } : null;
    const kind = r.kind.charAt(0) + r.kind.slice(1).toLowerCase();
    return {
      type: "claim" as const, id: r.id, articleId: r.articleId, articleTitle: r.title, publishedAt: isoDay(r.publishedAt),
      title: r.speaker ? `${kind} — ${r.speaker}` : kind, snippet: makeSnippet(withHits.t, withHits.h), offset, href: href(projectId, r.articleId, offset),
      meta: { kind: r.kind, status: r.status, reviewed: r.status === "REVIEWED", author: r.author, speaker: r.speaker },
    };
  }));
}

type TranslationRow = {
  id: string; articleId: string; targetType: string; targetKey: string; status: string; text: string; title: string; publishedAt: Date | null;
  author: string | null; start: number | null; end: number | null;
};

async function searchTranslations(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId, f } = ctx;
  const from = s`"TranslationRevision" r JOIN "Translation" t ON t.id = r."translationId" AND t.version = r.version ${withQuery(ctx)}
    WHERE t."projectId" = ${projectId}::uuid ${matches(ctx, s`r."searchVector"`)} ${articleFilter(ctx, s`t."articleId"`)}
    ${f.authorId ? s`AND r."authorId" = ${f.authorId}::uuid` : s``}
    ${f.reviewed === true ? s`AND t.status::text = 'REVIEWED'` : f.reviewed === false ? s`AND t.status::text <> 'REVIEWED'` : s``}`;
  const uuid = "^[0-9a-fA-F-]{36}$";
  const { count, rows } = await page<TranslationRow>(ctx, s`t`, from, s`r."createdAt" DESC, t.id DESC`, (pg) => s`
    SELECT t.id, t."articleId", t."targetType"::text AS "targetType", t."targetKey", t.status::text AS status, r.text, a.title, a."publishedAt", u.name AS author,
      coalesce(sg.start, tsp.start, tcs.start) AS start, coalesce(sg."end", tsp."end", tcs."end") AS "end"
    FROM ${pg} JOIN "Translation" t ON t.id = pg.id
    JOIN "TranslationRevision" r ON r."translationId" = t.id AND r.version = t.version JOIN "Article" a ON a.id = t."articleId"
    LEFT JOIN "User" u ON u.id = r."authorId"
    LEFT JOIN "Segment" sg ON t."targetType"::text = 'SEGMENT' AND sg."articleId" = t."articleId" AND sg.kind::text = 'PARAGRAPH'
      AND sg.index = (CASE WHEN t."targetKey" ~ '^[0-9]+$' THEN t."targetKey"::int END)
    LEFT JOIN "Span" tsp ON t."targetType"::text = 'SPAN' AND tsp.id = (CASE WHEN t."targetKey" ~ ${uuid} THEN t."targetKey"::uuid END)
    LEFT JOIN "Claim" tc ON t."targetType"::text = 'CLAIM' AND tc.id = (CASE WHEN t."targetKey" ~ ${uuid} THEN t."targetKey"::uuid END)
    LEFT JOIN "Span" tcs ON tcs.id = tc."claimSpanId"
    ORDER BY pg.n`);
  return group(count, rows.map((r) => {
    const offset = r.start !== null && r.end !== null ? { start: r.start, end: r.end } : null;
    const target = r.targetType === "SEGMENT" ? `Paragraph ${Number(r.targetKey) + 1}` : r.targetType === "SPAN" ? "Span" : "Claim";
    return {
      type: "translation" as const, id: r.id, articleId: r.articleId, articleTitle: r.title, publishedAt: isoDay(r.publishedAt),
      title: `English — ${target}`, snippet: makeSnippet(r.text, findHighlights(r.text, ctx.terms)), offset, href: href(projectId, r.articleId, offset),
      meta: { targetType: r.targetType, status: r.status, reviewed: r.status === "REVIEWED", author: r.author },
    };
  }));
}

type EntityRow = { id: string; kind: string; nameAr: string; nameEn: string; aliases: string[]; mention: { articleId: string; start: number; end: number } | null; mentions: number };

async function searchEntities(ctx: Ctx): Promise<TSearchGroup> {
  const { s, projectId } = ctx;
  // The registry is small: entities are ranked, best name match first.
  const from = s`"Entity" e ${withQuery(ctx)}
    WHERE e."projectId" = ${projectId}::uuid AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL ${matches(ctx, s`e."searchVector"`)}`;
  const { count, rows } = await page<EntityRow>(ctx, s`e`, from, s`${rank(ctx, s`e."searchVector"`)} DESC, e."nameAr", e.id`, (pg) => s`
    SELECT e.id, e.kind::text AS kind, e."nameAr", e."nameEn", e.aliases,
      (SELECT json_build_object('articleId', sp."articleId", 'start', sp.start, 'end', sp."end") FROM "Span" sp JOIN "Article" a ON a.id = sp."articleId"
        WHERE sp."entityId" = e.id AND sp."deletedAt" IS NULL AND a."deletedAt" IS NULL ORDER BY sp."createdAt" LIMIT 1) AS mention,
      (SELECT count(*)::int FROM "Span" sp WHERE sp."entityId" = e.id AND sp."deletedAt" IS NULL) AS mentions
    FROM ${pg} JOIN "Entity" e ON e.id = pg.id ORDER BY pg.n`);
  return group(count, rows.map((r) => {
    const names = [r.nameAr, r.nameEn, ...r.aliases].filter(Boolean).join(" · ");
    const offset = r.mention ? { start: r.mention.start, end: r.mention.end } : null;
    return {
      type: "entity" as const, id: r.id, articleId: r.mention?.articleId ?? null, articleTitle: null, publishedAt: null,
      title: r.nameEn ? `${r.nameAr} (${r.nameEn})` : r.nameAr, snippet: makeSnippet(names, findHighlights(names, ctx.terms)), offset,
      href: href(projectId, r.mention?.articleId ?? null, offset), meta: { kind: r.kind, mentions: r.mentions },
    };
  }));
}

function group(count: number, results: TSearchResult[]): TSearchGroup {
  return { count: Math.min(count, COUNT_CAP), more: count > COUNT_CAP, results };
}

const RUNNERS: Record<TSearchType, (ctx: Ctx) => Promise<TSearchGroup>> = {
  article: searchArticles, span: searchSpans, claim: searchClaims, translation: searchTranslations, entity: searchEntities,
};

export async function searchProject(options: { actor: ActingUser; projectId: string; input: TSearchInput }): Promise<TSearchResponse> {
  const started = performance.now();
  const f = ZSearchInput.parse(options.input);
  const membership = requireMembership(options.actor, options.projectId);
  const terms = parseQuery(f.q);
  const hasText = terms.some((t) => !t.negated);
  const hasFilter = Boolean(f.labelId || f.claimKind || f.authorId || f.eventId || f.from || f.to || f.reviewed !== undefined);
  if (!hasText && !hasFilter) {
    await membership;
    return { q: f.q, terms, groups: {}, tookMs: Math.round(performance.now() - started) };
  }
  const types = [...applicable(f)];
  // One transaction on one connection per search, its statements pipelined. The statements are
  // prepared, and a plan made for "any words" cannot tell a common word from a rare one, so each
  // search is planned for its own words; and the planner prices the text match like a comparison,
  // not as the read of a stored vector it is, so the sequential scan is ruled out in favour of the
  // GIN index. The membership check runs alongside; nothing is returned unless it passes.
  const search = sql().begin(async (tx) => {
    await tx`SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true)`;
    const ctx: Ctx = { s: tx, projectId: options.projectId, f, q: tsQuery(tx, terms), terms };
    return Promise.all(types.map((t) => RUNNERS[t](ctx)));
  });
  const [allowed, searched] = await Promise.allSettled([membership, search]);
  if (allowed.status === "rejected") throw allowed.reason;
  if (searched.status === "rejected") throw searched.reason;
  const found = searched.value;
  const groups = Object.fromEntries(types.map((t, i) => [t, found[i]])) as Partial<Record<TSearchType, TSearchGroup>>;
  return { q: f.q, terms, groups, tookMs: Math.round(performance.now() - started) };
}
