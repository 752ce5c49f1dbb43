import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { blockText, decodeHtml, extractArticle } from "./extract-article";
import { fetchPage, PageFetchError, type TFetchOptions } from "./fetch-page";
import { draftFromJson, type TParsedSource } from "./parse-upload";
import { makeSnapshot } from "./snapshot";

/**
 * Web pages and documents as import sources: a saved `.html` page, a Word `.docx` document, or an
 * address the server fetches. Each gives one article with its snapshot, or a refusal with a reason,
 * like every other upload (lib/import/parse-upload.ts).
 */

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const isDocumentFile = (name: string): boolean => /\.(html?|xhtml|docx)$/i.test(name);

const refuse = (name: string, code: string, message: string): TParsedSource => ({ name, ok: false, code, message });

/** A saved web page: the article and metadata as from the web; its canonical URL, if it names one. */
function parseHtmlFile(name: string, bytes: Uint8Array): TParsedSource {
  const extracted = extractArticle(decodeHtml(bytes), null);
  if (!extracted.ok) return refuse(name, extracted.code, extracted.message);
  const snapshot = makeSnapshot(bytes, {
    kind: "HTML_FILE",
    requestedUrl: null,
    finalUrl: null,
    fileName: name,
    contentType: "text/html",
    metadata: extracted.metadata,
  });
  return { name, ok: true, drafts: [{ ...extracted.draft, snapshot }] };
}

/** A Word document: its paragraphs one per line; a heading that opens it is the title, else the file name. */
async function parseDocx(name: string, bytes: Uint8Array): Promise<TParsedSource> {
  // A .docx is a zip archive: anything else is refused before the converter sees it.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return refuse(
      name,
      "invalid_docx",
      "The file is not a Word document (.docx); save it as .docx and upload it again",
    );
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return refuse(
      name,
      "invalid_docx",
      `The Word document could not be read (${(error as Error).message.slice(0, 200)})`,
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector("body > h1, body > h2, body > h3");
  const opensWithHeading = heading !== null && document.body.firstElementChild === heading;
  const title = opensWithHeading ? blockText(heading as never) : null;
  if (opensWithHeading) heading.remove();
  const text = blockText(document.body as never);
  if (!text) return refuse(name, "empty", "The Word document has no text");
  const draft = draftFromJson({
    title: title?.slice(0, 500) || name.replace(/\.docx$/i, "").slice(0, 500) || undefined,
    source: null,
    url: null,
    publishedAt: null,
    text,
  });
  if (typeof draft === "string") return refuse(name, "invalid_text", `Refused: ${draft}`);
  const snapshot = makeSnapshot(bytes, {
    kind: "DOCX",
    requestedUrl: null,
    finalUrl: null,
    fileName: name,
    contentType: DOCX_TYPE,
    metadata: { title, extractor: "mammoth 1.13" },
  });
  return { name, ok: true, drafts: [{ ...draft, snapshot }] };
}

/** An uploaded `.html`/`.htm`/`.xhtml` or `.docx` file. */
export async function parseDocumentFile(name: string, bytes: Uint8Array, maxBytes: number): Promise<TParsedSource> {
  if (bytes.byteLength === 0) return refuse(name, "empty", "The file is empty");
  if (bytes.byteLength > maxBytes)
    return refuse(name, "too_large", `The file is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes`);
  return /\.docx$/i.test(name) ? parseDocx(name, bytes) : parseHtmlFile(name, bytes);
}

/** A web address: fetched by the server (see ./fetch-page.ts), its article extracted, its page kept. */
export async function parseWebPage(address: string, options: TFetchOptions): Promise<TParsedSource> {
  const name = address.trim().slice(0, 300);
  try {
    const page = await fetchPage(address, options);
    const extracted = extractArticle(decodeHtml(page.bytes, page.contentType), page.finalUrl);
    if (!extracted.ok) return refuse(name, extracted.code, extracted.message);
    const snapshot = makeSnapshot(page.bytes, {
      kind: "URL",
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      fileName: null,
      contentType: page.contentType,
      capturedAt: page.capturedAt,
      metadata: extracted.metadata,
    });
    return { name, ok: true, drafts: [{ ...extracted.draft, snapshot }] };
  } catch (error) {
    if (error instanceof PageFetchError) return refuse(name, error.code, error.message);
    throw error;
  }
}
