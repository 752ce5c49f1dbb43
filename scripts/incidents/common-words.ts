/**
 * npm run incidents:common-words [-- --min 0.08]
 *
 * Writes lib/incidents/common-words.json: the terms found in at least `min` of the development
 * reports and the sample corpus (words of any news report on attacks, which say nothing about
 * which incident). Only the development part is read; the held-out parts never are.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { matchKey } from "../../lib/arabic/normalize";
import { termsIn } from "../../lib/incidents/terms";

const ROOT = process.cwd();

async function texts(): Promise<string[]> {
  const dir = path.join(ROOT, "fixtures", "reports", "articles");
  const out: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
    const a = JSON.parse(await readFile(path.join(dir, file), "utf8")) as { split: string; text: string };
    if (a.split === "dev") out.push(a.text);
  }
  const corpus = path.join(ROOT, "sample", "corpus");
  for (const file of (await readdir(corpus)).filter((f) => f.endsWith(".txt")).sort())
    out.push(await readFile(path.join(corpus, file), "utf8"));
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { min: { type: "string", default: "0.08" } } });
  const all = await texts();
  const df = new Map<string, number>();
  for (const text of all) for (const t of new Set(termsIn(matchKey(text)))) df.set(t, (df.get(t) ?? 0) + 1);
  const least = Math.ceil(Number(values.min) * all.length);
  const words = [...df]
    .filter(([, n]) => n >= least)
    .map(([t]) => t)
    .sort();
  // How many reports use each term that more than one does (rarer terms weigh the most).
  const shared = Object.fromEntries([...df].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
  const file = path.join(ROOT, "lib", "incidents", "common-words.json");
  await writeFile(
    file,
    `${JSON.stringify({ reports: all.length, minShare: Number(values.min), words, df: shared })}\n`,
  );
  console.log(
    `${words.length} common words (in at least ${least} of ${all.length} reports) → ${path.relative(ROOT, file)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
