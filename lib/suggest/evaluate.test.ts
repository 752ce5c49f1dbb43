import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSampleCorpus } from "../text/testing/sample-corpus";
import { evaluate, locate, sameName, sameSource, ZGoldFile, type TGoldArticle } from "./evaluate";
import { suggestArticle } from "./suggest-article";

const gold = ZGoldFile.parse(
  JSON.parse(readFileSync(new URL("../../sample/gold/suggestions.json", import.meta.url), "utf8")),
);
const corpus = readSampleCorpus();

function run() {
  return evaluate(
    gold.articles.map((g) => {
      const text = corpus.find((a) => a.file === g.file)?.text.normalize("NFC") ?? "";
      return { gold: g, text, proposals: suggestArticle({ text, publishedAt: g.publishedAt }) };
    }),
  );
}

describe("the gold file", () => {
  it("covers the five sample articles, and every quote in it is in its article", () => {
    expect(gold.articles.map((a) => a.file)).toEqual(corpus.map((a) => a.file));
    for (const a of gold.articles) {
      const text = corpus.find((c) => c.file === a.file)?.text.normalize("NFC") ?? "";
      for (const s of a.statements) expect(() => locate(text, s.content, s.occurrence)).not.toThrow();
      for (const x of [...a.casualties, ...a.counts]) expect(() => locate(text, x.quote, x.occurrence)).not.toThrow();
      for (const d of a.dates ?? []) expect(() => locate(text, d.quote, d.occurrence, d.mention)).not.toThrow();
    }
  });

  it("holds enough to measure: statements, casualty figures, counts and dates in every article", () => {
    const total = (k: "statements" | "casualties" | "counts" | "dates") =>
      gold.articles.reduce((n, a) => n + (a[k] ?? []).length, 0);
    expect(total("statements")).toBeGreaterThanOrEqual(90);
    expect(total("casualties")).toBeGreaterThanOrEqual(15);
    expect(total("counts")).toBeGreaterThanOrEqual(20);
    expect(total("dates")).toBeGreaterThanOrEqual(25);
  });
});

describe("evaluate", () => {
  it("reaches the targets on the corpus: F1 ≥ 0.9 on figures, ≥ 0.8 on speaker attribution", () => {
    const { scores } = run();
    expect(scores.figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.speakers.f1).toBeGreaterThanOrEqual(0.8);
    expect(scores.statements.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.dates.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("scores an empty engine as zero recall, not as an error", () => {
    const report = evaluate(
      gold.articles.map((g) => ({
        gold: g,
        text: corpus.find((a) => a.file === g.file)?.text.normalize("NFC") ?? "",
        proposals: [],
      })),
    );
    expect(report.scores.statements).toMatchObject({ tp: 0, recall: 0, f1: 0 });
    expect(report.misses.filter((m) => m.what === "missed").length).toBeGreaterThan(100);
  });

  it("matches speakers on folded text: spelling variants and the article do not matter", () => {
    expect(sameName("مسؤول في الجيش الأميركي", ["مسؤول في الجيش الأمريكي"])).toBe(true);
    expect(sameName("وزير الدفاع الأمريكي لويد أوستن", ["لويد أوستن"])).toBe(true);
    expect(sameName("الكتائب", ["وزارة الدفاع"])).toBe(false);
  });

  it("throws on a gold quote that is not in the text", () => {
    expect(() => locate("نص قصير", "غير موجود")).toThrow(/not found/);
  });
});

describe("evaluate: the real-report gold", () => {
  const text = "وقال مسؤول أمريكي إن صاروخين سقطا على القاعدة. وقُتل جندي في انفجار.";
  const article = (over: Partial<TGoldArticle> = {}): TGoldArticle => ({
    file: "x01",
    publishedAt: "2021-01-01",
    statements: [{ content: "إن صاروخين سقطا على القاعدة", speaker: "مسؤول أمريكي" }],
    casualties: [
      {
        quote: "قُتل جندي",
        killed: { qualifier: "exactly", value: 1 },
        victims: "جندي",
        perpetrator: "انفجار",
        source: "",
        sourceType: "media",
        incident: null,
      },
    ],
    counts: [
      {
        quote: "صاروخين",
        value: { qualifier: "exactly", value: 2 },
        thing: "صواريخ",
        source: "مسؤول أمريكي",
        sourceAlt: ["مسؤول"],
        sourceType: "anonymous",
        incident: "i1",
      },
    ],
    ...over,
  });

  it("reads the new fields, with no dates at all", () => {
    const gold = ZGoldFile.parse({ split: "dev", incidents: [], relations: [], articles: [article()] });
    expect(gold.articles[0]?.dates).toBeUndefined();
    expect(gold.articles[0]?.counts[0]?.sourceType).toBe("anonymous");
  });

  it("counts a figure proposal carrying its statement as that statement, scores attribution, and leaves dates unscored", () => {
    const proposals = suggestArticle({ text, publishedAt: "2021-01-01" });
    expect(proposals.filter((p) => p.kind === "STATEMENT")).toEqual([]);
    const report = evaluate([{ gold: article(), text, proposals }]);
    expect(report.scores.statements).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.scores.speakers).toMatchObject({ tp: 1 });
    expect(report.scores.figures).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.scores.attribution).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.scored).toEqual({ dates: false, attribution: true });
  });

  it("a figure with the wrong source or the wrong source type is a miss of attribution only", () => {
    const proposals = suggestArticle({ text, publishedAt: "2021-01-01" });
    const wrongType = article({ counts: [{ ...article().counts[0]!, sourceType: "official" }] });
    const report = evaluate([{ gold: wrongType, text, proposals }]);
    expect(report.scores.figures.tp).toBe(2);
    expect(report.scores.attribution).toMatchObject({ tp: 1, fn: 1 });
    expect(report.misses.filter((m) => m.what === "wrong source")).toHaveLength(1);
  });

  it("matches sources on folded text and alternatives; no source is the outlet itself (media)", () => {
    const p = (source: { text: string; type: "OFFICIAL" | "LOCAL" | "MEDIA" | "ANONYMOUS" } | null) =>
      ({ source: source && { ...source, start: 0, end: source.text.length } }) as Parameters<typeof sameSource>[1];
    expect(
      sameSource(
        { source: "وزارة الدفاع الأميركية", sourceType: "official" },
        p({ text: "وزارة الدفاع الأمريكية", type: "OFFICIAL" }),
      ),
    ).toBe(true);
    expect(
      sameSource(
        { source: "البنتاغون", sourceAlt: ["وزارة الدفاع"], sourceType: "official" },
        p({ text: "وزارة الدفاع", type: "OFFICIAL" }),
      ),
    ).toBe(true);
    expect(sameSource({ source: "", sourceType: "media" }, p(null))).toBe(true);
    expect(sameSource({ source: "", sourceType: "media" }, p({ text: "مصدر", type: "ANONYMOUS" }))).toBe(false);
    expect(sameSource({ source: "مصدر طبي", sourceType: "local" }, p({ text: "مصدر طبي", type: "ANONYMOUS" }))).toBe(
      false,
    );
  });

  it("matches a figure whose words lie inside the gold's longer quote (values agreeing)", () => {
    const proposals = suggestArticle({ text, publishedAt: "2021-01-01" });
    const long = article({
      casualties: [{ ...article().casualties[0]!, quote: "وقُتل جندي في انفجار" }],
      counts: [{ ...article().counts[0]!, quote: "صاروخين سقطا على القاعدة" }],
    });
    expect(evaluate([{ gold: long, text, proposals }]).scores.figures).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    const otherValue = article({
      casualties: [
        { ...article().casualties[0]!, quote: "وقُتل جندي في انفجار", killed: { qualifier: "exactly", value: 2 } },
      ],
    });
    expect(evaluate([{ gold: otherValue, text, proposals }]).scores.casualties).toMatchObject({ tp: 0, fn: 1 });
  });
});
