/**
 * Scores the engine against a gold file (sample/gold/suggestions.json, fixtures/reports/gold-*.json):
 * precision, recall and F1 per kind. Pure: the caller reads the files.
 *
 * Matching: a proposal matches a gold item when their ranges overlap on at least half of the
 * shorter and a quarter of the longer (boundaries of a content span are a matter of taste; which
 * sentence and which clause are not), one to one. Figures must also agree on every value and
 * qualifier, dates on the day. A speaker is right when its folded text contains, or is contained
 * in, the gold speaker or one of its listed alternatives.
 *
 * One proposal per claim: a figure proposal that carries its statement (a speaker and a "content"
 * part) stands for that statement too, so statements are scored over statement proposals and the
 * contents such figure proposals carry. Figure attribution: a matched figure whose proposed source
 * names the gold source (or one of its alternatives; "" = no source named, the outlet asserts it)
 * and whose source type agrees (no source = media).
 */
import { z } from "zod";
import { matchKey } from "../arabic/normalize";
import type { FigureValue } from "../arabic/numbers";
import type { TCasualtyProposal, TCountProposal, TProposal } from "./types";

const ZValue = z.object({
  qualifier: z.string(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const ZGoldSourceType = z.enum(["official", "local", "media", "anonymous"]);
/** Who reports a figure, on the real-report gold (the sample gold has none). */
const ZFigureSource = {
  id: z.string().optional(),
  source: z.string().optional(),
  sourceAlt: z.array(z.string()).optional(),
  sourceType: ZGoldSourceType.optional(),
  victimCategory: z.string().optional(),
  incident: z.string().nullable().optional(),
};

export const ZGoldFile = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      publishedAt: z.iso.date(),
      statements: z.array(
        z.object({
          content: z.string(),
          occurrence: z.number().int().optional(),
          speaker: z.string(),
          speakerAlt: z.array(z.string()).optional(),
          verb: z.string().optional(),
          channel: z.string().optional(),
          anonymous: z.boolean().optional(),
          implicit: z.boolean().optional(),
          note: z.string().optional(),
        }),
      ),
      casualties: z.array(
        z.object({
          quote: z.string(),
          occurrence: z.number().int().optional(),
          killed: ZValue.optional(),
          injured: ZValue.optional(),
          victims: z.string(),
          perpetrator: z.string(),
          ...ZFigureSource,
        }),
      ),
      counts: z.array(
        z.object({
          quote: z.string(),
          occurrence: z.number().int().optional(),
          value: ZValue,
          thing: z.string(),
          since: z.iso.date().optional(),
          asOf: z.iso.date().optional(),
          ...ZFigureSource,
        }),
      ),
      /** Absent on the real reports: dates are scored only where the gold has them. */
      dates: z
        .array(
          z.object({
            quote: z.string(),
            occurrence: z.number().int().optional(),
            date: z.iso.date(),
            mention: z.string().optional(),
          }),
        )
        .optional(),
    }),
  ),
});
export type TGoldFile = z.infer<typeof ZGoldFile>;
export type TGoldArticle = TGoldFile["articles"][number];

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
export type Accuracy = { correct: number; total: number };
export type EvalKind = "statements" | "speakers" | "casualties" | "counts" | "figures" | "attribution" | "dates";
export type EvalReport = {
  scores: Record<EvalKind, Score>;
  /** Whether the gold has dates (and sources) at all: a kind the gold does not hold is not scored. */
  scored: Record<"dates" | "attribution", boolean>;
  attributes: Record<"victims" | "perpetrator" | "thing" | "since", Accuracy>;
  misses: Array<{
    file: string;
    kind: EvalKind;
    what: "missed" | "spurious" | "wrong speaker" | "wrong source";
    text: string;
    detail?: string;
  }>;
};

type Span = { start: number; end: number };

/** Where a gold quote is in the text; throws when it is not there, so a broken gold file is loud. */
export function locate(text: string, quote: string, occurrence = 0, mention?: string): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`gold quote not found (occurrence ${occurrence}): ${quote}`);
  }
  if (mention === undefined) return { start: at, end: at + quote.length };
  const inner = quote.indexOf(mention);
  if (inner === -1) throw new Error(`gold mention «${mention}» is not inside «${quote}»`);
  return { start: at + inner, end: at + inner + mention.length };
}

function overlaps(a: Span, b: Span, containment: boolean): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return false;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  // A figure whose words lie inside the other's (its values must agree as well): the same figure,
  // whether the gold quotes the whole clause («38 قتيلاً سقطوا في هجوم … على فندق») or the figure.
  if (containment && inter === Math.min(la, lb)) return true;
  return inter >= 0.5 * Math.min(la, lb) && inter >= 0.25 * Math.max(la, lb);
}

function sameValue(a: Partial<FigureValue> | undefined, b: z.infer<typeof ZValue> | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.qualifier === b.qualifier && a.value === b.value && a.min === b.min && a.max === b.max;
}

function fold(s: string): string {
  return matchKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folded containment either way, for speakers and figure attributes. */
export function sameName(predicted: string, gold: readonly string[]): boolean {
  const p = fold(predicted);
  if (p.length < 2) return false;
  return gold.some((g) => {
    const k = fold(g);
    return k.length >= 2 && (p.includes(k) || k.includes(p));
  });
}

/** Greedy one-to-one matching on overlap, best overlap first. */
function match<G, P>(
  gold: Array<G & Span>,
  predicted: Array<P & Span>,
  agree: (g: G, p: P) => boolean,
  containment = false,
): Array<[G & Span, P & Span]> {
  const pairs: Array<{ g: number; p: number; inter: number }> = [];
  for (const [gi, g] of gold.entries()) {
    for (const [pi, p] of predicted.entries()) {
      if (overlaps(g, p, containment) && agree(g, p))
        pairs.push({ g: gi, p: pi, inter: Math.min(g.end, p.end) - Math.max(g.start, p.start) });
    }
  }
  pairs.sort((a, b) => b.inter - a.inter);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[G & Span, P & Span]> = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    const g = gold[pair.g];
    const p = predicted[pair.p];
    if (g && p) out.push([g, p]);
  }
  return out;
}

function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp: predicted - tp, fn: gold - tp, precision, recall, f1 };
}

type Counter = { tp: number; predicted: number; gold: number };
const counter = (): Counter => ({ tp: 0, predicted: 0, gold: 0 });

/** The statement a proposal stands for: a statement's own range, or the content a figure proposal carries. */
function statementRange(p: TProposal): Span | null {
  if (p.kind === "STATEMENT") return p.range;
  if ((p.kind !== "CASUALTY" && p.kind !== "COUNT") || !p.speaker) return null;
  return p.parts.find((x) => x.role === "content") ?? null;
}

type GoldFigure = { source?: string | undefined; sourceAlt?: string[] | undefined; sourceType?: string | undefined };

/** Whether a proposal names the gold source of a figure, with the same type (no source: the outlet, media). */
export function sameSource(gold: GoldFigure, p: TProposal): boolean {
  const src = p.source ?? null;
  const type = src ? src.type.toLowerCase() : "media";
  if (gold.sourceType !== undefined && type !== gold.sourceType) return false;
  const named = (gold.source ?? "") !== "";
  if (!named) return src === null || src.text.trim() === "";
  return src !== null && sameName(src.text, [gold.source ?? "", ...(gold.sourceAlt ?? [])]);
}

export function evaluate(
  articles: ReadonlyArray<{ gold: TGoldArticle; text: string; proposals: readonly TProposal[] }>,
): EvalReport {
  const c: Record<EvalKind, Counter> = {
    statements: counter(),
    speakers: counter(),
    casualties: counter(),
    counts: counter(),
    figures: counter(),
    attribution: counter(),
    dates: counter(),
  };
  const attributes: EvalReport["attributes"] = {
    victims: { correct: 0, total: 0 },
    perpetrator: { correct: 0, total: 0 },
    thing: { correct: 0, total: 0 },
    since: { correct: 0, total: 0 },
  };
  const misses: EvalReport["misses"] = [];
  const scored = { dates: false, attribution: false };
  const note = (
    file: string,
    kind: EvalKind,
    what: EvalReport["misses"][number]["what"],
    text: string,
    detail?: string,
  ) => misses.push({ file, kind, what, text: text.slice(0, 90), ...(detail ? { detail } : {}) });

  for (const { gold, text, proposals } of articles) {
    const file = gold.file;
    const at = (p: TProposal) => ({ start: p.range.start, end: p.range.end, p });

    // Statements and speakers (a figure proposal carrying its statement counts once, as that statement).
    const goldS = gold.statements.map((s) => ({ ...s, ...locate(text, s.content, s.occurrence) }));
    const seen = new Set<string>();
    const predS = proposals.flatMap((p) => {
      const r = statementRange(p);
      if (!r || seen.has(`${r.start}:${r.end}`)) return [];
      seen.add(`${r.start}:${r.end}`);
      return [{ start: r.start, end: r.end, text: text.slice(r.start, r.end), p }];
    });
    const pairsS = match(goldS, predS, () => true);
    c.statements.tp += pairsS.length;
    c.statements.predicted += predS.length;
    c.statements.gold += goldS.length;
    c.speakers.predicted += predS.length;
    c.speakers.gold += goldS.length;
    for (const [g, p] of pairsS) {
      const predicted = p.p.speaker?.text ?? "";
      if (sameName(predicted, [g.speaker, ...(g.speakerAlt ?? [])])) c.speakers.tp++;
      else note(file, "speakers", "wrong speaker", g.content, `gold «${g.speaker}», proposed «${predicted}»`);
    }
    for (const g of goldS)
      if (!pairsS.some(([x]) => x === g)) note(file, "statements", "missed", g.content, `speaker «${g.speaker}»`);
    for (const p of predS)
      if (!pairsS.some(([, x]) => x === p))
        note(file, "statements", "spurious", p.text, `speaker «${p.p.speaker?.text ?? ""}»`);

    // Casualties.
    const goldC = gold.casualties.map((x) => ({ ...x, ...locate(text, x.quote, x.occurrence) }));
    const predC = proposals.filter((p) => p.kind === "CASUALTY").map(at);
    const pairsC = match(
      goldC,
      predC,
      (g, p) => {
        const f = p.p.claim?.figures as TCasualtyProposal | undefined;
        return sameValue(f?.killed, g.killed) && sameValue(f?.injured, g.injured);
      },
      true,
    );
    c.casualties.tp += pairsC.length;
    c.casualties.predicted += predC.length;
    c.casualties.gold += goldC.length;
    for (const [g, p] of pairsC) {
      const f = p.p.claim?.figures as TCasualtyProposal;
      for (const field of ["victims", "perpetrator"] as const) {
        attributes[field].total++;
        const ok = g[field] === "" ? f[field] === "" : sameName(f[field], [g[field]]);
        if (ok) attributes[field].correct++;
      }
    }
    for (const g of goldC) if (!pairsC.some(([x]) => x === g)) note(file, "casualties", "missed", g.quote);
    for (const p of predC)
      if (!pairsC.some(([, x]) => x === p))
        note(file, "casualties", "spurious", p.p.range.text, JSON.stringify(p.p.claim?.figures));

    // Counts.
    const goldN = gold.counts.map((x) => ({ ...x, ...locate(text, x.quote, x.occurrence) }));
    const predN = proposals.filter((p) => p.kind === "COUNT").map(at);
    const pairsN = match(
      goldN,
      predN,
      (g, p) => sameValue((p.p.claim?.figures as TCountProposal | undefined)?.value, g.value),
      true,
    );
    c.counts.tp += pairsN.length;
    c.counts.predicted += predN.length;
    c.counts.gold += goldN.length;
    for (const [g, p] of pairsN) {
      const f = p.p.claim?.figures as TCountProposal;
      attributes.thing.total++;
      if (sameName(f.thing, [g.thing])) attributes.thing.correct++;
      if (g.since || f.since) {
        attributes.since.total++;
        if (g.since === f.since) attributes.since.correct++;
      }
    }
    for (const g of goldN) if (!pairsN.some(([x]) => x === g)) note(file, "counts", "missed", g.quote);
    for (const p of predN)
      if (!pairsN.some(([, x]) => x === p))
        note(file, "counts", "spurious", p.p.range.text, JSON.stringify(p.p.claim?.figures));

    // Figure attribution: only where the gold says who reports its figures.
    const attributed = [...goldC, ...goldN].filter((g) => g.sourceType !== undefined);
    if (attributed.length > 0) {
      scored.attribution = true;
      c.attribution.gold += attributed.length;
      c.attribution.predicted += predC.length + predN.length;
      for (const [g, p] of [...pairsC, ...pairsN]) {
        if (g.sourceType === undefined) continue;
        if (sameSource(g, p.p)) c.attribution.tp++;
        else
          note(
            file,
            "attribution",
            "wrong source",
            g.quote,
            `gold «${g.source ?? ""}» ${g.sourceType}, proposed «${p.p.source?.text ?? ""}» ${p.p.source?.type.toLowerCase() ?? "media"}`,
          );
      }
    }

    // Dates, where the gold has them.
    if (gold.dates) {
      scored.dates = true;
      const goldD = gold.dates.map((x) => ({ ...x, ...locate(text, x.quote, x.occurrence, x.mention) }));
      const predD = proposals.filter((p) => p.kind === "DATE").map(at);
      const pairsD = match(goldD, predD, (g, p) => g.date === p.p.date);
      c.dates.tp += pairsD.length;
      c.dates.predicted += predD.length;
      c.dates.gold += goldD.length;
      for (const g of goldD)
        if (!pairsD.some(([x]) => x === g)) note(file, "dates", "missed", g.mention ?? g.quote, g.date);
      for (const p of predD)
        if (!pairsD.some(([, x]) => x === p)) note(file, "dates", "spurious", p.p.range.text, p.p.date ?? "");
    }
  }
  c.figures = {
    tp: c.casualties.tp + c.counts.tp,
    predicted: c.casualties.predicted + c.counts.predicted,
    gold: c.casualties.gold + c.counts.gold,
  };
  const scores = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, score(v.tp, v.predicted, v.gold)])) as Record<
    EvalKind,
    Score
  >;
  return { scores, scored, attributes, misses };
}
