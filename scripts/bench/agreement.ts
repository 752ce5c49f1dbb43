/**
 * npm run bench:agreement
 *
 * The agreement issue's figure: 200 articles of 6,000 characters, each finished by 3 analysts who
 * made 100 spans (over the ten default labels) and 10 claims on it, and the whole report
 * (getAgreement: the reads and every measure over all labels, pairs and claim fields) in under 2 s.
 * Rows are written with plain INSERTs; timings are the median and worst of ROUNDS reports.
 */
import { createTestDatabase } from "../test/test-database";
import { summarise } from "./support/bench-app";

const ARTICLES = 200;
const ANALYSTS = 3;
const SPANS = 100;
const CLAIMS = 10;
const TEXT = 6_000;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

async function main() {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { sql, disconnectDb } = await import("../../lib/db");
  const { makeProject, makeUser } = await import("../../lib/testing/factories");
  const { getAgreement } = await import("../../lib/agreement/get-agreement");
  try {
    const analysts = await Promise.all(Array.from({ length: ANALYSTS }, () => makeUser()));
    const { project, admin } = await makeProject(analysts.map((user) => ({ user, role: "ANALYST" as const })));
    const q = sql();
    const ids = analysts.map((a) => a.id);
    await q`INSERT INTO "Article" (id, "projectId", title, text, "textHash", "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, 'article ' || g, repeat('نص ', ${TEXT / 3}), md5(g::text), now()
            FROM generate_series(1, ${ARTICLES}) g`;
    await q`INSERT INTO "Assignment" (id, "projectId", "articleId", "userId", status, "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, a.id, u, 'DONE', now()
            FROM "Article" a, unnest(${ids}::uuid[]) u WHERE a."projectId" = ${project.id}`;
    // Spans at pseudo-random places; analysts agree on about half (the same seed for half the spans).
    await q`INSERT INTO "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, "authorId", "updatedAt")
            SELECT gen_random_uuid(), ${project.id}, a.id, l.id, s.start, s.start + 5 + (s.h % 40), 'x', '', '', u, now()
            FROM "Article" a
            CROSS JOIN unnest(${ids}::uuid[]) WITH ORDINALITY AS analyst(u, k)
            CROSS JOIN LATERAL (
              SELECT g, abs(hashtext(a.id::text || g || CASE WHEN g % 2 = 0 THEN '' ELSE analyst.k::text END)) AS h,
                     abs(hashtext(a.id::text || g || CASE WHEN g % 2 = 0 THEN '' ELSE analyst.k::text END)) % ${TEXT - 50} AS start
              FROM generate_series(1, ${SPANS}) g) s
            JOIN LATERAL (SELECT id FROM "Label" WHERE "projectId" = ${project.id} ORDER BY "order" OFFSET s.h % 10 LIMIT 1) l ON true
            WHERE a."projectId" = ${project.id}`;
    await q`INSERT INTO "Claim" (id, "projectId", "articleId", kind, "claimSpanId", figures, "authorId", "updatedAt")
            SELECT gen_random_uuid(), sp."projectId", sp."articleId", 'CASUALTY', sp.id,
                   jsonb_build_object('killed', jsonb_build_object('qualifier', 'exactly', 'value', sp.start % 30)), sp."authorId", now()
            FROM (SELECT *, row_number() OVER (PARTITION BY "articleId", "authorId" ORDER BY start) AS n FROM "Span" WHERE "projectId" = ${project.id}) sp
            WHERE sp.n <= ${CLAIMS}`;
    const timings: number[] = [];
    let report: Awaited<ReturnType<typeof getAgreement>> | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      report = await getAgreement({ actor: admin, projectId: project.id, query: {} });
      timings.push(Math.round(performance.now() - started));
    }
    const t = summarise(timings.sort((x, y) => x - y));
    console.log(
      `${report?.articleCount} articles × ${ANALYSTS} analysts × ${SPANS} spans and ${CLAIMS} claims: α over all labels ${report?.spans.all.alpha?.toFixed(3)}`,
    );
    console.log(`agreement report: median ${t.p50} ms, worst ${t.max} ms of ${ROUNDS} (target < 2,000 ms)`);
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
