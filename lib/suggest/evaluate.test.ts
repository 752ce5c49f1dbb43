import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSampleCorpus } from "../text/testing/sample-corpus";
import { evaluate, locate, sameName, ZGoldFile } from "./evaluate";
import { suggestArticle } from "./suggest-article";

const gold = ZGoldFile.parse(JSON.parse(readFileSync(new URL("../../sample/gold/suggestions.json", import.meta.url), "utf8")));
const corpus = readSampleCorpus();

function run() {
  return evaluate(gold.articles.map((g) => {
    const text = corpus.find((a) => a.file === g.file)?.text.normalize("NFC") ?? "";
    return { gold: g, text, proposals: suggestArticle({ text, publishedAt: g.publishedAt }) };
  }));
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
    const total = (k: "statements" | "casualties" | "counts" | "dates") => gold.articles.reduce((n, a) => n + (a[k] ?? []).length, 0);
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
    const report = evaluate(gold.articles.map((g) => ({ gold: g, text: corpus.find((a) => a.file === g.file)?.text.normalize("NFC") ?? "", proposals: [] })));
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
