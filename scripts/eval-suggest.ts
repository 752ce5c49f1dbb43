/**
 * npm run eval:suggest [-- --misses] [-- --json] [-- --part sample|dev|heldout|heldout2|heldout3] [-- --files <regexp>]
 *
 * Runs the suggestion engine (lib/suggest) and compares it with gold written by reading the texts:
 * - sample:  the five sample articles (sample/gold/suggestions.json);
 * - dev:     real reports, development part (fixtures/reports/gold-dev.json);
 * - heldout: real reports, held-out part (fixtures/reports/gold-heldout.json);
 * - heldout2: real reports, a second held-out part whose gold was written by an annotator who never
 *   saw the rules (fixtures/reports/gold-heldout2.json);
 * - heldout3: real reports, a third held-out part collected in the round of engine version 10
 *   (fixtures/reports/gold-heldout3.json).
 * Precision, recall and F1 per kind (statements, speakers, casualties, counts, figures, figure
 * attribution; dates where the gold has them), and how often the victims, perpetrator, counted thing
 * and since-date agree on matched figures. A part whose gold is not there yet is skipped.
 *
 * --files keeps only the articles whose file name matches a regular expression (a batch of new
 * reports measured before any rule is tuned on it: `-- --part dev --files '^d(4[2-9]|5)'`).
 *
 * --misses lists missed, spurious or misattributed items of the sample and the dev part only: the
 * held-out parts are never used to tune rules, so their texts and misses are never printed.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadSampleCorpus, SAMPLE_CORPUS_DIR } from "../lib/seed/sample-corpus";
import { evaluate, ZGoldFile, type EvalKind, type EvalReport, type TGoldArticle } from "../lib/suggest/evaluate";
import { suggestArticle } from "../lib/suggest/suggest-article";

const SAMPLE_GOLD = path.join(process.cwd(), "sample", "gold", "suggestions.json");
const REPORTS = path.join(process.cwd(), "fixtures", "reports");

const REPORT_PARTS = ["dev", "heldout", "heldout2", "heldout3"] as const;

const ZReportArticle = z.object({
  id: z.string(),
  split: z.enum(REPORT_PARTS),
  publishedAt: z.string().nullable().optional(),
  text: z.string(),
});

type TReportPart = (typeof REPORT_PARTS)[number];
type Part = { name: "sample" | TReportPart; gold: string; articles: Array<{ gold: TGoldArticle; text: string }> };
type Run = { part: Part; report: EvalReport; ms: number[] };

/** The parts never used to tune rules: their texts and misses are never printed. */
const isHeldOut = (part: Part) => part.name !== "sample" && part.name !== "dev";

async function samplePart(): Promise<Part> {
  const gold = ZGoldFile.parse(JSON.parse(await readFile(SAMPLE_GOLD, "utf8")));
  const sources = await loadSampleCorpus(SAMPLE_CORPUS_DIR);
  const articles = gold.articles.map((g) => {
    const source = sources.find((s) => s.name === g.file);
    const draft = source?.ok ? source.drafts[0] : undefined;
    if (!draft) throw new Error(`${g.file}: not in the sample corpus`);
    return { gold: g, text: draft.text };
  });
  return { name: "sample", gold: SAMPLE_GOLD, articles };
}

async function reportPart(name: TReportPart, files: RegExp | null): Promise<Part | null> {
  const file = path.join(REPORTS, `gold-${name}.json`);
  if (!existsSync(file)) return null;
  const gold = ZGoldFile.parse(JSON.parse(await readFile(file, "utf8")));
  const articles = await Promise.all(
    gold.articles
      .filter((g) => !files || files.test(g.file))
      .map(async (g) => {
        const a = ZReportArticle.parse(
          JSON.parse(await readFile(path.join(REPORTS, "articles", `${g.file}.json`), "utf8")),
        );
        if (a.split !== name) throw new Error(`${g.file}: listed in gold-${name}.json but its split is ${a.split}`);
        return { gold: g, text: a.text.normalize("NFC") };
      }),
  );
  return { name, gold: file, articles };
}

function run(part: Part): Run {
  const ms: number[] = [];
  const report = evaluate(
    part.articles.map(({ gold, text }) => {
      const started = performance.now();
      const proposals = suggestArticle({ text, publishedAt: gold.publishedAt });
      ms.push(performance.now() - started);
      return { gold, text, proposals };
    }),
  );
  return { part, report, ms };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const ROWS: Array<[EvalKind, string]> = [
  ["statements", "statements (content found)"],
  ["speakers", "speaker attribution"],
  ["casualties", "casualty figures"],
  ["counts", "counts"],
  ["figures", "figures (casualties + counts)"],
  ["attribution", "figures with the right source"],
  ["dates", "dates (resolved to the day)"],
];

function print({ part, report, ms }: Run, showMisses: boolean): void {
  console.log(`\n== ${part.name}: ${path.relative(process.cwd(), part.gold)} (${part.articles.length} articles)\n`);
  console.log(`${"kind".padEnd(31)}${"P".padStart(7)}${"R".padStart(8)}${"F1".padStart(8)}    tp  fp  fn`);
  for (const [kind, label] of ROWS) {
    if ((kind === "dates" || kind === "attribution") && !report.scored[kind]) continue;
    const s = report.scores[kind];
    console.log(
      `${label.padEnd(31)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`,
    );
  }
  if (report.scored.attribution) {
    const matched = report.scores.figures.tp;
    console.log(
      `  (right source on matched figures: ${report.scores.attribution.tp}/${matched}${matched ? `, ${pct(report.scores.attribution.tp / matched).trim()}` : ""})`,
    );
  }
  console.log("On matched figures:");
  for (const [name, a] of Object.entries(report.attributes)) {
    console.log(
      `  ${name.padEnd(12)} ${a.correct}/${a.total} agree${a.total ? ` (${pct(a.correct / a.total).trim()})` : ""}`,
    );
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`Engine time per article: median ${median.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  if (isHeldOut(part)) return;
  if (showMisses) {
    console.log("Misses:");
    for (const m of report.misses)
      console.log(
        `  ${m.file.slice(0, 4)} ${m.kind.padEnd(11)} ${m.what.padEnd(13)} ${m.text}${m.detail ? `  [${m.detail}]` : ""}`,
      );
  } else {
    console.log(`${report.misses.length} missed, spurious or misattributed items; run with -- --misses to list them.`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      misses: { type: "boolean" },
      json: { type: "boolean" },
      part: { type: "string", multiple: true },
      files: { type: "string" },
    },
  });
  const files = values.files ? new RegExp(values.files) : null;
  const wanted = new Set(values.part ?? ["sample", ...REPORT_PARTS]);
  const parts = [
    wanted.has("sample") ? await samplePart() : null,
    ...(await Promise.all(REPORT_PARTS.map((name) => (wanted.has(name) ? reportPart(name, files) : null)))),
  ].filter((p): p is Part => p !== null);
  // Warm the engine once so the first article's time is not start-up.
  suggestArticle({ text: "وقال مسؤول إن 3 جنود قتلوا.", publishedAt: null });
  const runs = parts.map(run);
  if (values.json) {
    const out = runs.map((r) => ({
      part: r.part.name,
      scores: r.report.scores,
      attributes: r.report.attributes,
      ...(isHeldOut(r.part) ? {} : { misses: r.report.misses }),
    }));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const r of runs) print(r, values.misses === true);
  for (const name of REPORT_PARTS) {
    if (wanted.has(name) && !parts.some((p) => p.name === name))
      console.log(`\n== ${name}: fixtures/reports/gold-${name}.json is not there yet`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
