/**
 * npm run import -- [--project <id or name>] [--as <email>] [--title-mode auto|first-line|none]
 *                    [--manifest <titles.json>] <files, folders or web addresses…>
 *
 * Imports .txt, .json and .jsonl articles, saved web pages (.html) and Word documents (.docx), and
 * web pages by address (http:// or https://, fetched like the import page does) into a project,
 * with progress, through the same checks as the upload form and the API: each file or address is
 * imported whole or refused with its reason. Uses
 * DATABASE_URL, else the embedded database (the running one if `npm start` is serving it). A
 * manifest (JSON of file name → title or { title, publishedAt, source, url }) sets those over
 * what the files say.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openAppDatabase } from "../lib/database/app-database";

const EXTENSIONS = [".txt", ".json", ".jsonl", ".html", ".htm", ".docx"];
const isAddress = (input: string) => /^https?:\/\//i.test(input);
const FILES_PER_CALL = 1_000;

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new Error(`No such file or folder: ${input}`);
    if (info.isDirectory()) {
      const entries = (await readdir(input)).sort();
      files.push(
        ...(await expand(
          entries.filter((e) => EXTENSIONS.includes(path.extname(e).toLowerCase())).map((e) => path.join(input, e)),
        )),
      );
    } else files.push(input);
  }
  return files;
}

function progress(done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} files`);
  if (done === total) process.stderr.write("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      project: { type: "string" },
      as: { type: "string" },
      "title-mode": { type: "string", default: "auto" },
      manifest: { type: "string" },
    },
  });
  if (positionals.length === 0)
    throw new Error('Name the files or folders to import: npm run import -- --project "Sample corpus" articles/*.txt');
  const titleMode = values["title-mode"];
  if (titleMode !== "auto" && titleMode !== "first-line" && titleMode !== "none")
    throw new Error("--title-mode must be auto, first-line or none");
  const urls = positionals.filter(isAddress);
  const files = await expand(positionals.filter((p) => !isAddress(p)));
  const { applyManifest, parseManifest } = await import("../lib/import/manifest");
  const manifest = values.manifest ? parseManifest(await readFile(values.manifest, "utf8")) : null;
  if (typeof manifest === "string") throw new Error(`${values.manifest}: ${manifest}`);
  const database = await openAppDatabase();
  process.env.DATABASE_URL = database.url;
  // Imported only now: lib modules read DATABASE_URL when first used.
  const { db, disconnectDb } = await import("../lib/db");
  const { env } = await import("../lib/env");
  const { parseUploadedFile } = await import("../lib/import/parse-upload");
  const { isDocumentFile, parseDocumentFile } = await import("../lib/import/parse-document");
  const { importWebPages, MAX_URLS_PER_REQUEST } = await import("../lib/articles/import-web-pages");
  const { importArticles } = await import("../lib/articles/import-articles");
  const { actingUserSelect } = await import("../lib/auth/acting-user");
  try {
    const actor = await db.user.findFirst({
      where: values.as ? { email: values.as.toLowerCase() } : { isAdmin: true, deactivatedAt: null },
      orderBy: { createdAt: "asc" },
      select: actingUserSelect,
    });
    if (!actor) throw new Error(values.as ? `No user ${values.as}` : "No administrator yet: run npm start once first");
    const project = await db.project.findFirst({
      where: values.project
        ? /^[0-9a-f-]{36}$/i.test(values.project)
          ? { id: values.project }
          : { name: values.project }
        : {},
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true },
    });
    if (!project) throw new Error(values.project ? `No project ${values.project}` : "No project yet");
    const { MAX_ARTICLE_BYTES: maxBytes, IMPORT_MAX_PAGE_BYTES: pageBytes } = env();
    console.log(
      `Importing ${files.length} file(s)${urls.length ? ` and ${urls.length} address(es)` : ""} into "${project.name}" as ${actor.email}`,
    );
    let imported = 0;
    let refused = 0;
    const started = performance.now();
    // Files are read and imported a thousand at a time: the import writes many files per
    // transaction, and memory holds one such slice of the corpus.
    for (let start = 0; start < files.length; start += FILES_PER_CALL) {
      const slice = files.slice(start, start + FILES_PER_CALL);
      const parsed = await Promise.all(
        slice.map(async (file) =>
          isDocumentFile(file)
            ? parseDocumentFile(path.basename(file), new Uint8Array(await readFile(file)), pageBytes)
            : parseUploadedFile(path.basename(file), new Uint8Array(await readFile(file)), { maxBytes, titleMode }),
        ),
      );
      const sources = manifest ? applyManifest(parsed, manifest) : parsed;
      const summary = await importArticles({
        actor,
        projectId: project.id,
        sources,
        onProgress: (done) => progress(start + done, files.length),
      });
      for (const [i, result] of summary.results.entries()) {
        if (result.status === "imported") imported += result.articles.length;
        else {
          refused++;
          process.stderr.write(`\n${slice[i]}: refused: ${result.error?.message}\n`);
        }
      }
    }
    for (let start = 0; start < urls.length; start += MAX_URLS_PER_REQUEST) {
      const slice = urls.slice(start, start + MAX_URLS_PER_REQUEST);
      const summary = await importWebPages({
        actor,
        projectId: project.id,
        input: { urls: slice },
        onProgress: (done) => progress(start + done, urls.length),
      });
      for (const [i, result] of summary.results.entries()) {
        if (result.status === "imported") imported += result.articles.length;
        else {
          refused++;
          process.stderr.write(`\n${slice[i]}: refused: ${result.error?.message}\n`);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${imported} article(s) imported, ${refused} file(s) refused in ${seconds.toFixed(2)} s (${Math.round(imported / seconds)} articles/s).`,
    );
    return refused > 0 ? 2 : 0;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
