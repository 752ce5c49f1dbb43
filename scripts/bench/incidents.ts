/**
 * npm run bench:incidents
 *
 * The incident issue's figure: with 50,000 claims stored (accepted and machine-proposed, a quarter
 * of them in 2,000 incidents spread over two years), how long incident and link proposals take for
 * one new article, per claim (target: p95 under 100 ms), found through indexes only. Each probe
 * imports a real report (the sample corpus and the development part of fixtures/reports, under a
 * new date so it falls among the stored incidents), runs the suggestion engine on it, then times
 * proposeIncidentsForArticle. The baseline, measured in the same run, is one primary-key read of a
 * claim through the same client: the ratio says how many such reads one claim's proposals cost.
 */
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createTestDatabase } from "../test/test-database";
import { summarise } from "./support/bench-app";

const CLAIMS = 50_000;
const ARTICLES = 2_000;
const INCIDENTS = 2_000;
const PROBES = Number(process.env.PROBES ?? 40);
const PLACES = [
  "ain-al-asad",
  "k1",
  "camp-taji",
  "erbil-airport",
  "us-embassy-baghdad",
  "qaim",
  "shaddadi",
  "rumeilan",
  "baghdad",
  "kirkuk",
];

async function reports(): Promise<Array<{ text: string }>> {
  const dir = path.join(process.cwd(), "fixtures", "reports", "articles");
  const files = (await readdir(dir)).filter((f) => f.startsWith("d")).sort();
  const fixtures = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as { text: string }),
  );
  const sampleDir = path.join(process.cwd(), "sample", "corpus");
  const samples = await Promise.all(
    (await readdir(sampleDir))
      .filter((f) => f.endsWith(".txt"))
      .map(async (f) => ({ text: await readFile(path.join(sampleDir, f), "utf8") })),
  );
  return [...samples, ...fixtures];
}

async function main() {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { db, sql, disconnectDb } = await import("../../lib/db");
  const { makeProject } = await import("../../lib/testing/factories");
  const { refreshArticleSuggestions } = await import("../../lib/suggestions/refresh-article-suggestions");
  const { proposeIncidentsForArticle } = await import("../../lib/incidents/propose-incidents");
  try {
    const { project } = await makeProject();
    const q = sql();
    const started = performance.now();
    await q`INSERT INTO "Article" (id, "projectId", title, text, "textHash", "publishedAt", "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, 'article ' || g, 'نص ' || g, md5(g::text), DATE '2019-06-01' + (g % 730), now()
            FROM generate_series(1, ${ARTICLES}) g`;
    await q`INSERT INTO "Event" (id, "projectId", "titleEn", status, origin, "occurredOn", features, "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, 'incident ' || g, (ARRAY['PROPOSED','CONFIRMED']::"EventStatus"[])[1 + g % 2], 'SUGGESTED',
                   DATE '2019-06-01' + (g % 730),
                   jsonb_build_object('places', jsonb_build_array((${PLACES}::text[])[1 + g % ${PLACES.length}]), 'actors', '[]'::jsonb, 'targets', '[]'::jsonb,
                                      'weapons', jsonb_build_array('rocket'), 'perpetrators', '[]'::jsonb, 'dateFromText', true),
                   now()
            FROM generate_series(1, ${INCIDENTS}) g`;
    await q`
      WITH a AS (SELECT id, "publishedAt", row_number() OVER () AS n FROM "Article" WHERE "projectId" = ${project.id}),
           e AS (SELECT id, row_number() OVER () AS n FROM "Event" WHERE "projectId" = ${project.id})
      INSERT INTO "Claim" (id, "projectId", "articleId", kind, figures, features, proposed, "eventId", "eventOrigin", "quoteKey", "quoteShingles", "thingKey", "updatedAt")
      SELECT gen_random_uuid(), ${project.id}, a.id,
             (ARRAY['STATEMENT','CASUALTY','COUNT','COUNT']::"ClaimKind"[])[1 + g % 4],
             CASE g % 4 WHEN 1 THEN jsonb_build_object('killed', jsonb_build_object('qualifier','exactly','value', g % 30), 'victims', '', 'perpetrator', '')
                        WHEN 2 THEN jsonb_build_object('thing', 'هجوماً', 'value', jsonb_build_object('qualifier','exactly','value', g % 300))
                        WHEN 3 THEN jsonb_build_object('thing', 'صواريخ', 'value', jsonb_build_object('qualifier','exactly','value', g % 20))
                        ELSE '{}'::jsonb END,
             jsonb_build_object('date', a."publishedAt"::text, 'dateSource', 'published', 'places', jsonb_build_array((${PLACES}::text[])[1 + g % ${PLACES.length}]),
                                'placeSource', 'sentence', 'targets', '[]'::jsonb, 'weapons', '["rocket"]'::jsonb, 'perpetrators', '[]'::jsonb, 'actors', '[]'::jsonb,
                                'reportedOn', null, 'earlier', false, 'victimCategory', 'unknown', 'scope', '["iraq"]'::jsonb,
                                'period', CASE WHEN g % 4 = 2 THEN 'running' END, 'frame', '[]'::jsonb, 'delta', false, 'raised', false),
             g % 5 = 0,
             CASE WHEN g % 4 IN (1, 3) THEN e.id END, 'SUGGESTED',
             'quote ' || g,
             ARRAY[to_hex((g::bigint * 7919) % 400000), to_hex((g::bigint * 104729) % 400000), to_hex((g::bigint * 1299709) % 400000)],
             CASE g % 4 WHEN 2 THEN 'attack' WHEN 3 THEN 'munition' ELSE '' END,
             now()
      FROM generate_series(1, ${CLAIMS}) g
      JOIN a ON a.n = 1 + g % ${ARTICLES}
      JOIN e ON e.n = 1 + g % ${INCIDENTS}`;
    await q`ANALYZE`;
    console.log(
      `seeded ${await db.claim.count()} claims (${await db.claim.count({ where: { proposed: true } })} machine-proposed) in ${await db.event.count()} incidents, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const texts = await reports();
    const perClaim: number[] = [];
    const perArticle: number[] = [];
    const baseline: number[] = [];
    let claims = 0;
    let links = 0;
    const someClaim = await db.claim.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
    for (let i = 0; i < PROBES; i++) {
      const source = texts[i % texts.length]!;
      const text = `${source.text}\nتحديث ${i}.`;
      const article = await db.article.create({
        data: {
          id: randomUUID(),
          projectId: project.id,
          title: `probe ${i}`,
          text,
          textHash: randomUUID(),
          publishedAt: new Date(Date.UTC(2019, 11, 1) + (i % 90) * 86_400_000),
        },
      });
      await refreshArticleSuggestions(article.id, { entities: [] });
      const t = performance.now();
      const result = await proposeIncidentsForArticle(article.id, { actorId: null });
      const ms = performance.now() - t;
      const n = await db.claim.count({ where: { articleId: article.id } });
      claims += n;
      links += result.links;
      perArticle.push(ms);
      if (n > 0) perClaim.push(ms / n);
      const b = performance.now();
      await db.claim.findUnique({ where: { id: someClaim.id }, select: { id: true, features: true } });
      baseline.push(performance.now() - b);
    }
    const c = summarise(perClaim);
    const a = summarise(perArticle);
    const base = summarise(baseline);
    console.log(
      `${PROBES} new articles, ${(claims / PROBES).toFixed(1)} claims each on average, ${links} link proposals written`,
    );
    console.log(
      `incident and link proposals per claim: p50 ${c.p50} ms, p95 ${c.p95} ms, max ${c.max} ms (target p95 < 100 ms)`,
    );
    console.log(`per article: p50 ${a.p50} ms, p95 ${a.p95} ms`);
    console.log(
      `baseline, one primary-key read of a claim: p50 ${base.p50} ms; per-claim p95 = ${(c.p95 / Math.max(base.p50, 0.01)).toFixed(0)} × that read`,
    );
  } finally {
    await disconnectDb();
    await database.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
