import { describe, expect, it } from "vitest";
import { segmentText, type Seg } from "./segment";
import { readSampleArticle, readSampleCorpus } from "./testing/sample-corpus";

function slices(text: string, segs: Seg[]): string[] {
  return segs.map((s) => text.slice(s.start, s.end));
}

function sentencesOf(text: string): string[] {
  return slices(text, segmentText(text).sentences);
}

describe("segmentText: paragraphs", () => {
  it("makes one paragraph per non-blank line, without the newline", () => {
    const text = "أول\n\nثان\n";
    const { paragraphs } = segmentText(text);
    expect(slices(text, paragraphs)).toEqual(["أول", "ثان"]);
    expect(paragraphs.map((p) => [p.index, p.paragraphIndex])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("skips whitespace-only lines and trims the edges of a line", () => {
    const text = "  \t\n  نص هنا  \n\u00a0\n\u200f\nآخر";
    const { paragraphs } = segmentText(text);
    expect(slices(text, paragraphs)).toEqual(["نص هنا", "آخر"]);
    expect(paragraphs[0]).toMatchObject({ start: 6, end: 12 });
  });

  it("returns nothing for empty or blank text", () => {
    expect(segmentText("")).toEqual({ paragraphs: [], sentences: [] });
    expect(segmentText("\n \n\t")).toEqual({ paragraphs: [], sentences: [] });
  });
});

describe("segmentText: sentences", () => {
  it("splits after . ! ? ؟ … followed by white space", () => {
    expect(sentencesOf("قال هذا. وأضاف ذلك! هل جاء؟ نعم… انتهى")).toEqual([
      "قال هذا.",
      "وأضاف ذلك!",
      "هل جاء؟",
      "نعم…",
      "انتهى",
    ]);
  });

  it("keeps a run of marks and the closing quotes or brackets after it", () => {
    expect(sentencesOf('قال: "انتهى الأمر." ثم غادر')).toEqual(['قال: "انتهى الأمر."', "ثم غادر"]);
    expect(sentencesOf("قال «انتهى»! ثم غادر")).toEqual(["قال «انتهى»!", "ثم غادر"]);
    expect(sentencesOf("قال “انتهى.” ثم غادر")).toEqual(["قال “انتهى.”", "ثم غادر"]);
    expect(sentencesOf("(انتهى الأمر.) ثم غادر")).toEqual(["(انتهى الأمر.)", "ثم غادر"]);
    expect(sentencesOf("حقاً؟! نعم... ربما")).toEqual(["حقاً؟!", "نعم...", "ربما"]);
  });

  it("does not split inside numbers, URLs or when no space follows", () => {
    expect(sentencesOf("ارتفع بنسبة 2.5 في المئة في 9.11 صباحاً")).toHaveLength(1);
    expect(sentencesOf("انظر pic.twitter.com/howdN6YEkk الآن")).toHaveLength(1);
    expect(sentencesOf("انتهى.وقال")).toHaveLength(1);
  });

  it("does not split after abbreviations", () => {
    expect(sentencesOf("نقلت أ.ف.ب. عن مصدر أن الهجوم وقع")).toHaveLength(1);
    expect(sentencesOf("قال د. محمد إن الوضع مستقر")).toHaveLength(1);
    expect(sentencesOf("U.S. forces left. Dr. Smith said so.")).toEqual(["U.S. forces left.", "Dr. Smith said so."]);
  });

  it("splits after a number at the end of a sentence", () => {
    expect(sentencesOf("وقع ذلك في 2014. وقال مسؤول")).toEqual(["وقع ذلك في 2014.", "وقال مسؤول"]);
  });

  it("never makes a sentence of punctuation only", () => {
    expect(sentencesOf("... بدأ الأمر")).toEqual(["... بدأ الأمر"]);
  });

  it("never crosses a paragraph and numbers sentences across the whole text", () => {
    const text = "قال هذا. ثم مضى\nعاد غدا. وانتهى";
    const { sentences } = segmentText(text);
    expect(slices(text, sentences)).toEqual(["قال هذا.", "ثم مضى", "عاد غدا.", "وانتهى"]);
    expect(sentences.map((s) => [s.index, s.paragraphIndex])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
  });
});

describe("segmentText on the sample corpus", () => {
  for (const { file, text } of readSampleCorpus()) {
    it(`${file}: segments are in bounds, ordered, trimmed and cover every paragraph`, () => {
      const { paragraphs, sentences } = segmentText(text);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const seg of [...paragraphs, ...sentences]) {
        expect(seg.start).toBeGreaterThanOrEqual(0);
        expect(seg.end).toBeLessThanOrEqual(text.length);
        expect(seg.end).toBeGreaterThan(seg.start);
        const s = text.slice(seg.start, seg.end);
        expect(s).not.toMatch(/^\s|\s$/u);
        expect(s).not.toContain("\n");
      }
      for (const list of [paragraphs, sentences]) {
        list.forEach((seg, i) => {
          expect(seg.index).toBe(i);
          const prev = list[i - 1];
          if (prev) expect(seg.start).toBeGreaterThanOrEqual(prev.end);
        });
      }
      for (const p of paragraphs) {
        const own = sentences.filter((s) => s.paragraphIndex === p.index);
        expect(own.length).toBeGreaterThan(0);
        expect(own[0]?.start).toBe(p.start);
        expect(own[own.length - 1]?.end).toBe(p.end);
        for (let i = 1; i < own.length; i++) {
          const gap = text.slice(own[i - 1]?.end, own[i]?.start);
          expect(gap).toMatch(/^\s+$/u);
        }
      }
      expect(paragraphs).toHaveLength(text.split("\n").filter((l) => l.trim() !== "").length);
    });
  }

  it("000: paragraphs are exactly its non-empty lines", () => {
    const text = readSampleArticle("000");
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(26);
    expect(slices(text, segmentText(text).paragraphs)).toEqual(lines);
  });

  it("000: splits the two-sentence paragraph about Friday's attacks", () => {
    const text = readSampleArticle("000");
    const { sentences } = segmentText(text);
    const s = slices(text, sentences);
    expect(s).toContain(
      "كما استهدفت هجمات بصواريخ وطائرات مسيرة القوات الأمريكية في العراق وسوريا خمس مرات على الأقل الجمعة.",
    );
    expect(s.some((x) => x.startsWith("وقال مسؤول في وزارة الدفاع الأمريكية إن ثلاث هجمات"))).toBe(true);
  });

  it("001: blank lines between paragraphs are skipped", () => {
    const text = readSampleArticle("001");
    const { paragraphs } = segmentText(text);
    expect(paragraphs).toHaveLength(16);
    expect(text.slice(paragraphs[5]?.start, paragraphs[5]?.end)).toBe("حصيلة الاعتداءات");
  });

  it("002: the tweet line splits after «!!» and keeps the URL and handle together", () => {
    const text = readSampleArticle("002");
    const line = text.split("\n").find((l) => l.includes("pic.twitter.com"));
    expect(line).toBeDefined();
    const s = sentencesOf(line ?? "");
    expect(s).toEqual([
      "عشنا وشفنا المحور يدافع عن القوات الأمريكي ضد جزء منه!!",
      "pic.twitter.com/howdN6YEkk— عمر الجنابي (@omartvsd) April 21, 2024",
    ]);
  });

  it("004: splits inside a long quotation and after «؟»", () => {
    const text = readSampleArticle("004");
    const s = sentencesOf(text);
    expect(s).toContain("الجواب نعم.");
    expect(s.some((x) => x.endsWith("على فعل شيء؟"))).toBe(true);
  });
});
