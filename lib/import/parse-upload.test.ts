import { describe, expect, it } from "vitest";
import { parseUploadedFile, parseJsonArticles, draftFromPlainText } from "./parse-upload";

const enc = (s: string) => new TextEncoder().encode(s);
const opts = { maxBytes: 1000 };

describe("parseUploadedFile", () => {
  it("accepts UTF-8 Arabic text and keeps it exactly, NFC-normalised", () => {
    const text = "قال مسؤول إن 7 قذائف سقطت.\nوأضاف أن الهجوم لم يسفر عن إصابات.";
    const result = parseUploadedFile("a.txt", enc(text), opts);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.drafts[0]?.text).toBe(text);
  });

  it("composes decomposed hamza (alef + U+0654) into NFC", () => {
    const result = parseUploadedFile("a.txt", enc("ا\u0654مريكا"), opts);
    expect(result.ok && result.drafts[0]?.text).toBe("أمريكا");
  });

  it("strips a BOM and turns CRLF into LF", () => {
    const result = parseUploadedFile("a.txt", enc("\uFEFFسطر أول\r\nسطر ثان"), opts);
    expect(result.ok && result.drafts[0]?.text).toBe("سطر أول\nسطر ثان");
  });

  it("refuses a file that is not UTF-8", () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]);
    expect(parseUploadedFile("bad.txt", latin1, opts)).toMatchObject({ ok: false, code: "not_utf8" });
  });

  it("refuses empty and whitespace-only files", () => {
    expect(parseUploadedFile("e.txt", new Uint8Array(), opts)).toMatchObject({ ok: false, code: "empty" });
    expect(parseUploadedFile("w.txt", enc(" \n\t\n"), opts)).toMatchObject({ ok: false, code: "invalid_text" });
  });

  it("refuses a file over the size limit, saying the limit", () => {
    const result = parseUploadedFile("big.txt", enc("ب".repeat(600)), opts);
    expect(result).toMatchObject({ ok: false, code: "too_large" });
    expect(!result.ok && result.message).toContain("1000 bytes");
  });

  it("refuses binary content", () => {
    expect(parseUploadedFile("x.txt", enc("abc\u0000def"), opts)).toMatchObject({ ok: false, code: "invalid_text" });
  });

  it("reads a JSON object, an array and {articles: [...]}", () => {
    const one = {
      title: "عنوان",
      source: "Reuters",
      url: "https://example.org/a",
      publishedAt: "2023-12-09",
      text: "نص",
    };
    expect(parseUploadedFile("a.json", enc(JSON.stringify(one)), opts)).toMatchObject({
      ok: true,
      drafts: [{ title: "عنوان", source: "Reuters", publishedAt: "2023-12-09" }],
    });
    const many = parseUploadedFile("b.json", enc(JSON.stringify([one, { ...one, text: "نص آخر" }])), opts);
    expect(many.ok && many.drafts.length).toBe(2);
    const wrapped = parseUploadedFile("c.json", enc(JSON.stringify({ articles: [one] })), opts);
    expect(wrapped.ok && wrapped.drafts.length).toBe(1);
  });

  it("refuses malformed JSON and an invalid article, naming which one", () => {
    expect(parseUploadedFile("a.json", enc('{"title": '), opts)).toMatchObject({ ok: false, code: "invalid_json" });
    const bad = parseUploadedFile("b.json", enc(JSON.stringify([{ text: "نص" }, { title: "x" }])), opts);
    expect(bad).toMatchObject({ ok: false, code: "invalid_json" });
    expect(!bad.ok && bad.message).toMatch(/article 2: text/);
  });

  it("reads JSONL line by line and reports the bad line number", () => {
    const good = `${JSON.stringify({ text: "نص أول" })}\n${JSON.stringify({ text: "نص ثان" })}\n`;
    const parsed = parseUploadedFile("a.jsonl", enc(good), opts);
    expect(parsed.ok && parsed.drafts.length).toBe(2);
    const bad = parseUploadedFile("b.jsonl", enc(`${good}{oops}\n`), opts);
    expect(!bad.ok && bad.message).toMatch(/^Line 3:/);
  });

  it("rejects a publication date that is not a date", () => {
    expect(parseJsonArticles(JSON.stringify({ text: "نص", publishedAt: "yesterday" }))).toMatch(/publishedAt/);
  });
});

describe("title line detection", () => {
  it("takes a short first line followed by a blank line as the title", () => {
    const draft = draftFromPlainText("واشنطن تتحسب لهجمات جديدة\n\nوقال وزير الدفاع إنه يتوقع هجمات.\n");
    expect(draft).toMatchObject({ title: "واشنطن تتحسب لهجمات جديدة", text: "وقال وزير الدفاع إنه يتوقع هجمات.\n" });
  });

  it("keeps a first line that ends a sentence as body text", () => {
    const raw = "بغداد: استهدف هجوم بالصواريخ قاعدتين عسكريتين.\n\nوتبنت الفصائل الهجومين.";
    const draft = draftFromPlainText(raw);
    expect(typeof draft !== "string" && draft.text).toBe(raw);
  });

  it("honours an explicit mode", () => {
    const raw = "سطر أول طويل\nسطر ثان";
    expect(draftFromPlainText(raw, "first-line")).toMatchObject({ title: "سطر أول طويل", text: "سطر ثان" });
    expect(draftFromPlainText("عنوان\n\nنص", "none")).toMatchObject({ text: "عنوان\n\nنص" });
  });
});
