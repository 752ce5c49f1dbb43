import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ZHttpUrl } from "../security/http-url";
import { dateOf, readPageMetadata, type TPageMetadata } from "./page-metadata";
import { draftFromJson, type TArticleDraft } from "./parse-upload";

/**
 * The article in a web page: the body found by Mozilla's Readability (Firefox's reader view)
 * over a server-side DOM (linkedom), as plain text with one paragraph per line, and the page's
 * metadata (./page-metadata.ts). A page whose body Readability cannot find, or finds too short to
 * be an article (an index page, a paywall, a page built by scripts), is refused with that reason.
 */

/** Shorter than this after extraction, a "body" is a teaser or a caption, not an article. */
export const MIN_BODY_CHARS = 140;

export type TExtracted =
  | { ok: true; draft: TArticleDraft; metadata: TPageMetadata & { extractor: string } }
  | { ok: false; code: "no_article" | "invalid_text"; message: string };

const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split(
    " ",
  ),
);

type TNodeLike = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TNodeLike> };

/** The text of an element with a line break at every block boundary and `<br>`, whitespace collapsed. */
export function blockText(root: TNodeLike): string {
  const parts: string[] = [];
  const walk = (node: TNodeLike) => {
    if (node.nodeType === 3) {
      // A line break in the markup is only layout of the source: it separates words, not paragraphs.
      parts.push((node.textContent ?? "").replace(/[\s\u00a0]+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (name === "script" || name === "style" || name === "noscript" || name === "template") return;
    if (name === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** The character set a page declares (header first, then `<meta>`), or UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType = ""): string {
  const sniff = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const label =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(sniff)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const httpUrlOrNull = (value: string | null | undefined, base: string | null): string | null => {
  if (!value) return null;
  try {
    const absolute = new URL(value, base ?? undefined).href;
    return ZHttpUrl.safeParse(absolute).success ? absolute : null;
  } catch {
    return null;
  }
};

/**
 * Extracts the article of a page. `pageUrl` is where it was fetched from (null for a saved file:
 * then the page's canonical address, if it names one, becomes the article's URL).
 */
export function extractArticle(html: string, pageUrl: string | null): TExtracted {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  // Readability changes the document it reads: the metadata is taken first.
  const article = new Readability(document as unknown as Document, { charThreshold: MIN_BODY_CHARS }).parse();
  const body = article?.content
    ? blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body)
    : "";
  if (body.length < MIN_BODY_CHARS) {
    return {
      ok: false,
      code: "no_article",
      message: body
        ? `No article body on the page: the longest text found is ${body.length} characters (at least ${MIN_BODY_CHARS} needed); is it an index, a paywall or a page built by scripts?`
        : "No article body on the page: it has no block of running text (is it an index, a paywall or a page built by scripts?)",
    };
  }
  const title = metadata.title ?? article?.title ?? null;
  // The headline often opens the extracted body as well; the text starts after it.
  const lines = body.split("\n");
  const text = title && lines[0] === title && lines.length > 1 ? lines.slice(1).join("\n") : body;
  const full = {
    ...metadata,
    title,
    author: metadata.author ?? article?.byline ?? null,
    publisher: metadata.publisher ?? article?.siteName ?? null,
    publishedAt: metadata.publishedAt ?? dateOf(article?.publishedTime),
    extractor: "@mozilla/readability 0.6",
  };
  const draft = draftFromJson({
    title: title?.slice(0, 500) ?? undefined,
    source: full.publisher?.slice(0, 300) ?? null,
    url: pageUrl ?? httpUrlOrNull(metadata.canonicalUrl, null),
    publishedAt: full.publishedAt,
    text,
  });
  return typeof draft === "string"
    ? { ok: false, code: "invalid_text", message: draft }
    : { ok: true, draft, metadata: full };
}
