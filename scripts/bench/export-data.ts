import type { Sql } from "postgres";

/**
 * Fills a fresh database with a project of the benchmark's size by bulk SQL (INSERT … SELECT over
 * generate_series), in seconds rather than the minutes the domain functions would take. Texts are
 * the sample corpus articles, numbered, each ending with an emoji (after every span, so the SQL's
 * code-point offsets equal the UTF-16 offsets the app stores, while the exporters still meet an
 * astral character in every text).
 */

export type TBenchSize = {
  articles: number;
  spansPerArticle: number;
  claimsPerArticle: number;
  links: number;
  verdicts: number;
};

export const ISSUE_SIZE: TBenchSize = {
  articles: 2_000,
  spansPerArticle: 50,
  claimsPerArticle: 10,
  links: 5_000,
  verdicts: 2_000,
};

export async function generateProject(
  sql: Sql,
  texts: string[],
  size: TBenchSize,
): Promise<{ projectId: string; adminEmail: string }> {
  const [{ id: projectId } = { id: "" }] = await sql<{ id: string }[]>`
    insert into "Project" (id, name, "updatedAt") values (gen_random_uuid(), 'Export benchmark', now()) returning id`;
  await sql`
    insert into "User" (id, email, name, "passwordHash", "isAdmin", "updatedAt")
    select gen_random_uuid(), 'bench' || n || '@bench.local', 'محلل ' || n, '!', n = 1, now() from generate_series(1, 5) n`;
  await sql`
    insert into "Membership" ("projectId", "userId", role)
    select ${projectId}, id, (case when "isAdmin" then 'MANAGER' else 'ANALYST' end)::"Role" from "User"`;
  await sql`
    insert into "Label" (id, "projectId", key, name, "nameAr", color, hotkey, "order", "updatedAt")
    select gen_random_uuid(), ${projectId}, k, initcap(k), k, '#2563eb', case when o < 9 then o + 1 end, o, now()
    from unnest(array['claim','speaker','source','casualty','count','date','place','organisation','person','weapon']) with ordinality as l(k, o1),
    lateral (select (o1 - 1)::int as o) x`;
  await sql`
    insert into "Entity" (id, "projectId", kind, "nameAr", "nameEn", aliases, "matchKeys", "updatedAt")
    select gen_random_uuid(), ${projectId}, (array['PERSON','ORGANISATION','PLACE','OUTLET'])[1 + n % 4]::"EntityKind",
      'كيان ' || n, 'Entity ' || n, array['اسم ' || n], array['كيان ' || n], now()
    from generate_series(1, 200) n`;
  await sql`
    insert into "Event" (id, "projectId", "titleAr", "titleEn", "occurredOn", "updatedAt")
    select gen_random_uuid(), ${projectId}, 'حدث ' || n, 'Event ' || n, date '2023-10-01' + n, now() from generate_series(1, 100) n`;

  await sql`
    insert into "Article" (id, "projectId", title, source, url, "publishedAt", text, "textHash", status, "createdById", "createdAt", "updatedAt")
    select gen_random_uuid(), ${projectId}, 'مقالة رقم ' || n, 'Bench Wire', 'https://example.org/a/' || n, date '2023-12-01' + (n % 60),
      t.text, encode(sha256(convert_to(t.text, 'UTF8')), 'hex'), 'IN_PROGRESS', (select id from "User" where "isAdmin" limit 1),
      now() - (n || ' seconds')::interval, now()
    from generate_series(1, ${size.articles}) n,
    lateral (select n || E'\n' || (${texts}::text[])[1 + n % ${texts.length}] || E'\n🚀' as text) t`;
  await sql`
    insert into "Segment" (id, "articleId", kind, index, "paragraphIndex", start, "end")
    select gen_random_uuid(), a.id, 'PARAGRAPH', p - 1, p - 1, (p - 1) * 40, p * 40
    from "Article" a, generate_series(1, 10) p where a."projectId" = ${projectId}`;

  await sql`
    with arts as (select id, text, char_length(text) - 80 as room, row_number() over (order by id) as n from "Article" where "projectId" = ${projectId}),
    labels as (select array_agg(id order by "order") as ids from "Label" where "projectId" = ${projectId}),
    users as (select array_agg(id order by email) as ids from "User"),
    ents as (select array_agg(id order by "createdAt", id) as ids from "Entity" where "projectId" = ${projectId}),
    places as (select a.id, a.text, a.n, k, ((k * 97 + a.n * 13) % a.room)::int as st, (5 + (k * 7) % 40)::int as ln from arts a, generate_series(1, ${size.spansPerArticle}) k)
    insert into "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, note, "entityId", "authorId", "createdAt", "updatedAt")
    select gen_random_uuid(), ${projectId}, p.id, (select ids from labels)[1 + p.k % 10], p.st, p.st + p.ln, substr(p.text, p.st + 1, p.ln),
      substr(p.text, greatest(1, p.st - 31), least(32, p.st)), substr(p.text, p.st + p.ln + 1, 32),
      case when p.k % 10 = 0 then 'ملاحظة على المقطع ' || p.k else '' end,
      case when p.k % 7 = 0 then (select ids from ents)[1 + (p.n + p.k) % 200] end,
      (select ids from users)[1 + p.k % 5], now(), now()
    from places p`;

  await sql`
    with ranked as (select s.*, row_number() over (partition by s."articleId" order by s.start, s.id) as rn from "Span" s where s."projectId" = ${projectId}),
    users as (select array_agg(id order by email) as ids from "User"),
    evs as (select array_agg(id order by "createdAt", id) as ids from "Event" where "projectId" = ${projectId}),
    picked as (select r.*, (r.rn / 5)::int as c from ranked r where r.rn % 5 = 1 and r.rn <= ${size.claimsPerArticle * 5})
    insert into "Claim" (id, "projectId", "articleId", kind, "claimSpanId", attribution, channel, figures, place, "eventId", status, note, "quoteKey", "quoteShingles", "authorId", "createdAt", "updatedAt")
    select gen_random_uuid(), ${projectId}, p."articleId", (array['STATEMENT','CASUALTY','COUNT','EVENT','OTHER'])[1 + p.c % 5]::"ClaimKind", p.id,
      'مسؤول أمريكي لرويترز', 'statement',
      case p.c % 5
        when 1 then jsonb_build_object('killed', jsonb_build_object('qualifier', 'at_least', 'value', p.c), 'injured', jsonb_build_object('qualifier', 'about', 'value', p.c * 3), 'victims', 'جنود', 'perpetrator', '')
        when 2 then jsonb_build_object('thing', 'هجمات', 'value', jsonb_build_object('qualifier', 'exactly', 'value', 84 + p.c), 'asOf', '2023-12-09')
        else '{}'::jsonb end,
      'بغداد', case when p.c % 3 = 0 then (select ids from evs)[1 + p.c % 100] end,
      (array['DRAFT','READY','REVIEWED'])[1 + p.c % 3]::"ClaimStatus", '', p.quote, '{}', (select ids from users)[1 + p.c % 5], now() - (p.c || ' minutes')::interval, now()
    from picked p`;

  await sql`
    insert into "Translation" (id, "projectId", "articleId", "targetType", "targetKey", status, version, "createdAt", "updatedAt")
    select gen_random_uuid(), ${projectId}, c."articleId", 'CLAIM', c.id::text, case when c.status = 'REVIEWED' then 'REVIEWED' else 'DRAFT' end::"TranslationStatus", 1, now(), now()
    from "Claim" c where c."projectId" = ${projectId} and c.kind in ('STATEMENT', 'CASUALTY')`;
  await sql`
    insert into "TranslationRevision" (id, "translationId", version, text, origin, "authorId", "createdAt")
    select gen_random_uuid(), t.id, 1, 'A US official told Reuters that the attack caused casualties.', 'HUMAN', (select id from "User" order by email limit 1), now()
    from "Translation" t where t."projectId" = ${projectId}`;

  await sql`
    with numbered as (select id, row_number() over (order by id) as n, count(*) over () as total from "Claim" where "projectId" = ${projectId}),
    pairs as (select a.id as f, b.id as t from numbered a join numbered b on b.n = (a.n * 7919) % a.total + 1 where a.n <= ${size.links} and a.id <> b.id)
    insert into "ClaimLink" (id, "projectId", "fromClaimId", "toClaimId", "pairKey", relation, origin, state, note, "updatedAt")
    select gen_random_uuid(), ${projectId}, f, t, least(f::text, t::text) || ':' || greatest(f::text, t::text),
      (array['AGREES','CONTRADICTS','UPDATES','RELATED'])[1 + abs(hashtext(f::text)) % 4]::"LinkRelation", 'HUMAN',
      (array['OPEN','CONFIRMED','DISMISSED'])[1 + abs(hashtext(t::text)) % 3]::"LinkState", 'أرقام مختلفة', now()
    from (select distinct on (least(f::text, t::text), greatest(f::text, t::text)) f, t from pairs) p`;
  await sql`
    insert into "Verdict" (id, "projectId", "claimId", value, rationale, "evidenceClaimIds", "reviewerId", "createdAt")
    select gen_random_uuid(), ${projectId}, c.id, (array['SUPPORTED','DISPUTED','FALSE','UNVERIFIABLE'])[1 + c.n % 4]::"VerdictValue",
      'نفت الوزارة وقوع إصابات', array[c.id], (select id from "User" order by email limit 1), now()
    from (select id, row_number() over (order by id) as n from "Claim" where "projectId" = ${projectId}) c where c.n <= ${size.verdicts}`;
  // Vacuumed as well as analysed, so that autovacuum does not start on the new rows while the
  // exports and the COPY are timed.
  await sql`vacuum analyze`;
  return { projectId, adminEmail: "bench1@bench.local" };
}

/** The project's rows, table by table, as raw COPY statements: what the export reads, without the shaping. */
export function copyStatements(projectId: string): string[] {
  const p = `'${projectId.replace(/[^0-9a-f-]/gi, "")}'`;
  const ofArticles = `"articleId" in (select id from "Article" where "projectId" = ${p})`;
  return [
    `copy (select * from "Label" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Entity" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Event" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Article" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Segment" where ${ofArticles}) to stdout`,
    `copy (select * from "Span" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Claim" where "projectId" = ${p}) to stdout`,
    `copy (select ce.* from "ClaimEntity" ce join "Claim" c on c.id = ce."claimId" where c."projectId" = ${p}) to stdout`,
    `copy (select * from "Translation" where "projectId" = ${p}) to stdout`,
    `copy (select r.* from "TranslationRevision" r join "Translation" t on t.id = r."translationId" where t."projectId" = ${p}) to stdout`,
    `copy (select * from "ClaimLink" where "projectId" = ${p}) to stdout`,
    `copy (select * from "Verdict" where "projectId" = ${p}) to stdout`,
    `copy (select * from "User") to stdout`,
  ];
}
