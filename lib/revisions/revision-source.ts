import { env } from "../env";
import { AppError, ValidationError } from "../errors";
import { isDocumentFile, parseDocumentFile, parseWebPage } from "../import/parse-document";
import { draftFromPlainText, parseUploadedFile, type TArticleDraft, type TParsedSource } from "../import/parse-upload";
import { ZHttpUrl } from "../security/http-url";

/**
 * Where a new version of an article's text comes from: pasted text, an uploaded .txt, .html or
 * .docx file, or a web address (the article's own when none is given), read by the same rules as
 * an import (lib/import). A source that gives no text is refused with the importer's reason.
 */
export type TRevisionSource =
  | { kind: "text"; text: string }
  | { kind: "file"; name: string; bytes: Uint8Array }
  | { kind: "url"; url: string | null };

export type TRevisionOrigin = "text" | "file" | "url";

/** Files a revision takes: plain text, saved web pages and Word documents (not JSON datasets). */
const REVISION_FILE = /\.(txt|text|html?|xhtml|docx)$/i;

/** The address a `url` source fetches: its own, else the article's; refused when neither is a web address. */
export function revisionAddress(source: { url: string | null }, articleUrl: string | null): string {
  const address = source.url ?? articleUrl;
  if (!address) throw new ValidationError("The article has no web address: give one with `url`");
  const parsed = ZHttpUrl.safeParse(address);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Not a web address");
  return parsed.data;
}

/** The draft a source gives, or a 4xx naming why it gives none. */
export async function readRevisionSource(
  source: TRevisionSource,
  articleUrl: string | null,
  fetchOptions?: { allowPrivate?: boolean },
): Promise<TArticleDraft> {
  const e = env();
  let parsed: TParsedSource;
  if (source.kind === "text") {
    const draft = draftFromPlainText(source.text, "none");
    if (typeof draft === "string") throw new ValidationError(`The new text is refused: ${draft}`);
    return draft;
  }
  if (source.kind === "file") {
    if (!REVISION_FILE.test(source.name)) throw new ValidationError("A new version is a .txt, .html or .docx file");
    parsed = isDocumentFile(source.name)
      ? await parseDocumentFile(source.name, source.bytes, e.IMPORT_MAX_PAGE_BYTES)
      : parseUploadedFile(source.name, source.bytes, { maxBytes: e.MAX_ARTICLE_BYTES, titleMode: "auto" });
  } else {
    parsed = await parseWebPage(revisionAddress(source, articleUrl), {
      timeoutMs: e.IMPORT_FETCH_TIMEOUT_MS,
      maxBytes: e.IMPORT_MAX_PAGE_BYTES,
      allowPrivate: e.IMPORT_ALLOW_PRIVATE,
      ...fetchOptions,
    });
  }
  if (!parsed.ok) throw new AppError(422, parsed.code, parsed.message);
  const [draft] = parsed.drafts;
  if (!draft) throw new AppError(422, "empty", "The source holds no text");
  return draft;
}
