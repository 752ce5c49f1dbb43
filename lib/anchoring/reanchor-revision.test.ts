import { describe, expect, it } from "vitest";
import { reanchorRevision, type TAnchorInput } from "./reanchor-revision";
import { makeQuoteSelector } from "./selectors";

const OLD = [
  "قال مسؤول أمني في بغداد إن 3 صواريخ سقطت قرب قاعدة عين الأسد الجوية مساء السبت وأصابت 12 جندياً.",
  "وأضاف المسؤول أن الهجوم لم يسفر عن إصابات في صفوف القوات الأمريكية أو العراقية.",
  "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما فتحت قيادة العمليات المشتركة تحقيقاً.",
  "وهذا هو الهجوم الرابع على القاعدة خلال أسبوع، بحسب مصادر محلية.",
].join("\n");

function anchor(id: string, phrase: string, nth = 0): TAnchorInput {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = OLD.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  const q = makeQuoteSelector(OLD, start, start + phrase.length);
  return { id, start, end: start + phrase.length, quote: q.exact, prefix: q.prefix, suffix: q.suffix };
}

const one = (newText: string, a: TAnchorInput) => reanchorRevision(OLD, newText, [a])[0]!;

describe("re-anchoring on a new version of the text", () => {
  it("finds a span exactly where the edits before it put it: placed when its offsets stay, else moved", () => {
    const intro = "أعلنت وزارة الدفاع صباح الأحد تفاصيل جديدة.\n";
    const a = anchor("a", "لم يسفر عن إصابات");
    expect(one(`${intro}${OLD}`, a)).toMatchObject({
      state: "moved",
      method: "exact",
      start: a.start + intro.length,
      quote: a.quote,
    });
    expect(one(OLD, a)).toMatchObject({ state: "placed", start: a.start, end: a.end });
  });

  it("follows a moved paragraph by its context", () => {
    const lines = OLD.split("\n");
    const moved = [lines[3], lines[0], lines[1], lines[2]].join("\n");
    const a = anchor("a", "فتحت قيادة العمليات");
    const result = one(moved, a);
    expect(result).toMatchObject({ state: "moved", method: "exact", quote: a.quote });
    expect(result.state !== "orphaned" && moved.slice(result.start, result.end)).toBe(a.quote);
  });

  it("picks the occurrence whose context matches among repeated words, and orphans rather than guess", () => {
    // "الهجوم" is in the text three times; the second one is annotated.
    const a = anchor("a", "الهجوم", 1);
    const decoy = OLD.replace("وهذا هو", "وقال شاهد إن الهجوم وقع قرب السور. وهذا هو");
    const result = one(decoy, a);
    expect(result.state !== "orphaned" && result.start).toBe(decoy.indexOf("عن الهجوم حتى") + 3);
    // Its sentence removed: the other occurrences have other context, so it is orphaned.
    const removed = OLD.split("\n")
      .filter((_, i) => i !== 2)
      .join("\n");
    expect(one(removed, a)).toMatchObject({ state: "orphaned" });
  });

  it("finds a span whose diacritics or hamza changed after Arabic folding, with its new quote", () => {
    const a = anchor("a", "أي جهة مسؤوليتها");
    const edited = OLD.replace("أي جهة مسؤوليتها", "اي جهةٍ مسؤوليتَها");
    expect(one(edited, a)).toMatchObject({ state: "moved", method: "normalized", quote: "اي جهةٍ مسؤوليتَها" });
  });

  it("finds a corrected figure within the stated edit distance, near its place and with its context", () => {
    const a = anchor("a", "3 صواريخ سقطت");
    const edited = OLD.replace("3 صواريخ", "5 صواريخ");
    expect(one(edited, a)).toMatchObject({ state: "moved", method: "approximate", quote: "5 صواريخ سقطت" });
    const result = one(edited, a);
    expect(result.state !== "orphaned" && result.editDistance).toBeLessThanOrEqual(Math.floor(a.quote.length * 0.2));
    // Beyond the allowed edits it is orphaned.
    const many = OLD.replace("3 صواريخ سقطت", "عدد من الصواريخ سقط");
    expect(one(many, a)).toMatchObject({ state: "orphaned" });
    expect(reanchorRevision(OLD, edited, [a], { maxEditRatio: 0.05 })[0]).toMatchObject({ state: "orphaned" });
  });

  it("orphans a span whose sentence was removed", () => {
    const a = anchor("a", "بحسب مصادر محلية");
    const removed = OLD.split("\n").slice(0, 3).join("\n");
    expect(one(removed, a)).toMatchObject({ state: "orphaned", method: null, reason: expect.any(String) });
  });
});

describe("words the old text had twice with the same context", () => {
  it("orphans them when their own copy goes, rather than move them to the other one", () => {
    const sentence = "وقال البيان إن القصف استهدف مستودعاً للذخيرة قرب المطار.";
    const old = `${sentence}\nوأكد شهود عيان وقوع انفجارات متتالية في المنطقة طوال الليل.\n${sentence}`;
    const start = old.lastIndexOf("القصف استهدف");
    const q = makeQuoteSelector(old, start, start + "القصف استهدف".length);
    const a = { id: "a", start, end: start + q.exact.length, quote: q.exact, prefix: q.prefix, suffix: q.suffix };
    const withoutIt = old.slice(0, old.lastIndexOf("\n"));
    expect(reanchorRevision(old, withoutIt, [a])[0]).toMatchObject({ state: "orphaned" });
    // Unchanged text: the prediction from the text right next to it places it.
    expect(reanchorRevision(old, old, [a])[0]).toMatchObject({ state: "placed", start });
  });

  it("gives each orphan a reason code the interface words in its language", () => {
    const gone = one(OLD.replace("فتحت قيادة العمليات المشتركة تحقيقاً", "انتهى الأمر"), anchor("a", "قيادة العمليات"));
    expect(gone).toMatchObject({ state: "orphaned", code: "not_found" });
    const empty = reanchorRevision(OLD, `${OLD}.`, [{ ...anchor("b", "بغداد"), quote: "" }])[0];
    expect(empty).toMatchObject({ state: "orphaned", code: "empty_quote" });
  });
});
