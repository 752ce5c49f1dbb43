/**
 * npm run export -- --format jsonl|csv|w3c|brat|claimreview|incidents --project <id or name> [--out file]
 *                   [--articles id,id] [--reviewed-only] [--proposed] [--layers curated|curated+raw]
 *                   [--agreement] [--as email]
 *
 * Exports a project from DATABASE_URL (or the embedded database in .data/postgres), as the API
 * does, acting as --as (a manager of the project or an administrator; default: the oldest
 * administrator). Writes to --out, or to standard output when it is not a terminal, or else to a
 * file named after the project in the current directory. Progress goes to standard error.
 * `--format incidents` writes the incident ledgers (a zip of three CSV tables); `--proposed` adds
 * machine-proposed claims, which are left out otherwise. `--layers curated+raw` adds each analyst's
 * raw layer and `--agreement` the agreement report: the output is then a zip of the export and
 * those files (lib/datasets/export-layers.ts).
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { openAppDatabase } from "../lib/database/app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string", default: "jsonl" },
      project: { type: "string" },
      out: { type: "string" },
      articles: { type: "string" },
      "reviewed-only": { type: "boolean", default: false },
      proposed: { type: "boolean", default: false },
      layers: { type: "string", default: "curated" },
      agreement: { type: "boolean", default: false },
      as: { type: "string" },
    },
  });
  if (!values.project) throw new Error("Give the project: --project <id or name>");
  const database = await openAppDatabase({ onLog: (message) => console.error(message) });
  process.env.DATABASE_URL = database.url;
  // lib/db connects with DATABASE_URL as it is when first imported.
  const { disconnectDb } = await import("../lib/db");
  const { commandActor, findProject, formatBytes } = await import("../lib/datasets/cli");
  const { exportProject } = await import("../lib/datasets/export-project");
  const { EXPORT_FORMATS } = await import("../lib/export/types");
  const { EXPORT_LAYERS } = await import("../lib/datasets/export-layers");
  const format = EXPORT_FORMATS.find((f) => f === values.format);
  try {
    if (!format) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
    const layers = EXPORT_LAYERS.find((l) => l === values.layers);
    if (!layers) throw new Error(`--layers must be one of ${EXPORT_LAYERS.join(", ")}`);
    const actor = await commandActor(values.as);
    const project = await findProject(values.project);
    const started = Date.now();
    let bytes = 0;
    let articles = 0;
    let reported = -1;
    const report = (final = false) => {
      if (!final && articles === reported) return;
      reported = articles;
      const line = `${project.name}: ${articles}/${prepared.totalArticles} articles, ${formatBytes(bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (process.stderr.isTTY) process.stderr.write(`\r${line}${final ? "\n" : ""}`);
      else if (final || articles % 500 === 0) process.stderr.write(`${line}\n`);
    };
    const prepared = await exportProject({
      actor,
      projectId: project.id,
      query: {
        format,
        articleIds: values.articles
          ? values.articles
              .split(",")
              .map((id) => id.trim())
              .filter(Boolean)
          : null,
        reviewedOnly: values["reviewed-only"],
        includeProposed: values.proposed,
        layers,
        agreement: values.agreement,
      },
      onProgress: (done) => {
        articles = done;
        report();
      },
    });
    const target = values.out ?? (process.stdout.isTTY ? prepared.filename : undefined);
    const out = target ? createWriteStream(target) : process.stdout;
    for await (const chunk of prepared.chunks()) {
      bytes += chunk.byteLength;
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (target) {
      out.end();
      await once(out, "finish");
    }
    report(true);
    if (target) process.stderr.write(`Wrote ${target}\n`);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`\nExport failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
