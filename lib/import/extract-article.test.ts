import { describe, expect, it } from "vitest";
import { blockText, decodeHtml, extractArticle } from "./extract-article";
import { indexPage, NEWS_PARAGRAPHS, NEWS_TITLE, newsPage } from "./news-page-fixtures";
import { readPageMetadata } from "./page-metadata";
import { parseHTML } from "linkedom";

describe("article extraction from a news page", () => {
  it("keeps the body, one paragraph per line, without navigation, byline, related links or footer", () => {
    const result = extractArticle(newsPage(), "https://wire.example/a/1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toEqual({
      title: NEWS_TITLE,
      source: "وكالة الخبر",
      url: "https://wire.example/a/1",
      publishedAt: "2024-01-14",
      text: NEWS_PARAGRAPHS.join("\n"),
    });
    expect(result.metadata).toMatchObject({ author: "سارة الجبوري", publisher: "وكالة الخبر" });
  });

  it("reads the metadata from OpenGraph and <meta> when there is no JSON-LD, and the canonical URL for a saved page", () => {
    const result = extractArticle(newsPage({ jsonLd: false }), null);
    expect(result.ok && result.draft).toMatchObject({
      title: NEWS_TITLE,
      source: "وكالة الخبر",
      publishedAt: "2024-01-14",
      url: "https://wire.example/iraq/2024/01/14/rockets-ain-al-asad",
    });
    expect(result.ok && result.metadata.author).toBe("سارة الجبوري");
  });

  it("prefers JSON-LD to OpenGraph and <meta>", () => {
    const { document } = parseHTML(
      `<html><head><meta property="og:title" content="OG"><meta name="date" content="2020-01-01">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"LD","datePublished":"2024-02-03","author":"A","publisher":{"name":"P"}}]}</script>
      <script type="application/ld+json">{not json</script></head><body></body></html>`,
    );
    expect(readPageMetadata(document)).toEqual({
      title: "LD",
      author: "A",
      publisher: "P",
      publishedAt: "2024-02-03",
      canonicalUrl: null,
    });
  });

  it("refuses a page without an article body, saying why", () => {
    const result = extractArticle(indexPage(), "https://wire.example/iraq");
    expect(result).toMatchObject({ ok: false, code: "no_article", message: expect.stringMatching(/No article body/) });
  });

  it("decodes the character set the page declares (Windows-1256 Arabic)", () => {
    // "سلام" in Windows-1256.
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xd3, 0xe1, 0xc7, 0xe3, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(decodeHtml(bytes, "text/html; charset=windows-1256")).toBe("<p>سلام</p>");
    expect(decodeHtml(new TextEncoder().encode("<p>سلام</p>"), "text/html")).toBe("<p>سلام</p>");
  });

  it("breaks lines at blocks and <br>, never inside a sentence", () => {
    const { document } = parseHTML("<div><p>أ <b>ب</b>\n ت</p><ul><li>ث</li><li>ج<br>ح</li></ul></div>");
    expect(blockText(document.querySelector("div") as never)).toBe("أ ب ت\nث\nج\nح");
  });
});
