import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql } from "postgres";

/**
 * A corpus for the search and suggestion benchmarks, generated from the five sample articles:
 * each article is 3–8 of their paragraphs in a seeded random order with the numbers changed,
 * dated between 2019 and 2024. Plus spans on whole words (5 per article), a claim on the first
 * span of each article, an English translation of every tenth article's first paragraph, events
 * and entities — copied in bulk (COPY, search indexes built after), so 100,000 articles take a few
 * minutes, not the hours the domain functions would.
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
export async function insertCorpus(sql: Sql, articles: readonly GeneratedArticle[]): Promise<TCorpus> {
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

  const corpus = { projectId, adminId, userIds, labelIds, eventIds };
  await addArticles(sql, corpus, articles, 0);
  return corpus;
}

/** One COPY text-format field: backslash escapes for the characters the format gives meaning to. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/[\\\n\r\t]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t",
  );
}

async function copyRows(
  sql: Sql,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map((c) => `"${c}"`).join(", ");
  const writable = await sql.unsafe(`COPY "${table}" (${list}) FROM STDIN`).writable();
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < rows.length; i += 500)
          yield rows
            .slice(i, i + 500)
            .map((row) => `${row.map(copyField).join("\t")}\n`)
            .join("");
      })(),
    ),
    writable,
  );
}

type TCorpus = { projectId: string; adminId: string; userIds: string[]; labelIds: string[]; eventIds: string[] };

/**
 * Adds articles (numbered from `from`) with their spans, claims, translations and first-paragraph
 * segments, by COPY in groups of 5,000, with the search indexes dropped meanwhile and built again
 * after (one bulk build is far cheaper than 100,000 index insertions); the stored search vectors
 * are still computed for every row as it is copied.
 */
export async function addArticles(
  sql: Sql,
  corpus: TCorpus,
  articles: readonly GeneratedArticle[],
  from: number,
): Promise<void> {
  const { projectId, adminId, userIds, labelIds, eventIds } = corpus;
  const random = seeded(11 + from);
  const indexes = await sql<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = current_schema() and indexdef ilike '%USING gin%' and indexdef like '%"searchVector"%'`;
  for (const index of indexes) await sql.unsafe(`DROP INDEX "${index.name}"`);
  const now = new Date().toISOString();
  const group = 5_000;
  for (let at = 0; at < articles.length; at += group) {
    const slice = articles.slice(at, at + group);
    const ids = slice.map(() => crypto.randomUUID());
    const rows = slice.map((a, k) => [
      ids[k],
      projectId,
      a.title,
      a.publishedAt,
      a.text,
      createHash("md5")
        .update(`${a.text}${from + at + k}`)
        .digest("hex"),
      "IN_PROGRESS",
      adminId,
      now,
    ]);
    await copyRows(
      sql,
      "Article",
      ["id", "projectId", "title", "publishedAt", "text", "textHash", "status", "createdById", "updatedAt"],
      rows,
    );
    const spans: unknown[][] = [];
    const claims: unknown[][] = [];
    const translations: unknown[][] = [];
    const revisions: unknown[][] = [];
    const segments: unknown[][] = [];
    slice.forEach((article, k) => {
      const articleId = ids[k]!;
      const n = from + at + k;
      const words = [...article.text.matchAll(/\S+/gu)];
      let first: unknown[] | undefined;
      for (let s = 0; s < 5 && words.length > 8; s++) {
        const w = Math.floor(random() * (words.length - 6));
        const a = words[w];
        const b = words[w + 1 + Math.floor(random() * 4)];
        if (!a || !b) continue;
        const start = a.index;
        const end = b.index + b[0].length;
        const span = [
          crypto.randomUUID(),
          projectId,
          articleId,
          labelIds[Math.floor(random() * labelIds.length)],
          start,
          end,
          article.text.slice(start, end),
          article.text.slice(Math.max(0, start - 32), start),
          article.text.slice(end, end + 32),
          userIds[Math.floor(random() * userIds.length)],
          now,
        ];
        first ??= span;
        spans.push(span);
      }
      if (first)
        claims.push([
          crypto.randomUUID(),
          projectId,
          articleId,
          ["STATEMENT", "CASUALTY", "COUNT", "EVENT", "OTHER"][Math.floor(random() * 5)],
          first[0],
          random() < 0.3 ? "REVIEWED" : "DRAFT",
          first[9],
          random() < 0.2 ? eventIds[Math.floor(random() * eventIds.length)] : null,
          random() < 0.5 ? "مسؤول أمريكي" : "",
          now,
        ]);
      if (n % 10 === 0) {
        const translationId = crypto.randomUUID();
        translations.push([translationId, projectId, articleId, "SEGMENT", "0", "DRAFT", now]);
        revisions.push([
          crypto.randomUUID(),
          translationId,
          1,
          ENGLISH[n % ENGLISH.length],
          "HUMAN",
          userIds[n % userIds.length],
        ]);
      }
      const cut = article.text.indexOf("\n");
      segments.push([crypto.randomUUID(), articleId, "PARAGRAPH", 0, 0, 0, cut < 0 ? article.text.length : cut]);
    });
    await copyRows(
      sql,
      "Span",
      ["id", "projectId", "articleId", "labelId", "start", "end", "quote", "prefix", "suffix", "authorId", "updatedAt"],
      spans,
    );
    await copyRows(
      sql,
      "Claim",
      [
        "id",
        "projectId",
        "articleId",
        "kind",
        "claimSpanId",
        "status",
        "authorId",
        "eventId",
        "attribution",
        "updatedAt",
      ],
      claims,
    );
    await copyRows(
      sql,
      "Translation",
      ["id", "projectId", "articleId", "targetType", "targetKey", "status", "updatedAt"],
      translations,
    );
    await copyRows(
      sql,
      "TranslationRevision",
      ["id", "translationId", "version", "text", "origin", "authorId"],
      revisions,
    );
    await copyRows(sql, "Segment", ["id", "articleId", "kind", "index", "paragraphIndex", "start", "end"], segments);
  }
  await sql`set maintenance_work_mem = '512MB'`;
  for (const index of indexes) await sql.unsafe(index.def);
  // As autovacuum would after a bulk load: statistics fresh, visibility map set.
  await sql`vacuum analyze`;
}
