/**
 * npm run import:dataset -- --file dataset.jsonl (--project <id or name> | --new-project <name>) [--as email]
 *
 * Imports a JSONL dataset (made by `npm run export -- --format jsonl`) into an empty project of
 * DATABASE_URL (or the embedded database in .data/postgres), or into a new project made for it
 * (administrators), acting as --as (default: the oldest administrator). All or nothing: a bad
 * line is reported with its number and reason, and nothing is imported.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openAppDatabase } from "../lib/database/app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      project: { type: "string" },
      "new-project": { type: "string" },
      as: { type: "string" },
    },
  });
  if (!values.file) throw new Error("Give the dataset: --file dataset.jsonl");
  if (!values.project === !values["new-project"])
    throw new Error("Give either --project <id or name> or --new-project <name>");
  const size = (await stat(values.file)).size;
  const database = await openAppDatabase({ onLog: (message) => console.error(message) });
  process.env.DATABASE_URL = database.url;
  const { disconnectDb } = await import("../lib/db");
  const { commandActor, findProject, formatBytes } = await import("../lib/datasets/cli");
  const { importJsonl } = await import("../lib/datasets/import-jsonl");
  const { readLines } = await import("../lib/datasets/read-lines");
  const { createProject } = await import("../lib/projects/create-project");
  let created: { id: string; name: string } | undefined;
  try {
    const actor = await commandActor(values.as);
    const project = values["new-project"]
      ? await createProject({ actor, input: { name: values["new-project"] } })
      : await findProject(values.project ?? "");
    if (values["new-project"]) created = project;
    const started = Date.now();
    let read = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of createReadStream(values.file ?? "")) {
        const bytes = chunk as Buffer;
        read += bytes.byteLength;
        yield bytes;
      }
    }
    const result = await importJsonl({
      actor,
      projectId: project.id,
      lines: readLines(counted()),
      source: path.basename(values.file),
      onProgress: (articles) => {
        if (articles % 100 === 0)
          process.stderr.write(`${articles} articles, ${formatBytes(read)} of ${formatBytes(size)}\n`);
      },
    });
    process.stderr.write(
      `Imported into "${project.name}" (${project.id}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${result.articles} articles, ${result.spans} spans, ${result.claims} claims, ${result.translations} translations, ` +
        `${result.links} links, ${result.verdicts} verdicts, ${result.entities} entities, ${result.events} events.\n`,
    );
    if (result.users.placeholders.length > 0) {
      process.stderr.write(
        `Authors without an account here, recorded as inactive placeholders: ${result.users.placeholders.map((p) => `${p.name} <${p.email}>`).join(", ")}\n`,
      );
    }
  } catch (error) {
    if (created) process.stderr.write(`The new project "${created.name}" (${created.id}) was made but stays empty.\n`);
    throw error;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
