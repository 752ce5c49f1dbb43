import { describe, expect, it } from "vitest";
import { findNormalized, mapRangeToInput, matchKey, normalizeArabic, type Normalized } from "./normalize";
import { readSampleArticle, readSampleCorpus } from "../text/testing/sample-corpus";

const plain = (s: string): string => normalizeArabic(s).text;

/** A small deterministic PRNG so the property tests are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The map invariants, checked in one pass so whole articles stay fast. */
function expectWellFormedMap(input: string, n: Normalized): void {
  expect(n.map).toHaveLength(n.text.length + 1);
  expect(n.map[n.text.length]).toBe(input.length);
  let bad = 0;
  for (let i = 0; i < n.text.length; i++) {
    const here = n.map[i] ?? -1;
    if (here < 0 || here >= input.length || here > (n.map[i + 1] ?? -1)) bad++;
  }
  expect(bad).toBe(0);
}

describe("normalizeArabic: removals", () => {
  it("removes every tashkeel mark U+064B–U+065F and the superscript alef", () => {
    let marks = "";
    for (let cp = 0x064b; cp <= 0x065f; cp++) marks += String.fromCharCode(cp);
    expect(plain(`ب${marks}\u0670ت`)).toBe("بت");
    expect(plain("قُتِلَ")).toBe("قتل");
    expect(plain("مسلحاً")).toBe("مسلحا");
    expect(plain("تضمّان")).toBe("تضمان");
    expect(plain("هٰذا")).toBe("هذا");
  });

  it("removes Quranic marks in U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E8, U+06EA–U+06ED", () => {
    const ranges: Array<[number, number]> = [
      [0x0610, 0x061a],
      [0x06d6, 0x06dc],
      [0x06df, 0x06e8],
      [0x06ea, 0x06ed],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        expect(plain(`م${String.fromCharCode(cp)}ن`), cp.toString(16)).toBe("من");
      }
    }
  });

  it("keeps the Arabic characters between the Quranic ranges that are letters or signs", () => {
    expect(plain("\u06dd")).toBe("\u06dd"); // end of ayah sign is not in the listed ranges
    expect(plain("\u06e9")).toBe("\u06e9"); // place of sajdah
  });

  it("removes tatweel, also inside words (as in the sample corpus)", () => {
    expect(plain("الجهاديـة")).toBe("الجهادية");
    expect(plain("مـن")).toBe("من");
    expect(plain("تسـويقها")).toBe("تسويقها");
    expect(plain("ســــلام")).toBe("سلام");
  });

  it("removes invisible marks: ALM, ZWSP, ZWNJ, LRM, RLM, embeddings, overrides, isolates, BOM", () => {
    const invisible = [
      0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
      0x2069, 0xfeff,
    ];
    for (const cp of invisible) {
      expect(plain(`قال${String.fromCharCode(cp)} نعم`), cp.toString(16)).toBe("قال نعم");
    }
  });
});

describe("normalizeArabic: folds", () => {
  it("folds alef forms آ أ إ ٱ to ا", () => {
    expect(plain("آأإٱا")).toBe("ااااا");
    expect(plain("أمريكا إيران آلاف ٱلله")).toBe("امريكا ايران الاف الله");
  });

  it("folds alef maqsura and Persian yeh to ي, and Persian keheh to ك", () => {
    expect(plain("إلى")).toBe("الي");
    expect(plain("مصطفی")).toBe("مصطفي");
    expect(plain("کركوك")).toBe("كركوك");
  });

  it("folds Arabic-Indic and Eastern Arabic digits and the Arabic separators and percent sign", () => {
    expect(plain("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(plain("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(plain("٢٥٬٠٠٠")).toBe("25,000");
    expect(plain("٢٫٥٪")).toBe("2.5%");
    expect(plain("25,000 و 2.5%")).toBe("25,000 و 2.5%");
  });

  it("applies NFC first, so alef + hamza above folds like أ", () => {
    const decomposed = "\u0627\u0654\u0645\u0631\u064a\u0643\u0627";
    const n = normalizeArabic(decomposed);
    expect(n.text).toBe("امريكا");
    expectWellFormedMap(decomposed, n);
    expect(n.map.slice(0, 2)).toEqual([0, 2]);
  });

  it("decomposes Arabic presentation forms (text copied from PDFs)", () => {
    expect(plain("\ufefb")).toBe("لا"); // ﻻ ligature
    expect(plain("\ufef7")).toBe("لا"); // ﻷ lam with alef with hamza above
    expect(plain("\ufe8d\ufedf")).toBe("ال");
  });

  it("does not fold ة ؤ ئ in plain mode, nor remove articles", () => {
    expect(plain("الحكومة مسؤول قائد")).toBe("الحكومة مسؤول قائد");
  });

  it("passes Latin text, punctuation and white space through unchanged", () => {
    const s = 'pic.twitter.com/howdN6YEkk — (@omartvsd) April 21, 2024 «" “”\n\t';
    expect(plain(s)).toBe(s);
  });
});

describe("normalizeArabic: match keys", () => {
  it("folds ة to ه, ؤ to و, ئ to ي", () => {
    expect(matchKey("حكومة")).toBe("حكومه");
    expect(matchKey("مسؤول")).toBe("مسوول");
    expect(matchKey("قائد")).toBe("قايد");
  });

  it("removes a leading article and its prefixes when two letters or more remain", () => {
    expect(matchKey("الحكومة")).toBe("حكومه");
    expect(matchKey("والحكومة")).toBe("حكومه");
    expect(matchKey("فالحكومة")).toBe("حكومه");
    expect(matchKey("بالحكومة")).toBe("حكومه");
    expect(matchKey("كالعادة")).toBe("عاده");
    expect(matchKey("وبالتالي")).toBe("تالي");
    expect(matchKey("للحكومة")).toBe("حكومه");
    expect(matchKey("وللحكومة")).toBe("حكومه");
    expect(matchKey("اللاجئين")).toBe("لاجيين");
  });

  it("keeps the article when fewer than two letters would remain", () => {
    expect(matchKey("الف")).toBe("الف");
    expect(matchKey("والد")).toBe("والد");
    expect(matchKey("لله")).toBe("لله");
  });

  it("does not treat ال in pronouns, particles and number words as an article", () => {
    expect(matchKey("الذي التي الذين الله الآن إلا إلى")).toBe("الذي التي الذين الله الان الا الي");
    expect(matchKey("ألفا آلاف وآلاف")).toBe("الفا الاف والاف");
  });

  it("treats each word on its own", () => {
    expect(matchKey("القوات الأمريكية في العراق")).toBe("قوات امريكيه في عراق");
  });

  it("folds أمريكي/أميركي to one form in every inflection", () => {
    for (const [a, b] of [
      ["أمريكي", "أميركي"],
      ["الأمريكية", "الأميركية"],
      ["أمريكا", "أميركا"],
      ["الأمريكيين", "الأميركيين"],
      ["لأمريكا", "لأميركا"],
    ] as const) {
      expect(matchKey(a)).toBe(matchKey(b));
    }
  });

  it("folds البنتاغون/البنتاجون and other listed variants", () => {
    expect(matchKey("البنتاجون")).toBe(matchKey("البنتاغون"));
    expect(matchKey("البنتاغون")).toBe("بنتاغون");
    expect(matchKey("تيليغرام")).toBe(matchKey("تلغرام"));
    expect(matchKey("مليشيات")).toBe(matchKey("ميليشيات"));
  });

  it("folds سورية/سوريا as the country name, with or without a proclitic, but not the adjective", () => {
    expect(matchKey("سورية")).toBe("سوريا");
    expect(matchKey("وسورية")).toBe(matchKey("وسوريا"));
    expect(matchKey("بسورية")).toBe(matchKey("بسوريا"));
    expect(matchKey("الحدود السورية")).toBe("حدود سوريه");
  });

  it("lower-cases ASCII letters only", () => {
    expect(matchKey("Reuters AFP")).toBe("reuters afp");
    expect(matchKey("İ")).toBe("İ");
  });

  it("is idempotent, except that the key of the adjective السورية reads as the country", () => {
    for (const { text } of readSampleCorpus()) {
      expect(plain(plain(text))).toBe(plain(text));
      for (const word of text.split(/\s+/u)) {
        const once = matchKey(word);
        if (once.startsWith("سوريه")) expect(matchKey(once)).toBe(once.replace("سوريه", "سوريا"));
        else expect(matchKey(once)).toBe(once);
      }
    }
  });
});

describe("normalizeArabic: index map", () => {
  it("maps each output character back to its input character", () => {
    const input = "قُتِلَ";
    const n = normalizeArabic(input);
    expect(n).toEqual({ text: "قتل", map: [0, 2, 4, 6] });
  });

  it("maps through tatweel inside a word", () => {
    const input = "عملياتنا الجهاديـة ضد";
    const n = normalizeArabic(input);
    const at = n.text.indexOf("الجهادية");
    const r = mapRangeToInput(n.map, at, at + "الجهادية".length);
    expect(input.slice(r.start, r.end)).toBe("الجهاديـة");
  });

  it("includes the marks that follow the last matched letter", () => {
    const input = "قُتِلَ جنديٌّ";
    const n = normalizeArabic(input);
    const r = mapRangeToInput(n.map, 4, 8);
    expect(input.slice(r.start, r.end)).toBe("جنديٌّ");
  });

  it("passes emoji and other astral characters through with a correct map", () => {
    const input = "قال😀 𝟘 نعمً👨‍👩‍👧";
    const n = normalizeArabic(input);
    expect(n.text).toBe("قال😀 𝟘 نعم👨‍👩‍👧");
    expectWellFormedMap(input, n);
    const at = n.text.indexOf("😀");
    expect(mapRangeToInput(n.map, at, at + 2)).toEqual({ start: 3, end: 5 });
    const m = n.text.indexOf("𝟘");
    const r = mapRangeToInput(n.map, m, m + 2);
    expect(input.slice(r.start, r.end)).toBe("𝟘");
    const fam = n.text.indexOf("👨");
    const rf = mapRangeToInput(n.map, fam, n.text.length);
    expect(input.slice(rf.start, rf.end)).toBe("👨‍👩‍👧");
  });

  it("maps a part of an expanded presentation form to the whole character", () => {
    const input = "ب\ufefbد";
    const n = normalizeArabic(input);
    expect(n.text).toBe("بلاد");
    expect(mapRangeToInput(n.map, 1, 2)).toEqual({ start: 1, end: 2 });
    expect(mapRangeToInput(n.map, 2, 3)).toEqual({ start: 1, end: 2 });
    expect(mapRangeToInput(n.map, 0, 4)).toEqual({ start: 0, end: 3 });
  });

  it("maps empty ranges to empty ranges and rejects bad ranges", () => {
    const n = normalizeArabic("قُتِلَ");
    expect(mapRangeToInput(n.map, 1, 1)).toEqual({ start: 2, end: 2 });
    expect(mapRangeToInput(n.map, 3, 3)).toEqual({ start: 6, end: 6 });
    expect(() => mapRangeToInput(n.map, 2, 1)).toThrow(RangeError);
    expect(() => mapRangeToInput(n.map, 0, 4)).toThrow(RangeError);
    expect(() => mapRangeToInput(n.map, -1, 1)).toThrow(RangeError);
  });

  it("handles the empty string", () => {
    expect(normalizeArabic("")).toEqual({ text: "", map: [0] });
    expect(normalizeArabic("\u064b\u0640")).toEqual({ text: "", map: [2] });
  });

  it("keeps the map well formed and exact on every sample article, in both modes", () => {
    for (const { text } of readSampleCorpus()) {
      const n = normalizeArabic(text);
      expectWellFormedMap(text, n);
      let bad = 0;
      for (let i = 0; i < n.text.length; i++) {
        const ch = text.charAt(n.map[i] ?? 0);
        if (plain(ch) !== n.text.charAt(i) && ch !== n.text.charAt(i)) bad++;
      }
      expect(bad).toBe(0);
      expectWellFormedMap(text, normalizeArabic(text, { matchKey: true }));
    }
  });

  it("plain mode: for random slices, the mapped-back input range folds to exactly the slice", () => {
    const rand = prng(20231209);
    for (const { text } of readSampleCorpus()) {
      const n = normalizeArabic(text);
      for (let k = 0; k < 300; k++) {
        const a = Math.floor(rand() * n.text.length);
        const b = Math.min(n.text.length, a + 1 + Math.floor(rand() * 60));
        const r = mapRangeToInput(n.map, a, b);
        expect(plain(text.slice(r.start, r.end))).toBe(n.text.slice(a, b));
      }
    }
  });

  it("match keys: for random word-aligned slices, the mapped-back input has the same key", () => {
    const rand = prng(20240124);
    for (const { text } of readSampleCorpus()) {
      const n = normalizeArabic(text, { matchKey: true });
      const starts = [0];
      for (let i = 0; i < n.text.length; i++) if (/\s/u.test(n.text.charAt(i))) starts.push(i + 1);
      for (let k = 0; k < 200; k++) {
        const i = Math.floor(rand() * starts.length);
        const a = starts[i] ?? 0;
        const bIndex = Math.min(starts.length - 1, i + 1 + Math.floor(rand() * 6));
        const b = bIndex === starts.length - 1 && rand() < 0.3 ? n.text.length : (starts[bIndex] ?? 0) - 1;
        if (b <= a) continue;
        const r = mapRangeToInput(n.map, a, b);
        expect(matchKey(text.slice(r.start, r.end))).toBe(n.text.slice(a, b));
      }
    }
  });
});

describe("findNormalized", () => {
  it("finds أميركية spellings of أمريكية in 000 and highlights the original words", () => {
    const text = readSampleArticle("000");
    const hits = findNormalized(text, "الأميركية");
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) expect(matchKey(text.slice(h.start, h.end))).toBe("امريكيه");
    expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe("أمريكية");
  });

  it("finds البنتاجون as البنتاغون and سوريا as سورية in the corpus", () => {
    const t3 = readSampleArticle("003");
    expect(findNormalized(t3, "البنتاجون").map((h) => t3.slice(h.start, h.end))).toEqual(["بنتاغون", "بنتاغون"]);
    const t2 = readSampleArticle("002");
    const syria = findNormalized(t2, "سوريا").map((h) => t2.slice(h.start, h.end));
    expect(syria).toContain("سورية");
  });

  it("matches words with tatweel and tashkeel in the text", () => {
    const text = readSampleArticle("000");
    const hits = findNormalized(text, "حماقة");
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe("حماقـة");
    const t1 = readSampleArticle("001");
    const hit = findNormalized(t1, "تضمان")[0];
    expect(t1.slice(hit?.start, hit?.end)).toBe("تضمّان");
  });

  it("finds Arabic-Indic digits with Western digits", () => {
    expect(findNormalized("قتل ٢٥ شخصا", "25")).toEqual([{ start: 4, end: 6 }]);
  });

  it("finds nothing for an empty or mark-only query", () => {
    expect(findNormalized("نص", "")).toEqual([]);
    expect(findNormalized("نص", "\u064e")).toEqual([]);
  });
});
