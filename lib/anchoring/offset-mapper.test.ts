import { Node as PMNode, Schema } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { buildDocFromText } from "./doc-from-text";
import { createOffsetMapper, posToTextOffset, textOffsetToPos } from "./offset-mapper";
import { readSampleArticle, readSampleCorpus } from "../text/testing/sample-corpus";

/** The same node types the reader uses (Tiptap's Document, Paragraph and Text). */
const schema = new Schema({
  nodes: {
    doc: { content: "paragraph+" },
    paragraph: { content: "text*", group: "block" },
    text: {},
  },
});

function pmDoc(text: string): PMNode {
  const doc = PMNode.fromJSON(schema, buildDocFromText(text));
  doc.check();
  return doc;
}

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

describe("buildDocFromText", () => {
  it("makes one paragraph per line and an empty paragraph for an empty line", () => {
    expect(buildDocFromText("أ\n\nب")).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "أ" }] },
        { type: "paragraph" },
        { type: "paragraph", content: [{ type: "text", text: "ب" }] },
      ],
    });
  });

  it("gives the empty text one empty paragraph, and a final newline a last empty paragraph", () => {
    expect(buildDocFromText("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(buildDocFromText("نص\n").content).toHaveLength(2);
  });

  it("keeps white space, tatweel, tashkeel and emoji as they are", () => {
    const line = "  عملياتنا الجهاديـة 😀 قُتِلَ\t";
    expect(buildDocFromText(line).content[0]?.content?.[0]?.text).toBe(line);
  });

  it("builds a valid ProseMirror document for every sample article, with the same text", () => {
    for (const { text } of readSampleCorpus()) {
      const doc = pmDoc(text);
      expect(doc.childCount).toBe(text.split("\n").length);
      expect(doc.textBetween(0, doc.content.size, "\n")).toBe(text);
    }
  });
});

describe("offset mapper", () => {
  it("maps offsets to positions: +1 per paragraph opened", () => {
    const text = "أب\nجد";
    const m = createOffsetMapper(text);
    expect([0, 1, 2, 3, 4, 5].map((o) => m.textOffsetToPos(o))).toEqual([1, 2, 3, 5, 6, 7]);
    expect(m.docSize).toBe(8);
    expect(m.lineStarts).toEqual([0, 3]);
  });

  it("maps every position back, with assoc deciding the boundaries between paragraphs", () => {
    const m = createOffsetMapper("أب\nجد");
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((p) => m.posToTextOffset(p))).toEqual([0, 0, 1, 2, 3, 3, 4, 5, 5]);
    expect(m.posToTextOffset(4, -1)).toBe(2);
    expect(m.posToTextOffset(4, 1)).toBe(3);
    expect(m.posToTextOffset(0, -1)).toBe(0);
    expect(m.posToTextOffset(8, -1)).toBe(5);
  });

  it("handles blank lines: an empty paragraph has one position, the offset of its line", () => {
    const text = "أ\n\n\nب";
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    expect(m.docSize).toBe(doc.content.size);
    expect(m.textOffsetToPos(2)).toBe(4);
    expect(m.textOffsetToPos(3)).toBe(6);
    expect(m.posToTextOffset(4)).toBe(2);
    expect(doc.resolve(4).parent.childCount).toBe(0);
    expect(m.posRangeToTextRange(m.textOffsetToPos(0), m.textOffsetToPos(5))).toEqual({ start: 0, end: 5 });
    expect(doc.textBetween(m.textOffsetToPos(0), m.textOffsetToPos(5), "\n")).toBe(text);
  });

  it("includes the newline when a selection crosses a paragraph boundary", () => {
    const text = "السطر الأول\nالسطر الثاني";
    const m = createOffsetMapper(text);
    const from = m.textOffsetToPos(6);
    const to = m.textOffsetToPos(text.indexOf("الثاني"));
    const range = m.posRangeToTextRange(from, to);
    expect(text.slice(range.start, range.end)).toBe("الأول\nالسطر ");
  });

  it("maps a node range around a whole paragraph inward, without the newlines", () => {
    const text = "أول\nثان\nثالث";
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    const before = doc.resolve(m.textOffsetToPos(4)).before();
    const after = doc.resolve(m.textOffsetToPos(4)).after();
    const r = m.posRangeToTextRange(before, after);
    expect(text.slice(r.start, r.end)).toBe("ثان");
    expect(m.textRangeToPosRange(4, 7)).toEqual({ from: before + 1, to: after - 1 });
  });

  it("counts an emoji as two units on both sides", () => {
    const text = "قال 😀 نعم\n𝟘";
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    const at = text.indexOf("😀");
    expect(m.textOffsetToPos(at + 2) - m.textOffsetToPos(at)).toBe(2);
    expect(doc.textBetween(m.textOffsetToPos(at), m.textOffsetToPos(at + 2))).toBe("😀");
    const z = text.indexOf("𝟘");
    expect(doc.textBetween(m.textOffsetToPos(z), m.textOffsetToPos(z + 2))).toBe("𝟘");
  });

  it("rejects offsets and positions out of range", () => {
    const m = createOffsetMapper("نص");
    expect(() => m.textOffsetToPos(-1)).toThrow(RangeError);
    expect(() => m.textOffsetToPos(3)).toThrow(RangeError);
    expect(() => m.textOffsetToPos(0.5)).toThrow(RangeError);
    expect(() => m.posToTextOffset(5)).toThrow(RangeError);
    expect(() => m.textRangeToPosRange(2, 1)).toThrow(RangeError);
  });

  it("has text-taking helpers that agree with the mapper", () => {
    const text = readSampleArticle("001");
    const m = createOffsetMapper(text);
    for (const o of [0, 5, 200, text.length]) {
      expect(textOffsetToPos(text, o)).toBe(m.textOffsetToPos(o));
      expect(posToTextOffset(text, m.textOffsetToPos(o))).toBe(o);
    }
    expect(textOffsetToPos("أ\nب", 2)).toBe(4);
  });
});

describe("offset mapper on the sample corpus", () => {
  for (const { file, text } of readSampleCorpus()) {
    it(`${file}: every offset round-trips and lands where ProseMirror puts it`, () => {
      const m = createOffsetMapper(text);
      const doc = pmDoc(text);
      expect(m.docSize).toBe(doc.content.size);
      let bad = 0;
      for (let o = 0; o <= text.length; o++) {
        const pos = m.textOffsetToPos(o);
        if (m.posToTextOffset(pos) !== o || m.posToTextOffset(pos, -1) !== o) bad++;
        const $pos = doc.resolve(pos);
        const k = m.lineOf(o);
        if ($pos.parent.type.name !== "paragraph" || $pos.index(0) !== k) bad++;
        if ($pos.parentOffset !== o - (m.lineStarts[k] ?? 0)) bad++;
      }
      expect(bad).toBe(0);
    });

    it(`${file}: the document text between two positions equals the text slice`, () => {
      const m = createOffsetMapper(text);
      const doc = pmDoc(text);
      const rand = prng(text.length);
      let bad = 0;
      for (let n = 0; n < 2000; n++) {
        const a = Math.floor(rand() * (text.length + 1));
        const b = Math.min(text.length, a + Math.floor(rand() * 400));
        if (doc.textBetween(m.textOffsetToPos(a), m.textOffsetToPos(b), "\n") !== text.slice(a, b)) bad++;
        const r = m.posRangeToTextRange(m.textOffsetToPos(a), m.textOffsetToPos(b));
        if (r.start !== a || r.end !== b) bad++;
      }
      expect(bad).toBe(0);
    });
  }

  it("002: the tweet line's URL and @handle map exactly", () => {
    const text = readSampleArticle("002");
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    for (const needle of ["pic.twitter.com/howdN6YEkk", "@omartvsd", "April 21, 2024", "عمر الجنابي"]) {
      const start = text.indexOf(needle);
      expect(start).toBeGreaterThan(0);
      const { from, to } = m.textRangeToPosRange(start, start + needle.length);
      expect(doc.textBetween(from, to)).toBe(needle);
      expect(m.posRangeToTextRange(from, to)).toEqual({ start, end: start + needle.length });
    }
  });

  it("000: a word with tatweel maps exactly", () => {
    const text = readSampleArticle("000");
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    const start = text.indexOf("الجهاديـة");
    const { from, to } = m.textRangeToPosRange(start, start + "الجهاديـة".length);
    expect(doc.textBetween(from, to)).toBe("الجهاديـة");
  });

  it("001: blank lines between paragraphs keep the mapping total", () => {
    const text = readSampleArticle("001");
    const m = createOffsetMapper(text);
    const doc = pmDoc(text);
    const blank = text.indexOf("\n\n") + 1;
    const pos = m.textOffsetToPos(blank);
    expect(doc.resolve(pos).parent.content.size).toBe(0);
    expect(m.posToTextOffset(pos)).toBe(blank);
  });
});
