/**
 * npm run bench:search [-- --articles 10000,100000 --users 10 --rounds 50 --keep]
 *
 * Issues 7 and 20's search figures: a project of generated articles (from the sample text, with
 * 5 spans and a claim each, an English translation of every tenth, 200 entities) in a fresh
 * embedded PostgreSQL in a temporary directory, grown to each size of `--articles` in turn (COPY);
 * at each size `--users` simulated users each run `--rounds` searches one after another, all users
 * at once, through searchProject — the function the API route calls (SQL full-text query, ranking,
 * counts, snippets and highlights; no HTTP). Beside it, interleaved in five slices, the baseline:
 * the same users running the bare lookup of the same words — one newest-first page of matching
 * articles from the same GIN index over the same number of connections, one statement, no counts,
 * no other kinds, no snippets. Prints p50/p95/p99/max per query and overall, and the ratio of the
 * p95s, and the CPU time per search of this process and of the database server's backends (read
 * from /proc on Linux), which a shared machine's load changes far less than the times. Targets:
 * p95 under 50 ms at 10,000 articles and under 100 ms at 100,000, 10 users.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os, { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";
import type { TSearchInput } from "../../lib/search/search-input";
import { addArticles, generateArticles, insertCorpus } from "./search-data";

/**
 * CPU seconds (user + system) the database server's client backends have used so far, read from
 * /proc (Linux; null elsewhere). CPU per search varies far less with the machine's load than its
 * time does.
 */
async function backendCpuSeconds(admin: postgres.Sql): Promise<number | null> {
  const rows = await admin<Array<{ pid: number }>>`
    select pid from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`;
  let ticks = 0;
  for (const { pid } of rows) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
    if (stat === null) return null;
    // utime and stime: fields 14 and 15, after the command name in parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/** p95 targets by corpus size (issue 20). */
const targetFor = (articles: number) => (articles <= 10_000 ? 50 : 100);
const SLICES = 5;

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

/** The words of a query as the bare lookup takes them: quotes make a phrase, negated words are dropped. */
function bareTerm(q: string): { term: string; phrase: boolean } {
  const phrase = /^".*"$/.test(q.trim());
  const term = q
    .replace(/"/g, "")
    .split(/\s+/)
    .filter((w) => w && !w.startsWith("-"))
    .join(" ");
  return { term, phrase };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000,100000" },
      users: { type: "string", default: "10" },
      rounds: { type: "string", default: "50" },
      keep: { type: "boolean" },
    },
  });
  const sizes = values.articles.split(",").map(Number);
  const users = Number(values.users);
  const rounds = Number(values.rounds);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-bench-search-"));
  console.log(`Starting a fresh embedded PostgreSQL in ${dataDir}…`);
  const server = await startEmbeddedPostgres({ dataDir, database: "bench", port: 0, volatile: true });
  const summary: string[] = [];
  try {
    await applyMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    const { searchProject } = await import("../../lib/search/search-project");
    const { disconnectDb } = await import("../../lib/db");
    const { env } = await import("../../lib/env");
    const admin = postgres(server.url, { max: 1, onnotice: () => undefined });
    // The bare lookup gets as many connections as searches do (the two search pools, see lib/db.ts).
    const bare = postgres(server.url, { max: 2 * env().SEARCH_POOL_MAX, onnotice: () => undefined });
    const texts = await sampleTexts();
    let corpus: Awaited<ReturnType<typeof insertCorpus>> | undefined;
    let loaded = 0;
    for (const count of sizes) {
      const started = performance.now();
      const articles = generateArticles(texts, count).slice(loaded);
      if (!corpus) corpus = await insertCorpus(admin, articles);
      else await addArticles(admin, corpus, articles, loaded);
      loaded = count;
      const [stored] = await admin<
        Array<{ articles: number; spans: number; claims: number; translations: number; entities: number }>
      >`
        select (select count(*)::int from "Article") as articles, (select count(*)::int from "Span") as spans, (select count(*)::int from "Claim") as claims,
          (select count(*)::int from "TranslationRevision") as translations, (select count(*)::int from "Entity") as entities`;
      console.log(
        `\nLoaded ${JSON.stringify(stored)} (${articles.length} new articles in ${((performance.now() - started) / 1000).toFixed(1)} s, COPY, stored tsvectors computed as rows arrive, search indexes built after).`,
      );
      const { projectId, adminId, labelIds, eventIds } = corpus;
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
      const lookup = (q: string) => {
        const { term, phrase } = bareTerm(q);
        return bare`
          select id, title from "Article"
          where "projectId" = ${projectId}::uuid and "deletedAt" is null and "searchVector" @@ wb_search_term(${term}, ${phrase})
          order by "publishedAt" desc nulls last limit 20`;
      };

      // Warm-up: one pass of each, not measured (plans, caches, JIT).
      for (const [, input] of queries) {
        await searchProject({ actor, projectId, input });
        await lookup(input.q ?? "");
      }

      const timings = new Map<string, number[]>();
      const baseline: number[] = [];
      let searchSeconds = 0;
      // CPU of the searches alone (the lookups run apart from them): this process and the server.
      const cpu = { node: 0, server: 0 as number | null };
      const per = Math.ceil(rounds / SLICES);
      for (let slice = 0; slice < SLICES; slice++) {
        const run = async (measure: (u: number, r: number) => Promise<void>) =>
          Promise.all(
            Array.from({ length: users }, async (_, u) => {
              for (let r = slice * per; r < Math.min(rounds, (slice + 1) * per); r++) await measure(u, r);
            }),
          );
        const searches = () =>
          run(async (u, r) => {
            const [name, input] = queries[(u * 7 + r) % queries.length]!;
            const t = performance.now();
            await searchProject({ actor, projectId, input });
            const ms = performance.now() - t;
            timings.set(name, [...(timings.get(name) ?? []), ms]);
          });
        const lookups = () =>
          run(async (u, r) => {
            const [, input] = queries[(u * 7 + r) % queries.length]!;
            const t = performance.now();
            await lookup(input.q ?? "");
            baseline.push(performance.now() - t);
          });
        if (slice % 2 === 1) await lookups();
        const t = performance.now();
        const [nodeBefore, serverBefore] = [process.cpuUsage(), await backendCpuSeconds(admin)];
        await searches();
        searchSeconds += (performance.now() - t) / 1000;
        const nodeUsed = process.cpuUsage(nodeBefore);
        const serverAfter = await backendCpuSeconds(admin);
        cpu.node += (nodeUsed.user + nodeUsed.system) / 1e6;
        cpu.server =
          cpu.server === null || serverBefore === null || serverAfter === null
            ? null
            : cpu.server + serverAfter - serverBefore;
        if (slice % 2 === 0) await lookups();
      }
      const all = [...timings.values()].flat().sort((a, b) => a - b);
      const base = [...baseline].sort((a, b) => a - b);
      console.log(
        `${users} concurrent users × ${rounds} searches = ${all.length} searches (${(all.length / searchSeconds).toFixed(1)} searches/s), interleaved with as many bare lookups\n`,
      );
      console.log(
        `${"query".padEnd(30)}${"n".padStart(5)}${"p50".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}`,
      );
      for (const [name] of queries) {
        const t = [...(timings.get(name) ?? [])].sort((a, b) => a - b);
        console.log(
          `${name.padEnd(30)}${String(t.length).padStart(5)}${percentile(t, 50).toFixed(1).padStart(9)}${percentile(t, 95).toFixed(1).padStart(9)}${(t.at(-1) ?? 0).toFixed(1).padStart(9)}`,
        );
      }
      const p95 = percentile(all, 95);
      const baseP95 = percentile(base, 95);
      const line = (name: string, t: number[]) =>
        `${name.padEnd(30)}${String(t.length).padStart(5)}${percentile(t, 50).toFixed(1).padStart(9)}${percentile(t, 95).toFixed(1).padStart(9)}${(t.at(-1) ?? 0).toFixed(1).padStart(9)}   p99 ${percentile(t, 99).toFixed(1)}`;
      console.log(line("all", all));
      console.log(line("bare lookup (baseline)", base));
      const perSearch = (seconds: number) => `${((seconds * 1000) / all.length).toFixed(1)} ms`;
      const cpuLine = `CPU per search ${perSearch(cpu.node)} here${cpu.server === null ? "" : ` + ${perSearch(cpu.server)} in the database server`}`;
      const target = targetFor(count);
      const result = `${count} articles, ${users} users: search p95 ${p95.toFixed(1)} ms = ${(p95 / baseP95).toFixed(1)}× the bare lookup's ${baseP95.toFixed(1)} ms (p50 ${percentile(all, 50).toFixed(1)} vs ${percentile(base, 50).toFixed(1)}); target p95 < ${target} ms: ${p95 < target ? "met" : "NOT met"}; ${cpuLine}; load average ${loadavg()[0]!.toFixed(1)}`;
      summary.push(result);
      console.log(`\n${result}`);
    }
    await admin.end();
    await bare.end();
    await disconnectDb();
    console.log(`\n${summary.join("\n")}`);
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
