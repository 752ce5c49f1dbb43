/**
 * Scores incident clustering and link relations against the real-report gold
 * (fixtures/reports/gold-<part>.json): relation accuracy over the gold pairs, and pairwise
 * precision/recall/F1 of "same incident" over the gold figure items. Pure: the caller reads files.
 *
 * Gold figure items are matched to the system's figure claims of the same kind by overlapping
 * ranges, one to one (largest overlap first). A gold pair whose items were not both found counts
 * as the system saying "none"; a gold item not found is in no incident.
 */
import { z } from "zod";
import { locate, ZGoldFile } from "../suggest/evaluate";
import type { TRelationProposal } from "../links/relate-claims";

export const ZLinkGold = ZGoldFile.extend({
  incidents: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().optional() })),
  relations: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      relation: z.enum(["agrees", "contradicts", "updates", "none"]),
      why: z.string().optional(),
    }),
  ),
});
export type TLinkGold = z.infer<typeof ZLinkGold>;

export type TSystemClaim = { id: string; articleId: string; kind: string; start: number; end: number };
type TGoldItem = {
  id: string;
  articleId: string;
  kind: "CASUALTY" | "COUNT";
  start: number;
  end: number;
  incident: string | null;
  quote: string;
};

export type TLinkReport = {
  relations: {
    correct: number;
    total: number;
    foundBoth: number;
    correctWhenFound: number;
    byGold: Record<string, { correct: number; total: number }>;
  };
  incidents: {
    tp: number;
    fp: number;
    fn: number;
    precision: number;
    recall: number;
    f1: number;
    items: number;
    found: number;
  };
  errors: Array<{
    a: string;
    b: string;
    gold: string;
    predicted: string;
    why?: string;
    reason?: string;
    placed?: TPlacement;
  }>;
};

function goldItems(gold: TLinkGold, texts: ReadonlyMap<string, string>): TGoldItem[] {
  return gold.articles.flatMap((a) => {
    const text = texts.get(a.file);
    if (text === undefined) throw new Error(`${a.file}: no article text`);
    const item =
      (kind: "CASUALTY" | "COUNT") =>
      (g: { id?: string; quote: string; occurrence?: number; incident?: string | null }) => {
        if (!g.id) throw new Error(`${a.file}: a figure item without an id («${g.quote}»)`);
        return {
          id: g.id,
          articleId: a.file,
          kind,
          ...locate(text, g.quote, g.occurrence ?? 0),
          incident: g.incident ?? null,
          quote: g.quote,
        };
      };
    return [...a.casualties.map(item("CASUALTY")), ...a.counts.map(item("COUNT"))];
  });
}

/** Gold item id → system claim id. */
function match(items: readonly TGoldItem[], claims: readonly TSystemClaim[]): Map<string, string> {
  const candidates: Array<{ item: string; claim: string; overlap: number }> = [];
  for (const g of items) {
    for (const c of claims) {
      if (c.articleId !== g.articleId || c.kind !== g.kind) continue;
      const overlap = Math.min(g.end, c.end) - Math.max(g.start, c.start);
      if (overlap > 0) candidates.push({ item: g.id, claim: c.id, overlap });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap);
  const byItem = new Map<string, string>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (byItem.has(c.item) || used.has(c.claim)) continue;
    byItem.set(c.item, c.claim);
    used.add(c.claim);
  }
  return byItem;
}

/** Where clustering put a pair's two found claims: one incident, two, or not both in one. */
type TPlacement = "same incident" | "two incidents" | "not placed";

function placement(x: string | undefined, y: string | undefined): TPlacement {
  if (x === undefined || y === undefined) return "not placed";
  return x === y ? "same incident" : "two incidents";
}

export function evaluateLinks(input: {
  gold: TLinkGold;
  texts: ReadonlyMap<string, string>;
  claims: readonly TSystemClaim[];
  assignments: ReadonlyMap<string, string>;
  relations: readonly TRelationProposal[];
}): TLinkReport {
  const items = goldItems(input.gold, input.texts);
  const byItem = match(items, input.claims);
  const relationOf = new Map<string, TRelationProposal>();
  for (const r of input.relations) {
    relationOf.set(`${r.fromClaimId}|${r.toClaimId}`, r);
    relationOf.set(`${r.toClaimId}|${r.fromClaimId}`, r);
  }
  const report: TLinkReport = {
    relations: { correct: 0, total: 0, foundBoth: 0, correctWhenFound: 0, byGold: {} },
    incidents: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, items: items.length, found: byItem.size },
    errors: [],
  };
  for (const pair of input.gold.relations) {
    const a = byItem.get(pair.a);
    const b = byItem.get(pair.b);
    const found = a !== undefined && b !== undefined;
    const r = found ? relationOf.get(`${a}|${b}`) : undefined;
    const predicted = r ? r.relation.toLowerCase() : "none";
    const ok = predicted === pair.relation;
    const bucket = report.relations.byGold[pair.relation] ?? { correct: 0, total: 0 };
    report.relations.byGold[pair.relation] = bucket;
    bucket.total++;
    report.relations.total++;
    if (found) report.relations.foundBoth++;
    if (ok) {
      bucket.correct++;
      report.relations.correct++;
      if (found) report.relations.correctWhenFound++;
    } else {
      report.errors.push({
        a: pair.a,
        b: pair.b,
        gold: pair.relation,
        predicted: found ? predicted : "none (not both found)",
        why: pair.why,
        reason: r?.code,
        placed: found ? placement(input.assignments.get(a), input.assignments.get(b)) : undefined,
      });
    }
  }
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i]!;
      const y = items[j]!;
      const goldSame = x.incident !== null && x.incident === y.incident;
      const ix = byItem.has(x.id) ? input.assignments.get(byItem.get(x.id)!) : undefined;
      const iy = byItem.has(y.id) ? input.assignments.get(byItem.get(y.id)!) : undefined;
      const predictedSame = ix !== undefined && ix === iy;
      if (goldSame && predictedSame) report.incidents.tp++;
      else if (predictedSame) report.incidents.fp++;
      else if (goldSame) report.incidents.fn++;
    }
  }
  const { tp, fp, fn } = report.incidents;
  report.incidents.precision = tp + fp ? tp / (tp + fp) : 1;
  report.incidents.recall = tp + fn ? tp / (tp + fn) : 1;
  report.incidents.f1 =
    report.incidents.precision + report.incidents.recall
      ? (2 * report.incidents.precision * report.incidents.recall) /
        (report.incidents.precision + report.incidents.recall)
      : 0;
  return report;
}
