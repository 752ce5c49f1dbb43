/**
 * npx tsx scripts/bench/import-and-read.ts
 *
 * Issue 2's figures, on a fresh embedded PostgreSQL and the production build:
 *  - import throughput through the API: 1,000 generated Arabic articles of about 5 KB, uploaded
 *    as multipart batches of 20 files by 2 concurrent clients, in articles per second;
 *  - article page response time p50/p95 for a 20 KB article under 10 concurrent readers.
 */
import { generateArticle, samplePieces, signInCookie, startBenchApp, summarise } from "./support/bench-app";

const ARTICLES = 1_000;
const BATCH = 20;
const CLIENTS = 2;
const READERS = 10;
const READS_PER_READER = 60;

async function main() {
  const app = await startBenchApp();
  try {
    const pieces = await samplePieces();
    const batches: string[][] = [];
    for (let i = 0; i < ARTICLES; i += BATCH)
      batches.push(
        Array.from({ length: Math.min(BATCH, ARTICLES - i) }, (_, k) => generateArticle(pieces, 5_000, i + k)),
      );
    let imported = 0;
    const started = performance.now();
    const queue = [...batches];
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          const form = new FormData();
          for (const [i, text] of batch.entries())
            form.append("files", new Blob([text], { type: "text/plain" }), `article-${i}.txt`);
          const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
            method: "POST",
            headers: { authorization: `Bearer ${app.token}` },
            body: form,
          });
          const body = (await res.json()) as { imported: number; refused: number };
          if (res.status !== 201 || body.refused > 0)
            throw new Error(`import batch failed: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          imported += body.imported;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `import: ${imported} articles (~5 KB each) in ${seconds.toFixed(1)} s = ${(imported / seconds).toFixed(1)} articles/s (${CLIENTS} clients, ${BATCH} files per request)`,
    );

    const big = generateArticle(pieces, 20_000, 999_999);
    const form = new FormData();
    form.append("files", new Blob([big], { type: "text/plain" }), "big.txt");
    const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${app.token}` },
      body: form,
    });
    const articleId = ((await res.json()) as { results: { articles: { id: string }[] }[] }).results[0]!.articles[0]!.id;
    const cookie = await signInCookie(app);
    const page = `${app.url}/projects/${app.projectId}/articles/${articleId}`;
    const warm = await fetch(page, { headers: { cookie } });
    const html = await warm.text();
    if (warm.status !== 200 || !html.includes("تقرير رقم 999999"))
      throw new Error(`article page did not render the article (HTTP ${warm.status})`);
    const latencies: number[] = [];
    const readStart = performance.now();
    await Promise.all(
      Array.from({ length: READERS }, async () => {
        for (let i = 0; i < READS_PER_READER; i++) {
          const t = performance.now();
          const r = await fetch(page, { headers: { cookie } });
          await r.arrayBuffer();
          if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const s = summarise(latencies);
    const rps = latencies.length / ((performance.now() - readStart) / 1000);
    console.log(
      `article page (${Buffer.byteLength(big)} bytes of text, ${READERS} concurrent readers, ${s.n} requests): p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, ${rps.toFixed(1)} pages/s`,
    );
  } finally {
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
