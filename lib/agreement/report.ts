/**
 * The agreement report over the articles several analysts finished: spans per label and over all
 * labels (α for all analysts, κ and F1 per pair), claims matched by their spans (α per field), and
 * the articles ranked by how much their analysts disagree. Pure: the caller loads the layers.
 */
import { cohenKappa, krippendorffAlpha, type TPair, type TUnit } from "./alpha";
import { claimFieldUnits, matchClaims, type TAgreementClaim } from "./claims";
import { characterSegments, f1, labelSetCategory, matchSpans, NO_LABEL, type TAgreementSpan } from "./spans";

export type TAgreementLayer = { analystId: string; spans: TAgreementSpan[]; claims: TAgreementClaim[] };
export type TAgreementArticle = { articleId: string; textLength: number; layers: TAgreementLayer[] };

export type TSpanPairScores = {
  analystIds: [string, string];
  articles: number;
  spans: [number, number];
  kappa: number | null;
  f1Exact: number | null;
  f1Overlapping: number | null;
};
export type TClaimPairScores = {
  analystIds: [string, string];
  articles: number;
  claims: [number, number];
  matched: number;
  f1: number | null;
  kind: number | null;
  speaker: number | null;
  relation: number | null;
  figures: number | null;
};
type TClaimAlphas = { kind: number | null; speaker: number | null; relation: number | null; figures: number | null };

/** The scope `null` reads all labels at once; a label id reads that label against "no label". */
type Scope = string | null;

type Prepared = {
  articleId: string;
  /** Layer per analyst of the report (by index), null where that analyst did not finish the article. */
  layers: (TAgreementLayer | null)[];
  segments: ReturnType<typeof characterSegments>;
  slots: number[];
};

function category(scope: Scope, labels: readonly string[]): string {
  if (scope === null) return labelSetCategory(labels);
  return labels.includes(scope) ? scope : NO_LABEL;
}

/** Each distinct combination of the analysts' label sets on a character (null: that analyst did not finish the article), and how many characters have it. */
type TLabelTuple = { labelsOf: (readonly string[] | null)[]; weight: number };

/**
 * The character units of the articles with the same label sets merged into one weighted unit:
 * α and κ read only how often each combination occurs, and there are few distinct ones.
 */
function labelTuples(articles: readonly Prepared[]): TLabelTuple[] {
  const merged = new Map<string, TLabelTuple>();
  for (const article of articles)
    for (const segment of article.segments) {
      const labelsOf = article.layers.map((layer, slot) =>
        layer ? segment.labelsOf[article.slots.indexOf(slot)]! : null,
      );
      const key = labelsOf.map((labels) => (labels ? labels.join("+") : "\u0000")).join("\u0001");
      const tuple = merged.get(key);
      if (tuple) tuple.weight += segment.weight;
      else merged.set(key, { labelsOf, weight: segment.weight });
    }
  return [...merged.values()];
}

/** Units of one scope among the analysts in `only` (default: all). */
function spanUnits(tuples: readonly TLabelTuple[], scope: Scope, only?: readonly number[]): TUnit<string>[] {
  return tuples.map((tuple) => {
    const labelsOf = only ? only.map((slot) => tuple.labelsOf[slot]!) : tuple.labelsOf;
    return { weight: tuple.weight, values: labelsOf.map((labels) => (labels ? category(scope, labels) : null)) };
  });
}

function spansIn(layer: TAgreementLayer, scope: Scope) {
  return scope === null ? layer.spans : layer.spans.filter((s) => s.labelId === scope);
}

function pairsOf(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) pairs.push([a, b]);
  return pairs;
}

function spanScores(
  articles: readonly Prepared[],
  tuples: readonly TLabelTuple[],
  analystIds: readonly string[],
  scope: Scope,
) {
  const alpha = krippendorffAlpha(spanUnits(tuples, scope), "nominal");
  const pairs = pairsOf(analystIds.length).map(([a, b]): TSpanPairScores => {
    const shared = articles.filter((article) => article.layers[a] && article.layers[b]);
    const kappaPairs: TPair<string>[] = spanUnits(tuples, scope, [a, b]).map((unit) => ({
      a: unit.values[0]!,
      b: unit.values[1]!,
      weight: unit.weight,
    }));
    let countA = 0;
    let countB = 0;
    let exact = 0;
    let overlapping = 0;
    for (const article of shared) {
      const spansA = spansIn(article.layers[a]!, scope);
      const spansB = spansIn(article.layers[b]!, scope);
      const matched = matchSpans(spansA, spansB);
      countA += spansA.length;
      countB += spansB.length;
      exact += matched.exact;
      overlapping += matched.overlapping;
    }
    return {
      analystIds: [analystIds[a]!, analystIds[b]!],
      articles: shared.length,
      spans: [countA, countB],
      kappa: cohenKappa(kappaPairs),
      f1Exact: f1(exact, countA, countB),
      f1Overlapping: f1(overlapping, countA, countB),
    };
  });
  return { alpha, pairs };
}

function claimAlphas(units: ReturnType<typeof claimFieldUnits>[]): TClaimAlphas {
  return {
    kind: krippendorffAlpha(
      units.flatMap((u) => u.kind),
      "nominal",
    ),
    speaker: krippendorffAlpha(
      units.flatMap((u) => u.speaker),
      "nominal",
    ),
    relation: krippendorffAlpha(
      units.flatMap((u) => u.relation),
      "nominal",
    ),
    figures: krippendorffAlpha(
      units.flatMap((u) => u.figures),
      "interval",
    ),
  };
}

function claimScores(articles: readonly Prepared[], analystIds: readonly string[]) {
  const all = claimAlphas(
    articles.map((article) => claimFieldUnits(matchClaims(article.layers.map((l) => l?.claims ?? [])))),
  );
  const pairs = pairsOf(analystIds.length).map(([a, b]): TClaimPairScores => {
    const shared = articles.filter((article) => article.layers[a] && article.layers[b]);
    let countA = 0;
    let countB = 0;
    let matched = 0;
    const units = shared.map((article) => {
      const claimsA = article.layers[a]!.claims;
      const claimsB = article.layers[b]!.claims;
      countA += claimsA.length;
      countB += claimsB.length;
      const groups = matchClaims([claimsA, claimsB]);
      matched += groups.filter((g) => g[0] && g[1]).length;
      return claimFieldUnits(groups);
    });
    return {
      analystIds: [analystIds[a]!, analystIds[b]!],
      articles: shared.length,
      claims: [countA, countB],
      matched,
      f1: f1(matched, countA, countB),
      ...claimAlphas(units),
    };
  });
  return { ...all, pairs };
}

/** One article's agreement: α over all labels among its analysts, and F1 (overlapping) over every pair of them. */
function articleScores(article: Prepared) {
  const present = article.slots;
  let spans = 0;
  let matched = 0;
  for (const [i, j] of pairsOf(present.length)) {
    const a = article.layers[present[i]!]!.spans;
    const b = article.layers[present[j]!]!.spans;
    spans += a.length + b.length;
    matched += matchSpans(a, b).overlapping;
  }
  return {
    articleId: article.articleId,
    analystIds: present.map((slot) => article.layers[slot]!.analystId),
    spans: present.reduce((sum, slot) => sum + article.layers[slot]!.spans.length, 0),
    alpha: krippendorffAlpha(spanUnits(labelTuples([article]), null), "nominal"),
    f1Overlapping: f1(matched, spans / 2, spans / 2),
  };
}

/**
 * Agreement among `analystIds` over `labelIds` (spans of other labels are left out) on the given
 * articles; only articles at least two of these analysts finished count.
 */
export function computeAgreement(input: {
  analystIds: readonly string[];
  labelIds: readonly string[];
  articles: readonly TAgreementArticle[];
}) {
  const { analystIds, labelIds } = input;
  const wanted = new Set(labelIds);
  const prepared: Prepared[] = [];
  for (const article of input.articles) {
    const layers = analystIds.map((id) => {
      const layer = article.layers.find((l) => l.analystId === id);
      return layer ? { ...layer, spans: layer.spans.filter((s) => wanted.has(s.labelId)) } : null;
    });
    const slots = layers.flatMap((layer, slot) => (layer ? [slot] : []));
    if (slots.length < 2) continue;
    const segments = characterSegments(
      article.textLength,
      slots.map((slot) => layers[slot]!.spans),
    );
    prepared.push({ articleId: article.articleId, layers, segments, slots });
  }
  const tuples = labelTuples(prepared);
  const articles = prepared.map(articleScores);
  // Most disagreement first: lowest α (undefined α means nobody differed), then lowest F1.
  articles.sort((x, y) => (x.alpha ?? 1) - (y.alpha ?? 1) || (x.f1Overlapping ?? 1) - (y.f1Overlapping ?? 1));
  return {
    analystIds: [...analystIds],
    articleCount: prepared.length,
    spans: {
      all: spanScores(prepared, tuples, analystIds, null),
      labels: labelIds.map((labelId) => ({ labelId, ...spanScores(prepared, tuples, analystIds, labelId) })),
    },
    claims: claimScores(prepared, analystIds),
    articles,
  };
}
