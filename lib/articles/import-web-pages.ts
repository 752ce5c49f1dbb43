import { z } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { env } from "../env";
import type { TFetchOptions } from "../import/fetch-page";
import { parseWebPage } from "../import/parse-document";
import type { TParsedSource } from "../import/parse-upload";
import { requireMembership } from "../projects/require-membership";
import { ZHttpUrl } from "../security/http-url";
import { importArticles, type TImportSummary } from "./import-articles";

/** Addresses per request: each is fetched by the server, a few at a time. */
export const MAX_URLS_PER_REQUEST = 50;
const CONCURRENT_FETCHES = 4;

export const ZImportWebPagesInput = z.object({
  /** One address or a list of them. */
  urls: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(ZHttpUrl)
      .min(1, "Give at least one address")
      .max(MAX_URLS_PER_REQUEST, `At most ${MAX_URLS_PER_REQUEST} addresses per request`),
  ),
});
export type TImportWebPagesInput = z.input<typeof ZImportWebPagesInput>;

/**
 * Imports web pages (managers): each address is fetched by the server within the limits of
 * lib/import/fetch-page.ts, its article extracted and its page kept as the article's snapshot,
 * then imported with the same checks as an upload (duplicates, text rules). Each address is
 * imported or refused on its own, with its reason. `fetch` overrides the limits from the
 * environment (IMPORT_FETCH_TIMEOUT_MS, IMPORT_MAX_PAGE_BYTES, IMPORT_ALLOW_PRIVATE).
 */
export async function importWebPages(options: {
  actor: ActingUser;
  projectId: string;
  input: TImportWebPagesInput;
  fetch?: Partial<TFetchOptions>;
  onProgress?: (done: number, total: number) => void;
}): Promise<TImportSummary> {
  const { actor, projectId } = options;
  // Nothing is fetched for someone who may not import.
  await requireMembership(actor, projectId, "MANAGER");
  const { urls } = ZImportWebPagesInput.parse(options.input);
  const e = env();
  const limits: TFetchOptions = {
    timeoutMs: e.IMPORT_FETCH_TIMEOUT_MS,
    maxBytes: e.IMPORT_MAX_PAGE_BYTES,
    allowPrivate: e.IMPORT_ALLOW_PRIVATE,
    ...options.fetch,
  };
  const sources: TParsedSource[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < urls.length; i = next++) sources[i] = await parseWebPage(urls[i]!, limits);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FETCHES, urls.length) }, worker));
  return importArticles({ actor, projectId, sources, onProgress: options.onProgress });
}
