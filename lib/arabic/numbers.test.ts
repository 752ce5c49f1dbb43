import { describe, expect, it } from "vitest";
import { casualtiesFromText, extractFigures, parseArabicNumber } from "./numbers";
import { numbersAccuracy, runNumberCase } from "./numbers-accuracy";
import { NUMBER_CASES } from "./numbers.cases";
import { segmentText } from "../text/segment";
import { readSampleArticle, readSampleCorpus } from "../text/testing/sample-corpus";

describe("number table", () => {
  it.each(NUMBER_CASES.map((c, i) => [i, c.kind, c.input, c] as const))("#%i %s: %s", (_i, _kind, _input, c) => {
    const { ok, actual } = runNumberCase(c);
    if (!ok) expect(actual).toEqual(c.expect);
    expect(ok).toBe(true);
  });

  it("has at least 100 cases and the parser gets all of them right", () => {
    const report = numbersAccuracy();
    expect(report.cases).toBeGreaterThanOrEqual(100);
    expect(report.failures).toEqual([]);
    expect(report.correct).toBe(report.cases);
  });

  it("quotes the corpus verbatim in every case that names a source", () => {
    const corpus = readSampleCorpus();
    for (const c of NUMBER_CASES) {
      if (c.source === undefined) continue;
      const article = corpus.find((a) => a.file.startsWith(c.source ?? ""));
      expect(article?.text.includes(c.input), c.input).toBe(true);
    }
  });

  it("covers every corpus sentence that contains a digit or a number word", () => {
    const inputs = new Set(NUMBER_CASES.map((c) => c.input));
    const numberish =
      /(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|مئ|مائ|ألف|آلاف|عدة|بضع|اثن|واحد)/u;
    for (const { text } of readSampleCorpus()) {
      for (const s of segmentText(text).sentences) {
        const sentence = text.slice(s.start, s.end);
        if (/[0-9٠-٩]/u.test(sentence)) expect(inputs.has(sentence), sentence).toBe(true);
        else if (numberish.test(sentence) && extractFigures(sentence).length > 0) {
          expect(inputs.has(sentence), sentence).toBe(true);
        }
      }
    }
  });

  it("reports accuracy as plain data a script can print", () => {
    const report = numbersAccuracy([
      { kind: "parse", input: "سبعة", expect: { value: 7, qualifier: "exactly" } },
      { kind: "parse", input: "سبعة", expect: { value: 8, qualifier: "exactly" } },
    ]);
    expect(report).toMatchObject({ cases: 2, correct: 1 });
    expect(report.failures).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("extractFigures: spans", () => {
  it("spans and texts match the input on every corpus sentence", () => {
    for (const { text } of readSampleCorpus()) {
      for (const f of extractFigures(text)) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.text).not.toMatch(/^\s|\s$/u);
        expect(f.end).toBeGreaterThan(f.start);
      }
    }
  });

  it("gives exact offsets for 1 killed, 2 injured", () => {
    const s = "أدى إلى مقتل عنصر وإصابة اثنين آخرين.";
    const [killed, injured] = extractFigures(s);
    expect(killed).toMatchObject({ text: "عنصر", start: s.indexOf("عنصر"), value: 1, role: "killed" });
    expect(injured).toMatchObject({ text: "اثنين آخرين", start: s.indexOf("اثنين"), value: 2, role: "injured" });
  });

  it("starts after a leading و and includes the qualifier", () => {
    const s = "مقتل 15 مسلحاً على الأقل في العراق ونحو سبعة في سوريا";
    const figs = extractFigures(s);
    expect(figs.map((f) => f.text)).toEqual(["15 مسلحاً على الأقل", "نحو سبعة"]);
    expect(figs[1]?.start).toBe(s.indexOf("نحو"));
  });

  it("keeps tashkeel and tanween inside the span and reads words with tatweel", () => {
    const s = "قُتِلَ ٢٥ شخصاً وأُصيب خمسـة آخرون";
    const figs = extractFigures(s);
    expect(figs).toHaveLength(2);
    expect(figs[0]).toMatchObject({ text: "٢٥ شخصاً", value: 25, role: "killed", noun: "شخصاً" });
    expect(figs[1]).toMatchObject({ text: "خمسـة آخرون", value: 5, role: "injured" });
  });

  it("counts offsets in UTF-16 units next to emoji", () => {
    const s = "😀😀 قتل 3 أشخاص";
    const [f] = extractFigures(s);
    expect(f).toMatchObject({ start: 9, end: 16, text: "3 أشخاص" });
  });

  it("finds the figures of the README in 003 in order, with their roles", () => {
    const text = readSampleArticle("003");
    const casualties = extractFigures(text).filter((f) => f.role !== null);
    expect(casualties.map((f) => [f.role, f.value, f.qualifier])).toEqual([
      ["killed", 1, "exactly"],
      ["injured", 2, "exactly"],
      ["killed", 2, "at_least"],
      ["injured", 4, "exactly"],
      ["injured", 4, "exactly"],
    ]);
  });

  it("never reads a date, year or time in the corpus as a figure", () => {
    for (const { text } of readSampleCorpus()) {
      for (const f of extractFigures(text)) {
        expect(f.text).not.toMatch(/\b(?:19|20)\d\d\b|ديسمبر|أكتوبر|فبراير|April|January|الساعة/u);
      }
    }
  });
});

describe("parseArabicNumber", () => {
  it("returns null for text that does not start with a number", () => {
    expect(parseArabicNumber("")).toBeNull();
    expect(parseArabicNumber("قال مسؤول")).toBeNull();
  });

  it("takes digits at face value, even before a month", () => {
    expect(parseArabicNumber("17 أكتوبر")).toEqual({ value: 17, qualifier: "exactly" });
  });

  it("does not add numbers joined by «و» when they are not a compound", () => {
    expect(parseArabicNumber("ثلاثة وأربعة")).toEqual({ value: 3, qualifier: "exactly" });
    expect(parseArabicNumber("عشرون وثلاثة")).toEqual({ value: 20, qualifier: "exactly" });
  });
});

describe("casualtiesFromText", () => {
  it("returns an empty object when nothing is said about casualties", () => {
    expect(casualtiesFromText("أطلقت 31 قذيفة على القاعدة")).toEqual({});
  });

  it("takes the first killed and the first injured figure", () => {
    expect(casualtiesFromText("قتل 3 أشخاص في بغداد و5 في البصرة وأصيب 10")).toEqual({
      killed: { value: 3, qualifier: "exactly" },
      injured: { value: 10, qualifier: "exactly" },
    });
  });
});
