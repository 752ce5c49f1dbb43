import type postgres from "postgres";
import type { Sql } from "postgres";

/**
 * A corpus for the search and suggestion benchmarks, generated from the five sample articles:
 * each article is 3–8 of their paragraphs in a seeded random order with the numbers changed,
 * dated between 2019 and 2024. Plus spans on whole words (5 per article), a claim on the first
 * span of each article, an English translation of every tenth article's first paragraph, events
 * and entities — inserted in bulk, so 10,000 articles take seconds, not the minutes the domain
 * functions would.
 */

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GeneratedArticle = { title: string; text: string; publishedAt: string };

export function generateArticles(sampleTexts: readonly string[], count: number, seed = 7): GeneratedArticle[] {
  const random = seeded(seed);
  const paragraphs = sampleTexts.flatMap((t) =>
    t
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p.length > 40),
  );
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const out: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const size = 3 + Math.floor(random() * 6);
    const chosen = Array.from({ length: size }, () =>
      pick(paragraphs).replace(/\d+/gu, () => String(1 + Math.floor(random() * 500))),
    );
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const title = `${(chosen[0] ?? "").split(/\s+/u).slice(0, 7).join(" ")} (${n + 1})`;
    out.push({ title, text: chosen.join("\n"), publishedAt: day });
  }
  return out;
}

const ENGLISH = [
  "A US military official told Reuters that about seven mortar rounds landed on the embassy compound.",
  "Kataib Hezbollah said attacks on US forces in Iraq and Syria would continue.",
  "US strikes killed at least two militants and wounded four others, a medical source said.",
  "The Pentagon counted more than 150 attacks on its bases in recent weeks.",
  "Protesters stormed the embassy in Baghdad and set fires around the reception area.",
];

/** Inserts a project with `articles` and their annotations; returns the project and an admin actor. */
export async function insertCorpus(
  sql: Sql,
  articles: readonly GeneratedArticle[],
): Promise<{ projectId: string; adminId: string; userIds: string[]; labelIds: string[]; eventIds: string[] }> {
  const random = seeded(11);
  const [project] = await sql<
    { id: string }[]
  >`insert into "Project" (id, name, "updatedAt") values (gen_random_uuid(), 'Search benchmark', now()) returning id`;
  const projectId = project?.id ?? "";
  const users = await sql<{ id: string; isAdmin: boolean }[]>`
    insert into "User" (id, email, name, "passwordHash", "isAdmin", "updatedAt")
    select gen_random_uuid(), 'bench' || n || '@bench.local', 'Analyst ' || n, '!', n = 1, now() from generate_series(1, 5) n returning id, "isAdmin"`;
  const adminId = users.find((u) => u.isAdmin)?.id ?? "";
  const userIds = users.map((u) => u.id);
  await sql`insert into "Membership" ("projectId", "userId", role) select ${projectId}::uuid, id, 'MANAGER' from "User"`;
  const labels = await sql<{ id: string }[]>`
    insert into "Label" (id, "projectId", key, name, "nameAr", color, "order", "updatedAt")
    select gen_random_uuid(), ${projectId}::uuid, k, initcap(k), k, '#2563eb', o, now()
    from unnest(array['claim','speaker','source','casualty','count','date','place','organisation','person','weapon']) with ordinality as l(k, o)
    returning id`;
  const labelIds = labels.map((l) => l.id);
  const events = await sql<{ id: string }[]>`
    insert into "Event" (id, "projectId", "titleAr", "titleEn", "occurredOn", "updatedAt")
    select gen_random_uuid(), ${projectId}::uuid, 'حدث ' || n, 'Event ' || n, date '2023-10-01' + n, now() from generate_series(1, 20) n returning id`;
  const eventIds = events.map((e) => e.id);
  await sql`
    insert into "Entity" (id, "projectId", kind, "nameAr", "nameEn", aliases, "matchKeys", "updatedAt")
    values
      (gen_random_uuid(), ${projectId}::uuid, 'ORGANISATION', 'كتائب حزب الله', 'Kataib Hezbollah', array['الكتائب'], array['كتايب حزب الله'], now()),
      (gen_random_uuid(), ${projectId}::uuid, 'PLACE', 'بغداد', 'Baghdad', array[]::text[], array['بغداد'], now()),
      (gen_random_uuid(), ${projectId}::uuid, 'PLACE', 'عين الأسد', 'Ain al-Asad', array[]::text[], array['عين اسد'], now()),
      (gen_random_uuid(), ${projectId}::uuid, 'PERSON', 'لويد أوستن', 'Lloyd Austin', array['أوستن'], array['لويد اوستن'], now())`;
  await sql`
    insert into "Entity" (id, "projectId", kind, "nameAr", "nameEn", aliases, "matchKeys", "updatedAt")
    select gen_random_uuid(), ${projectId}::uuid, (array['PERSON','ORGANISATION','PLACE','OUTLET'])[1 + n % 4]::"EntityKind",
      'كيان ' || n, 'Entity ' || n, array['اسم ' || n], array['كيان ' || n], now() from generate_series(1, 196) n`;

  const batch = 250;
  for (let from = 0; from < articles.length; from += batch) {
    const rows = articles.slice(from, from + batch).map((a, i) => ({ i: from + i, ...a }));
    const inserted = await sql<{ id: string; text: string }[]>`
      insert into "Article" (id, "projectId", title, "publishedAt", text, "textHash", status, "createdById", "updatedAt")
      select gen_random_uuid(), ${projectId}::uuid, r.title, r."publishedAt"::date, r.text, md5(r.text || r.i::text), 'IN_PROGRESS', ${adminId}::uuid, now()
      from jsonb_to_recordset(${sql.json(rows as unknown as postgres.JSONValue)}) as r(i int, title text, text text, "publishedAt" text)
      returning id, text`;
    const spans: Array<Record<string, unknown>> = [];
    const claims: Array<Record<string, unknown>> = [];
    const translations: Array<Record<string, unknown>> = [];
    inserted.forEach((article, k) => {
      const words = [...article.text.matchAll(/\S+/gu)];
      for (let s = 0; s < 5 && words.length > 8; s++) {
        const w = Math.floor(random() * (words.length - 6));
        const first = words[w];
        const last = words[w + 1 + Math.floor(random() * 4)];
        if (!first || !last) continue;
        const start = first.index;
        const end = last.index + last[0].length;
        spans.push({
          id: crypto.randomUUID(),
          articleId: article.id,
          labelId: labelIds[Math.floor(random() * labelIds.length)],
          start,
          end,
          quote: article.text.slice(start, end),
          prefix: article.text.slice(Math.max(0, start - 32), start),
          suffix: article.text.slice(end, end + 32),
          authorId: userIds[Math.floor(random() * userIds.length)],
        });
      }
      const claimSpan = spans.at(-5);
      if (claimSpan && claimSpan.articleId === article.id) {
        claims.push({
          id: crypto.randomUUID(),
          articleId: article.id,
          kind: ["STATEMENT", "CASUALTY", "COUNT", "EVENT", "OTHER"][Math.floor(random() * 5)],
          claimSpanId: claimSpan.id,
          status: random() < 0.3 ? "REVIEWED" : "DRAFT",
          authorId: claimSpan.authorId,
          eventId: random() < 0.2 ? eventIds[Math.floor(random() * eventIds.length)] : null,
          attribution: random() < 0.5 ? "مسؤول أمريكي" : "",
        });
      }
      if ((from + k) % 10 === 0)
        translations.push({
          id: crypto.randomUUID(),
          articleId: article.id,
          text: ENGLISH[(from + k) % ENGLISH.length],
          authorId: userIds[(from + k) % userIds.length],
        });
    });
    await sql`
      insert into "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, "authorId", "updatedAt")
      select r.id, ${projectId}::uuid, r."articleId", r."labelId", r.start, r."end", r.quote, r.prefix, r.suffix, r."authorId", now()
      from jsonb_to_recordset(${sql.json(spans as unknown as postgres.JSONValue)}) as r(id uuid, "articleId" uuid, "labelId" uuid, start int, "end" int, quote text, prefix text, suffix text, "authorId" uuid)`;
    await sql`
      insert into "Claim" (id, "projectId", "articleId", kind, "claimSpanId", status, "authorId", "eventId", attribution, "updatedAt")
      select r.id, ${projectId}::uuid, r."articleId", r.kind::"ClaimKind", r."claimSpanId", r.status::"ClaimStatus", r."authorId", r."eventId", r.attribution, now()
      from jsonb_to_recordset(${sql.json(claims as unknown as postgres.JSONValue)}) as r(id uuid, "articleId" uuid, kind text, "claimSpanId" uuid, status text, "authorId" uuid, "eventId" uuid, attribution text)`;
    await sql`
      with t as (
        insert into "Translation" (id, "projectId", "articleId", "targetType", "targetKey", status, "updatedAt")
        select r.id, ${projectId}::uuid, r."articleId", 'SEGMENT', '0', 'DRAFT', now()
        from jsonb_to_recordset(${sql.json(translations as unknown as postgres.JSONValue)}) as r(id uuid, "articleId" uuid, text text, "authorId" uuid)
        returning id
      )
      insert into "TranslationRevision" (id, "translationId", version, text, origin, "authorId")
      select gen_random_uuid(), r.id, 1, r.text, 'HUMAN', r."authorId"
      from jsonb_to_recordset(${sql.json(translations as unknown as postgres.JSONValue)}) as r(id uuid, "articleId" uuid, text text, "authorId" uuid)`;
    await sql`
      insert into "Segment" (id, "articleId", kind, index, "paragraphIndex", start, "end")
      select gen_random_uuid(), a.id, 'PARAGRAPH', 0, 0, 0, position(E'\n' in a.text || E'\n') - 1 from "Article" a where a.id = any(${inserted.map((a) => a.id)}::uuid[])`;
  }
  // As autovacuum would after a bulk load: the GIN indexes' pending lists merged, statistics fresh.
  await sql`vacuum analyze`;
  return { projectId, adminId, userIds, labelIds, eventIds };
}
