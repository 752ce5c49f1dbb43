/**
 * npm run bench:suggest [-- --articles 1000 --import 300]
 *
 * Issue 7's suggestion figure: how long the engine takes per article.
 *   1. The engine alone (lib/suggest, pure): the five sample articles, and `--articles` articles
 *      generated from them (3–8 of their paragraphs each, as in bench:search), warm.
 *   2. The whole path in a fresh embedded PostgreSQL: `--import` generated articles imported
 *      through importArticles, which queues a background run; the run's own start and finish
 *      times give the time per article including the database writes (suggestions stored with
 *      their fingerprints, under the article's advisory lock).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";
import { suggestArticle } from "../../lib/suggest/suggest-article";
import { generateArticles } from "./search-data";

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return `mean ${mean.toFixed(2)} ms, p50 ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { articles: { type: "string", default: "1000" }, import: { type: "string", default: "300" } },
  });
  const dir = path.join(process.cwd(), "sample", "corpus");
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
    articles: Array<{ file: string; title: string; publishedAt: string }>;
  };
  const samples = await Promise.all(
    manifest.articles.map(async (a) => ({
      ...a,
      text: (await readFile(path.join(dir, a.file), "utf8")).normalize("NFC"),
    })),
  );

  console.log("1. The engine alone (no database)");
  for (let warm = 0; warm < 3; warm++)
    for (const a of samples) suggestArticle({ text: a.text, publishedAt: a.publishedAt });
  for (const a of samples) {
    const times: number[] = [];
    let proposals = 0;
    for (let r = 0; r < 20; r++) {
      const t = performance.now();
      proposals = suggestArticle({ text: a.text, publishedAt: a.publishedAt }).length;
      times.push(performance.now() - t);
    }
    console.log(`   ${a.file.slice(0, 3)} (${a.text.length} chars, ${proposals} proposals): ${stats(times)}`);
  }
  const generated = generateArticles(
    samples.map((s) => s.text),
    Number(values.articles),
    3,
  );
  const times: number[] = [];
  let chars = 0;
  for (const g of generated) {
    const t = performance.now();
    suggestArticle({ text: g.text, publishedAt: g.publishedAt });
    times.push(performance.now() - t);
    chars += g.text.length;
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(
    `   ${generated.length} generated articles (mean ${Math.round(chars / generated.length)} chars): ${stats(times)}; ${(chars / total).toFixed(0)} chars/ms`,
  );

  console.log(
    `\n2. Import of ${values.import} articles, suggestions run in the background (fresh embedded PostgreSQL)`,
  );
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-bench-suggest-"));
  const server = await startEmbeddedPostgres({ dataDir, database: "bench", port: 0, volatile: true });
  try {
    await applyMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    const { db, disconnectDb } = await import("../../lib/db");
    const { createUser } = await import("../../lib/users/create-user");
    const { createProject } = await import("../../lib/projects/create-project");
    const { importArticles } = await import("../../lib/articles/import-articles");
    const { waitForSuggestionRuns } = await import("../../lib/suggestions/background-runs");
    const admin = await createUser({
      actor: null,
      input: { email: "bench@bench.local", name: "Bench", password: "bench password 123", isAdmin: true },
    });
    const project = await createProject({ actor: admin, input: { name: "Suggestion benchmark" } });
    const toImport = generateArticles(
      samples.map((s) => s.text),
      Number(values.import),
      5,
    );
    const sources = toImport.map((g, i) => ({
      name: `bench-${i}.txt`,
      ok: true as const,
      drafts: [{ title: g.title, text: g.text, publishedAt: g.publishedAt, source: null, url: null }],
    }));
    const t0 = performance.now();
    const summary = await importArticles({ actor: admin, projectId: project.id, sources });
    const importMs = performance.now() - t0;
    console.log(
      `   importArticles returned after ${(importMs / 1000).toFixed(1)} s (${summary.imported} imported); the run goes on in the background`,
    );
    await waitForSuggestionRuns();
    const run = await db.suggestionRun.findFirstOrThrow({
      where: { projectId: project.id },
      orderBy: { createdAt: "desc" },
    });
    const runMs = (run.finishedAt?.getTime() ?? 0) - (run.startedAt?.getTime() ?? 0);
    console.log(
      `   run ${run.status}: ${run.done}/${run.total} articles, ${run.proposed} suggestions, ${(runMs / 1000).toFixed(1)} s → ${(runMs / Math.max(1, run.done)).toFixed(1)} ms per article with the database writes${run.error ? `; error: ${run.error}` : ""}`,
    );
    await disconnectDb();
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
