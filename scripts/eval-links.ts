/**
 * npm run eval:links [-- --errors] [-- --part dev|heldout|heldout2|heldout3|all] [-- --only d60,d61,…]
 *
 * Runs extraction (lib/suggest), incident clustering and the link rules (lib/incidents/reconcile.ts)
 * on the real reports in fixtures/reports and compares them with the gold written by reading them:
 * relation accuracy over the gold pairs and pairwise precision/recall/F1 of incident clustering,
 * for the development part and the three held-out parts separately (the second one's gold was written
 * by an annotator who never saw the rules; the third was collected in the round of engine version
 * 10). --errors lists the wrong pairs of the development part only: the held-out parts are
 * never read for tuning. --only keeps the reports whose
 * ids start with one of the given prefixes (a batch measured on its own before any rule was tuned on it).
 * With INCIDENTS_GAZETTEER=countries the gazetteer knows countries only: how the rules do on places
 * they were not given.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { evaluateLinks, ZLinkGold, type TLinkGold, type TLinkReport } from "../lib/incidents/evaluate-links";
import { reconcile, type TReportClaim } from "../lib/incidents/reconcile";
import { suggestArticle } from "../lib/suggest/suggest-article";

const REPORTS = path.join(process.cwd(), "fixtures", "reports");

const REPORT_PARTS = ["dev", "heldout", "heldout2", "heldout3"] as const;
type TReportPart = (typeof REPORT_PARTS)[number];
const PART_TITLES: Record<TReportPart, string> = {
  dev: "Development part",
  heldout: "Held-out part (never tuned on)",
  heldout2: "Held-out part 2 (gold written without the rules; never tuned on)",
  heldout3: "Held-out part 3 (collected in the round of engine version 10; never tuned on)",
};
const ZReportArticle = z.object({
  id: z.string(),
  split: z.enum(REPORT_PARTS),
  publishedAt: z.string(),
  text: z.string(),
});

/** The gold restricted to the reports whose ids start with one of `prefixes`, and the pairs among them. */
function restrict(gold: TLinkGold, prefixes: readonly string[]): TLinkGold {
  if (!prefixes.length) return gold;
  const articles = gold.articles.filter((a) => prefixes.some((p) => a.file.startsWith(p)));
  const ids = new Set(articles.flatMap((a) => [...a.casualties, ...a.counts].map((c) => (c as { id?: string }).id)));
  return { ...gold, articles, relations: gold.relations.filter((r) => ids.has(r.a) && ids.has(r.b)) };
}

async function part(
  name: TReportPart,
  only: readonly string[],
): Promise<{ report: TLinkReport; articles: number; ms: number } | null> {
  const file = path.join(REPORTS, `gold-${name}.json`);
  if (!existsSync(file)) return null;
  const gold = restrict(ZLinkGold.parse(JSON.parse(await readFile(file, "utf8"))), only);
  if (!gold.articles.length) return null;
  const articles = await Promise.all(
    gold.articles.map(async (g) => {
      const a = ZReportArticle.parse(
        JSON.parse(await readFile(path.join(REPORTS, "articles", `${g.file}.json`), "utf8")),
      );
      if (a.split !== name) throw new Error(`${g.file}: listed in gold-${name}.json but its split is ${a.split}`);
      return { id: a.id, text: a.text.normalize("NFC"), publishedAt: g.publishedAt };
    }),
  );
  const started = performance.now();
  const claims: TReportClaim[] = articles.flatMap((a) =>
    suggestArticle({ text: a.text, publishedAt: a.publishedAt }).flatMap((p, i) =>
      p.claim && p.claim.kind !== "STATEMENT"
        ? [
            {
              id: `${a.id}#${i}`,
              articleId: a.id,
              kind: p.claim.kind,
              figures: p.claim.figures,
              start: p.range.start,
              end: p.range.end,
              source: p.source?.text ?? "",
            },
          ]
        : [],
    ),
  );
  const result = reconcile(articles, claims);
  const ms = performance.now() - started;
  const report = evaluateLinks({
    gold,
    texts: new Map(articles.map((a) => [a.id, a.text])),
    claims,
    assignments: result.assignments,
    relations: result.relations,
  });
  return { report, articles: articles.length, ms };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { errors: { type: "boolean" }, part: { type: "string", default: "all" }, only: { type: "string" } },
  });
  const parts = REPORT_PARTS.filter((p) => values.part === "all" || values.part === p);
  const only = (values.only ?? "").split(",").filter(Boolean);
  for (const name of parts) {
    const r = await part(name, only);
    if (!r) continue;
    const { relations: rel, incidents: inc } = r.report;
    console.log(
      `\n${PART_TITLES[name]}: ${r.articles} reports, ${rel.total} gold pairs, ${inc.items} gold figure items (${inc.found} found)`,
    );
    console.log(
      `  relation accuracy          ${pct(rel.total ? rel.correct / rel.total : 0).padStart(6)}  (${rel.correct}/${rel.total})`,
    );
    console.log(
      `  … where both claims found  ${pct(rel.foundBoth ? rel.correctWhenFound / rel.foundBoth : 0).padStart(6)}  (${rel.correctWhenFound}/${rel.foundBoth})`,
    );
    for (const [relation, b] of Object.entries(rel.byGold))
      console.log(`    gold ${relation.padEnd(12)} ${b.correct}/${b.total}`);
    console.log(
      `  incident clustering        P ${pct(inc.precision)}  R ${pct(inc.recall)}  F1 ${pct(inc.f1)}  (pairs tp ${inc.tp}, fp ${inc.fp}, fn ${inc.fn})`,
    );
    console.log(`  time: ${r.ms.toFixed(0)} ms for extraction, clustering and relations`);
    if (values.errors && name === "dev") {
      for (const e of r.report.errors)
        console.log(
          `    ${e.a} ~ ${e.b}: gold ${e.gold}, system ${e.predicted}${e.reason ? ` [${e.reason}]` : ""}${e.placed && !e.reason ? ` (${e.placed})` : ""} — ${e.why ?? ""}`,
        );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
