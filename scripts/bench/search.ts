/**
 * npm run bench:search [-- --articles 10000 --users 10 --rounds 50 --keep]
 *
 * Issue 7's search figure: a project of 10,000 articles generated from the sample text (with
 * 50,000 spans, 10,000 claims, 1,000 English translations, 200 entities) in a fresh embedded
 * PostgreSQL in a temporary directory; then `--users` simulated users each run `--rounds`
 * searches one after another, all users at once, through searchProject — the function the API
 * route calls (SQL full-text query, ranking, counts, snippets and highlights; no HTTP). Prints
 * p50/p95/p99/max per query and overall. Target: p95 under 100 ms with 10 concurrent users.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";
import type { TSearchInput } from "../../lib/search/search-input";
import { generateArticles, insertCorpus } from "./search-data";

const TARGET_P95_MS = 100;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function sampleTexts(): Promise<string[]> {
  const dir = path.join(process.cwd(), "sample", "corpus");
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
    articles: Array<{ file: string }>;
  };
  return Promise.all(
    manifest.articles.map(async (a) => (await readFile(path.join(dir, a.file), "utf8")).normalize("NFC")),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      users: { type: "string", default: "10" },
      rounds: { type: "string", default: "50" },
      keep: { type: "boolean" },
    },
  });
  const count = Number(values.articles);
  const users = Number(values.users);
  const rounds = Number(values.rounds);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-bench-search-"));
  console.log(`Starting a fresh embedded PostgreSQL in ${dataDir}…`);
  const server = await startEmbeddedPostgres({ dataDir, database: "bench", port: 0, volatile: true });
  try {
    await applyMigrations(server.url);
    const admin = postgres(server.url, { max: 1, onnotice: () => undefined });
    let started = performance.now();
    const articles = generateArticles(await sampleTexts(), count);
    const { projectId, adminId, labelIds, eventIds } = await insertCorpus(admin, articles);
    const [sizes] = await admin<
      Array<{ articles: number; spans: number; claims: number; translations: number; entities: number }>
    >`
      select (select count(*)::int from "Article") as articles, (select count(*)::int from "Span") as spans, (select count(*)::int from "Claim") as claims,
        (select count(*)::int from "TranslationRevision") as translations, (select count(*)::int from "Entity") as entities`;
    console.log(
      `Loaded ${JSON.stringify(sizes)} in ${((performance.now() - started) / 1000).toFixed(1)} s (stored tsvectors computed on insert).`,
    );
    await admin.end();

    process.env.DATABASE_URL = server.url;
    const { searchProject } = await import("../../lib/search/search-project");
    const { disconnectDb } = await import("../../lib/db");
    const actor = { id: adminId, email: "bench1@bench.local", name: "Analyst 1", isAdmin: true, locale: "en" };

    const queries: Array<[string, TSearchInput]> = [
      ["common word «الأمريكية»", { q: "الأمريكية" }],
      ["spelling variant «الأميركية»", { q: "الأميركية" }],
      ["plural «قذائف»", { q: "قذائف" }],
      ["two words", { q: "السفارة بغداد" }],
      ["phrase", { q: '"قاعدة عين الأسد"' }],
      ["organisation", { q: "كتائب حزب الله" }],
      ["rare word «الرميلان»", { q: "الرميلان" }],
      ["with tatweel", { q: "الجهاديـة" }],
      ["English", { q: "Reuters mortar" }],
      ["negation", { q: "صواريخ -سوريا" }],
      ["claims of a kind", { q: "مسؤول", claimKind: "STATEMENT" }],
      ["label filter", { q: "الأمريكية", labelId: labelIds[0] }],
      ["date range", { q: "هجوم", from: "2023-01-01", to: "2023-12-31" }],
      ["reviewed only", { q: "العراق", reviewed: true }],
      ["event", { q: "الهجوم", eventId: eventIds[0] }],
      ["page 3 of articles", { q: "العراق", types: ["article"], offset: 20 }],
    ];

    // Warm-up: one pass, not measured (plans, caches, JIT).
    for (const [, input] of queries) await searchProject({ actor, projectId, input });

    const timings = new Map<string, number[]>();
    started = performance.now();
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        for (let r = 0; r < rounds; r++) {
          const [name, input] = queries[(u * 7 + r) % queries.length]!;
          const t = performance.now();
          await searchProject({ actor, projectId, input });
          const ms = performance.now() - t;
          timings.set(name, [...(timings.get(name) ?? []), ms]);
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const all = [...timings.values()].flat().sort((a, b) => a - b);
    console.log(
      `\n${users} concurrent users × ${rounds} searches = ${all.length} searches in ${wall.toFixed(1)} s (${(all.length / wall).toFixed(1)} searches/s)\n`,
    );
    console.log(`${"query".padEnd(30)}${"n".padStart(5)}${"p50".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}`);
    for (const [name] of queries) {
      const t = [...(timings.get(name) ?? [])].sort((a, b) => a - b);
      console.log(
        `${name.padEnd(30)}${String(t.length).padStart(5)}${percentile(t, 50).toFixed(1).padStart(9)}${percentile(t, 95).toFixed(1).padStart(9)}${(t.at(-1) ?? 0).toFixed(1).padStart(9)}`,
      );
    }
    const p95 = percentile(all, 95);
    console.log(
      `${"all".padEnd(30)}${String(all.length).padStart(5)}${percentile(all, 50).toFixed(1).padStart(9)}${p95.toFixed(1).padStart(9)}${(all.at(-1) ?? 0).toFixed(1).padStart(9)}   p99 ${percentile(all, 99).toFixed(1)}`,
    );
    console.log(
      `\nSearch p95 with ${users} concurrent users over ${count} articles: ${p95.toFixed(1)} ms (target < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? "met" : "NOT met"}).`,
    );
    await disconnectDb();
  } finally {
    await server.stop();
    if (values.keep) console.log(`Kept the database files in ${dataDir}`);
    else await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
