/**
 * npx tsx scripts/bench/link-candidates.ts
 *
 * Issue 5's figure: with 50,000 claims stored, how long finding the link candidates for one new
 * claim takes (target under 100 ms), and the whole suggestion refresh for it. Claims are bulk
 * inserted by SQL into a fresh embedded PostgreSQL with realistic keys: 2,000 articles, 500 events,
 * quote shingles drawn from a vocabulary, and 200 counted things.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "../test/test-database";
import { summarise } from "./support/bench-app";

const CLAIMS = 50_000;
const ARTICLES = 2_000;
const EVENTS = 500;
const PROBES = 100;

async function main() {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { db, sql, disconnectDb } = await import("../../lib/db");
  const { makeProject } = await import("../../lib/testing/factories");
  const { findCandidates, refreshSuggestionsForClaim } = await import("../../lib/links/refresh-suggestions");
  try {
    const { project, admin } = await makeProject();
    const q = sql();
    const started = performance.now();
    await q`INSERT INTO "Article" (id, "projectId", title, text, "textHash", "publishedAt", "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, 'article ' || g, 'نص ' || g, md5(g::text), DATE '2023-10-01' + (g % 200), now()
            FROM generate_series(1, ${ARTICLES}) g`;
    await q`INSERT INTO "Event" (id, "projectId", "titleEn", "updatedAt") SELECT gen_random_uuid(), ${project.id}, 'event ' || g, now() FROM generate_series(1, ${EVENTS}) g`;
    await q`
      WITH a AS (SELECT id, row_number() OVER () AS n FROM "Article" WHERE "projectId" = ${project.id}),
           e AS (SELECT id, row_number() OVER () AS n FROM "Event" WHERE "projectId" = ${project.id})
      INSERT INTO "Claim" (id, "projectId", "articleId", kind, figures, "eventId", "quoteKey", "quoteShingles", "thingKey", "updatedAt")
      SELECT gen_random_uuid(), ${project.id}, a.id,
             (ARRAY['STATEMENT','CASUALTY','COUNT','EVENT']::"ClaimKind"[])[1 + g % 4],
             CASE g % 4 WHEN 1 THEN jsonb_build_object('killed', jsonb_build_object('qualifier','exactly','value', g % 30))
                        WHEN 2 THEN jsonb_build_object('thing', 'thing ' || (g % 200), 'value', jsonb_build_object('qualifier','exactly','value', g % 300))
                        ELSE '{}'::jsonb END,
             CASE WHEN g % 3 = 0 THEN e.id END,
             'quote ' || g,
             ARRAY[to_hex((g::bigint * 7919) % 400000), to_hex((g::bigint * 104729) % 400000), to_hex((g::bigint * 1299709) % 400000)],
             CASE WHEN g % 4 = 2 THEN 'thing ' || (g % 200) ELSE '' END,
             now()
      FROM generate_series(1, ${CLAIMS}) g
      JOIN a ON a.n = 1 + g % ${ARTICLES}
      JOIN e ON e.n = 1 + g % ${EVENTS}`;
    await q`ANALYZE "Claim"`;
    console.log(`seeded ${await db.claim.count()} claims in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const article = await db.article.findFirstOrThrow({ where: { projectId: project.id } });
    const events = await db.event.findMany({ where: { projectId: project.id }, select: { id: true }, take: PROBES });
    const find: number[] = [];
    const refresh: number[] = [];
    let candidates = 0;
    for (let i = 0; i < PROBES; i++) {
      const id = randomUUID();
      await db.claim.create({
        data: {
          id, projectId: project.id, articleId: article.id, kind: "COUNT", eventId: events[i % events.length]!.id,
          figures: { thing: `thing ${i}`, value: { qualifier: "exactly", value: 10 + i } }, thingKey: `thing ${i}`,
          quoteKey: `probe ${i}`, quoteShingles: [((i * 7919) % 400000).toString(16), "ffffffff"],
        },
      });
      const claim = await db.claim.findUniqueOrThrow({ where: { id }, select: { id: true, projectId: true, articleId: true, kind: true, eventId: true, quoteShingles: true, thingKey: true } });
      let t = performance.now();
      candidates += (await findCandidates(claim)).length;
      find.push(performance.now() - t);
      t = performance.now();
      await refreshSuggestionsForClaim(id, admin.id);
      refresh.push(performance.now() - t);
    }
    const f = summarise(find);
    const r = summarise(refresh);
    console.log(`candidates for one new claim among ${CLAIMS} (${PROBES} probes, ${(candidates / PROBES).toFixed(0)} candidates each on average): p50 ${f.p50} ms, p95 ${f.p95} ms, max ${f.max} ms`);
    console.log(`whole suggestion refresh for one new claim (find, compare, write links): p50 ${r.p50} ms, p95 ${r.p95} ms`);
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
