/**
 * npm run bench:import [-- --articles 2000]
 *
 * Issue 20's import figure: `npm run import` of a folder of generated Arabic articles (about 3 KB
 * each, .txt) into a fresh embedded PostgreSQL in a temporary directory, timed as the user waits
 * for it (the whole command, start to exit) and as the import itself (the CLI's own figure);
 * beside it, in the same run, a raw `COPY … FROM STDIN` of the same articles' rows and their
 * segments into tables shaped like the real ones, with their indexes. The ratio is the figure.
 * Target: at least 500 articles/s.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { v7 as uuidv7 } from "uuid";
import { textHash } from "../../lib/articles/text-hash";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";
import { segmentText } from "../../lib/text/segment";
import { generateArticle, samplePieces } from "./support/bench-app";

const TARGET_PER_SECOND = 500;

type TCliRun = { wallSeconds: number; importSeconds: number; imported: number };

/** Runs `npm run import`'s script on the folder, as a user would, and reads its summary. */
function runImport(url: string, folder: string): Promise<TCliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", path.join("scripts", "import.ts"), "--project", "Import benchmark", folder],
      { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    proc.once("error", reject);
    proc.once("exit", (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const summary = /(\d+) article\(s\) imported, (\d+) file\(s\) refused/.exec(out);
      const timing = /in ([\d.]+) s/.exec(out);
      if (code !== 0 || !summary || !timing)
        reject(new Error(`the import exited with code ${code}:\n${out}\n${err.slice(-2000)}`));
      else resolve({ wallSeconds, importSeconds: Number(timing[1]), imported: Number(summary[1]) });
    });
  });
}

/** The same articles and segments as rows, copied raw into look-alike tables (with their indexes). */
async function timeCopy(url: string, texts: string[], round: number): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [project] = await sql<{ id: string }[]>`select id from "Project" where name = 'Import benchmark'`;
    await sql.unsafe(`
      drop table if exists copy_article, copy_segment;
      create table copy_article (like "Article" including all);
      create table copy_segment (like "Segment" including all)`);
    const esc = (s: string) =>
      s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
    const now = new Date().toISOString();
    const articleLines: string[] = [];
    const segmentLines: string[] = [];
    for (const [i, raw] of texts.entries()) {
      const text = `${raw}\n${round}`;
      const id = uuidv7();
      articleLines.push(
        [id, project!.id, esc(`تقرير ${i}`), "\\N", "\\N", esc(text), textHash(text), "\\N", "\\N", now, now].join(
          "\t",
        ),
      );
      const { paragraphs, sentences } = segmentText(text);
      for (const [kind, list] of [
        ["PARAGRAPH", paragraphs],
        ["SENTENCE", sentences],
      ] as const)
        for (const g of list)
          segmentLines.push([uuidv7(), id, kind, g.index, g.paragraphIndex, g.start, g.end].join("\t"));
    }
    const started = performance.now();
    await sql.begin(async (tx) => {
      const articles = await tx
        .unsafe(
          `copy copy_article (id, "projectId", title, source, url, text, "textHash", "publishedAt", "createdById", "createdAt", "updatedAt") from stdin`,
        )
        .writable();
      await pipeline(Readable.from([`${articleLines.join("\n")}\n`]), articles);
      const segments = await tx
        .unsafe(`copy copy_segment (id, "articleId", kind, index, "paragraphIndex", start, "end") from stdin`)
        .writable();
      await pipeline(Readable.from([`${segmentLines.join("\n")}\n`]), segments);
    });
    return (performance.now() - started) / 1000;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string" } } });
  const count = Number(values.articles ?? 2_000);
  const work = await mkdtemp(path.join(os.tmpdir(), "wb-bench-import-"));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-bench-import-db-"));
  const server = await startEmbeddedPostgres({ dataDir, database: "bench", port: 0, volatile: true });
  try {
    await applyMigrations(server.url);
    const sql = postgres(server.url, { max: 1, onnotice: () => undefined });
    try {
      const [project] = await sql<{ id: string }[]>`
        insert into "Project" (id, name, "updatedAt") values (gen_random_uuid(), 'Import benchmark', now()) returning id`;
      await sql`
        insert into "User" (id, email, name, "passwordHash", "isAdmin", "updatedAt")
        values (gen_random_uuid(), 'bench@bench.local', 'bench', '!', true, now())`;
      await sql`
        insert into "Membership" ("projectId", "userId", role)
        select ${project!.id}, id, 'MANAGER'::"Role" from "User"`;
    } finally {
      await sql.end({ timeout: 5 });
    }

    const pieces = await samplePieces();
    const rounds = 3;
    const runs: { cli: TCliRun; copySeconds: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const folder = path.join(work, `round-${round}`);
      await mkdir(folder);
      const texts = Array.from({ length: count }, (_, i) => generateArticle(pieces, 3_000, round * count + i));
      await Promise.all(texts.map((t, i) => writeFile(path.join(folder, `${String(i).padStart(6, "0")}.txt`), t)));
      // Interleaved: the COPY and the import of each round run back to back on the same server.
      const copySeconds = await timeCopy(server.url, texts, round);
      const cli = await runImport(server.url, folder);
      if (cli.imported !== count) throw new Error(`imported ${cli.imported} of ${count}`);
      runs.push({ cli, copySeconds });
      process.stderr.write(
        `round ${round + 1}: import ${cli.importSeconds.toFixed(2)} s (command ${cli.wallSeconds.toFixed(2)} s), COPY ${copySeconds.toFixed(2)} s\n`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const importSeconds = median(runs.map((r) => r.cli.importSeconds));
    const wallSeconds = median(runs.map((r) => r.cli.wallSeconds));
    const copySeconds = median(runs.map((r) => r.copySeconds));
    const perSecond = count / importSeconds;
    console.table([
      {
        "": "npm run import",
        articles: count,
        "time (s)": importSeconds.toFixed(2),
        "articles/s": Math.round(perSecond),
        "× COPY": (importSeconds / copySeconds).toFixed(1),
        "whole command (s)": wallSeconds.toFixed(2),
      },
      {
        "": "raw COPY (articles + segments)",
        articles: count,
        "time (s)": copySeconds.toFixed(2),
        "articles/s": Math.round(count / copySeconds),
        "× COPY": "1.0",
        "whole command (s)": "",
      },
    ]);
    console.log(
      `Import: ${Math.round(perSecond)} articles/s (target ${TARGET_PER_SECOND}): ${perSecond >= TARGET_PER_SECOND ? "met" : "NOT met"}; ` +
        `${(importSeconds / copySeconds).toFixed(1)}× a raw COPY of the same rows; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`,
    );
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
