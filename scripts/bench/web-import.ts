/**
 * npm run bench:web-import
 *
 * The web import's figure: 100 different Arabic news pages (~5 KB of article text each, in the
 * markup of a news site) served by a local HTTP server, imported by address the way the import
 * page sends them (`importWebPages`, 5 addresses per call, one call after another) into a fresh
 * embedded PostgreSQL, with every page fetched, its article extracted and its snapshot stored.
 * Prints pages per second over ROUNDS rounds (each into a new project) and checks the snapshots.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase } from "../test/test-database";
import { generateArticle, samplePieces } from "./support/bench-app";

const PAGES = 100;
const PER_CALL = Number(process.env.PER_CALL ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function main() {
  const { newsPage } = await import("../../lib/import/news-page-fixtures");
  const pieces = await samplePieces();
  let round = 0;
  const pages = () =>
    Array.from({ length: PAGES }, (_, i) =>
      newsPage({
        title: `تقرير رقم ${i + 1} من الجولة ${round}`,
        paragraphs: generateArticle(pieces, 5_000, round * 1000 + i)
          .split("\n")
          .filter(Boolean),
      }),
    );
  let served = pages();
  const server = createServer((req, res) => {
    const page = served[Number(/^\/news\/(\d+)$/.exec(req.url ?? "")?.[1] ?? -1)];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../../lib/db");
  const { makeProject } = await import("../../lib/testing/factories");
  const { importWebPages } = await import("../../lib/articles/import-web-pages");
  const { stopJobWorkers } = await import("../../lib/jobs/queue");
  try {
    const rates: number[] = [];
    for (round = 1; round <= ROUNDS; round++) {
      served = pages();
      const { project, admin } = await makeProject();
      const urls = Array.from({ length: PAGES }, (_, i) => `${base}/news/${i}`);
      let imported = 0;
      const started = performance.now();
      for (let i = 0; i < urls.length; i += PER_CALL) {
        const summary = await importWebPages({
          actor: admin,
          projectId: project.id,
          input: { urls: urls.slice(i, i + PER_CALL) },
          fetch: { allowPrivate: true },
        });
        imported += summary.imported;
        for (const r of summary.results) if (r.status !== "imported") console.error(`${r.name}: ${r.error?.message}`);
      }
      const seconds = (performance.now() - started) / 1000;
      const snapshots = await db.articleSnapshot.count({ where: { article: { projectId: project.id }, kind: "URL" } });
      const bytes = await db.articleSnapshot.aggregate({
        where: { article: { projectId: project.id } },
        _sum: { byteLength: true },
      });
      rates.push(imported / seconds);
      console.log(
        `round ${round}: ${imported} of ${PAGES} pages imported in ${seconds.toFixed(2)} s = ${(imported / seconds).toFixed(1)} pages/s; ${snapshots} snapshots stored (${((bytes._sum.byteLength ?? 0) / 1e6).toFixed(2)} MB as captured)`,
      );
      if (imported !== PAGES || snapshots !== PAGES) throw new Error("not every page was imported with its snapshot");
    }
    const sorted = [...rates].sort((a, b) => a - b);
    console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} pages/s (${PER_CALL} addresses per call)`);
  } finally {
    // Each import queues the suggestion run for its articles: the queue is closed before the database.
    await stopJobWorkers();
    await disconnectDb();
    await database.cleanup();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
