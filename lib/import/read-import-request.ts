import { env } from "../env";
import { PayloadTooLargeError, ValidationError } from "../errors";
import { applyManifest, parseManifest } from "./manifest";
import { isDocumentFile, parseDocumentFile } from "./parse-document";
import { parseJsonArticles, parseUploadedFile, type TParsedSource, type TTitleMode } from "./parse-upload";

const TITLE_MODES: TTitleMode[] = ["auto", "first-line", "none"];

function titleModeOf(value: string | null): TTitleMode {
  if (value === null || value === "") return "auto";
  if (!(TITLE_MODES as string[]).includes(value))
    throw new ValidationError(`titleMode must be one of ${TITLE_MODES.join(", ")}`);
  return value as TTitleMode;
}

/** A file name as the answer and the audit log show it: control characters and lone surrogates become U+FFFD. */
function displayName(name: string): string {
  return name
    .replace(/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .slice(0, 300);
}

/** The optional multipart field `manifest` (a JSON file or text); malformed is a 400 before anything is imported. */
async function readManifest(field: FormDataEntryValue | null) {
  if (field === null) return null;
  const raw = typeof field === "string" ? field : await field.text();
  if (raw.trim() === "") return null;
  const manifest = parseManifest(raw);
  if (typeof manifest === "string") throw new ValidationError(manifest);
  return manifest;
}

/**
 * Reads an import request into sources, one per uploaded file (multipart field `files`) or one
 * per posted JSON article. Each source is accepted or refused on its own.
 */
export async function readImportRequest(req: Request): Promise<TParsedSource[]> {
  const { MAX_ARTICLE_BYTES: maxBytes, MAX_UPLOAD_FILES: maxFiles } = env();
  const type = req.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw new ValidationError("Malformed multipart upload");
    }
    const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
    if (files.length === 0) throw new ValidationError("No files: send them in the multipart field `files`");
    if (files.length > maxFiles) throw new PayloadTooLargeError(`At most ${maxFiles} files per upload`);
    const titleMode = titleModeOf(form.get("titleMode") as string | null);
    const manifest = await readManifest(form.get("manifest"));
    const pageBytes = env().IMPORT_MAX_PAGE_BYTES;
    const sources = await Promise.all(
      files.map(async (file) =>
        isDocumentFile(file.name)
          ? parseDocumentFile(displayName(file.name), new Uint8Array(await file.arrayBuffer()), pageBytes)
          : file.size > maxBytes
            ? {
                name: displayName(file.name),
                ok: false as const,
                code: "too_large",
                message: `The file is ${file.size} bytes; the limit is ${maxBytes} bytes`,
              }
            : parseUploadedFile(displayName(file.name), new Uint8Array(await file.arrayBuffer()), {
                maxBytes,
                titleMode,
              }),
      ),
    );
    return manifest ? applyManifest(sources, manifest) : sources;
  }
  if (type.startsWith("application/json")) {
    let raw: string;
    try {
      raw = new TextDecoder("utf-8", { fatal: true }).decode(await req.arrayBuffer());
    } catch {
      throw new ValidationError("The body is not valid UTF-8");
    }
    if (Buffer.byteLength(raw) > maxBytes * Math.min(maxFiles, 50))
      throw new PayloadTooLargeError("The JSON body is too large; split it into several requests");
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new ValidationError(`Malformed JSON: ${(error as Error).message}`);
    }
    const items = Array.isArray(value)
      ? value
      : value && typeof value === "object" && "articles" in value && Array.isArray(value.articles)
        ? value.articles
        : [value];
    if (items.length === 0) throw new ValidationError("No articles in the request");
    if (items.length > maxFiles) throw new PayloadTooLargeError(`At most ${maxFiles} articles per request`);
    return items.map((item, i): TParsedSource => {
      const name = items.length > 1 ? `articles[${i}]` : "article";
      const json = JSON.stringify(item);
      if (Buffer.byteLength(json) > maxBytes)
        return { name, ok: false, code: "too_large", message: `The article is larger than ${maxBytes} bytes` };
      const drafts = parseJsonArticles(json);
      return typeof drafts === "string"
        ? { name, ok: false, code: "invalid_json", message: drafts }
        : { name, ok: true, drafts };
    });
  }
  throw new ValidationError("Send multipart/form-data with `files`, or application/json article objects");
}
