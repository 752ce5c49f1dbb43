/**
 * npm run incidents:common-words [-- --min 0.2]
 *
 * Writes lib/incidents/common-words.ts (then formats it with Biome): the terms used in the reports of at least `min` of the
 * stories of the development part and the sample corpus (a story: the reports of one incident, by
 * the gold's incident of most of a report's figures; a report with none is a story of its own).
 * Words of many stories are words of any news report on attacks and say nothing about which
 * incident; counting stories rather than reports keeps an incident told eleven times from making
 * its own place name common. Only the development part is read; the held-out parts never are.
 */
import { execFileSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { matchKey } from "../../lib/arabic/normalize";
import { termsIn } from "../../lib/incidents/terms";

const ROOT = process.cwd();
const REPORTS = path.join(ROOT, "fixtures", "reports");

type TGoldArticle = { file: string; casualties: Array<{ incident?: string }>; counts: Array<{ incident?: string }> };

/** The incident most of a report's gold figures belong to, else the report itself. */
function storyOf(gold: TGoldArticle): string {
  const n = new Map<string, number>();
  for (const f of [...gold.casualties, ...gold.counts]) if (f.incident) n.set(f.incident, (n.get(f.incident) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? gold.file;
}

/** Each story's terms: the development reports grouped by incident, and each sample article alone. */
async function stories(): Promise<Set<string>[]> {
  const gold = JSON.parse(await readFile(path.join(REPORTS, "gold-dev.json"), "utf8")) as { articles: TGoldArticle[] };
  const byStory = new Map<string, Set<string>>();
  for (const g of gold.articles) {
    const a = JSON.parse(await readFile(path.join(REPORTS, "articles", `${g.file}.json`), "utf8")) as {
      split: string;
      text: string;
    };
    if (a.split !== "dev") throw new Error(`${g.file}: in gold-dev.json but its split is ${a.split}`);
    const story = storyOf(g);
    byStory.set(story, new Set([...(byStory.get(story) ?? []), ...termsIn(matchKey(a.text))]));
  }
  const corpus = path.join(ROOT, "sample", "corpus");
  const samples = (await readdir(corpus)).filter((f) => f.endsWith(".txt")).sort();
  for (const file of samples)
    byStory.set(file, new Set(termsIn(matchKey(await readFile(path.join(corpus, file), "utf8")))));
  return [...byStory.values()];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { min: { type: "string", default: "0.2" } } });
  const all = await stories();
  const df = new Map<string, number>();
  for (const terms of all) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const least = Math.ceil(Number(values.min) * all.length);
  const words = [...df]
    .filter(([, n]) => n >= least)
    .map(([t]) => t)
    .sort();
  // How many stories use each term that more than one does (rarer terms weigh the most).
  const shared = Object.fromEntries([...df].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
  const file = path.join(ROOT, "lib", "incidents", "common-words.ts");
  const data = { stories: all.length, minShare: Number(values.min), words, df: shared };
  await writeFile(
    file,
    `/** Written by \`npm run incidents:common-words\` from the development part; not edited by hand. */\nexport const COMMON_WORDS: {\n  stories: number;\n  minShare: number;\n  words: string[];\n  df: Record<string, number>;\n} = ${JSON.stringify(data, null, 2)};\n`,
  );
  execFileSync(path.join(ROOT, "node_modules", ".bin", "biome"), ["format", "--write", file], { stdio: "ignore" });
  console.log(
    `${words.length} common words (in at least ${least} of ${all.length} stories) → ${path.relative(ROOT, file)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
