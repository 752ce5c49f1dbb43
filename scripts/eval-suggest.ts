/**
 * npm run eval:suggest [-- --misses] [-- --json]
 *
 * Runs the suggestion engine (lib/suggest) on the five sample articles and compares it with the
 * gold file written by reading them (sample/gold/suggestions.json): precision, recall and F1 per
 * kind, and how often the victims, perpetrator, counted thing and since-date agree on matched
 * figures. --misses lists every missed, spurious or wrongly attributed item.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSampleCorpus, SAMPLE_CORPUS_DIR } from "../lib/seed/sample-corpus";
import { evaluate, ZGoldFile, type EvalKind } from "../lib/suggest/evaluate";
import { suggestArticle } from "../lib/suggest/suggest-article";

const GOLD = path.join(process.cwd(), "sample", "gold", "suggestions.json");

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { misses: { type: "boolean" }, json: { type: "boolean" } } });
  const gold = ZGoldFile.parse(JSON.parse(await readFile(GOLD, "utf8")));
  const sources = await loadSampleCorpus(SAMPLE_CORPUS_DIR);
  const articles = gold.articles.map((g) => {
    const source = sources.find((s) => s.name === g.file);
    const draft = source?.ok ? source.drafts[0] : undefined;
    if (!draft) throw new Error(`${g.file}: not in the sample corpus`);
    const started = performance.now();
    const proposals = suggestArticle({ text: draft.text, publishedAt: g.publishedAt });
    return { gold: g, text: draft.text, proposals, ms: performance.now() - started };
  });
  const report = evaluate(articles);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows: Array<[EvalKind, string]> = [
    ["statements", "statements (content found)"],
    ["speakers", "speaker attribution"],
    ["casualties", "casualty figures"],
    ["counts", "counts"],
    ["figures", "figures (casualties + counts)"],
    ["dates", "dates (resolved to the day)"],
  ];
  console.log(`Suggestion engine vs ${path.relative(process.cwd(), GOLD)} (${articles.length} articles)\n`);
  console.log(`${"kind".padEnd(31)}${"P".padStart(7)}${"R".padStart(8)}${"F1".padStart(8)}    tp  fp  fn`);
  for (const [kind, label] of rows) {
    const s = report.scores[kind];
    console.log(`${label.padEnd(31)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`);
  }
  console.log("\nOn matched figures:");
  for (const [name, a] of Object.entries(report.attributes)) {
    console.log(`  ${name.padEnd(12)} ${a.correct}/${a.total} agree${a.total ? ` (${pct(a.correct / a.total).trim()})` : ""}`);
  }
  const times = articles.map((a) => a.ms);
  console.log(`\nEngine time per article: ${times.map((t) => `${t.toFixed(1)} ms`).join(", ")} (the first includes start-up)`);
  if (values.misses) {
    console.log("\nMisses:");
    for (const m of report.misses) console.log(`  ${m.file.slice(0, 3)} ${m.kind.padEnd(10)} ${m.what.padEnd(13)} ${m.text}${m.detail ? `  [${m.detail}]` : ""}`);
  } else {
    console.log(`\n${report.misses.length} missed, spurious or misattributed items; run with -- --misses to list them.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
