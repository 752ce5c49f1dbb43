import { z } from "zod";
import { ZHttpUrl } from "../security/http-url";
import { textProblem } from "../security/input-guard";
import { ZDate, type TParsedSource } from "./parse-upload";

const ZNoControlText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !textProblem(v), "contains characters that cannot be stored")
    .transform((v) => v.normalize("NFC"));

const ZManifestEntry = z.union([
  ZNoControlText(500).transform((title) => ({ title })),
  z.object({
    title: ZNoControlText(500).optional(),
    publishedAt: ZDate.nullish(),
    source: ZNoControlText(300).nullish(),
    url: ZHttpUrl.nullish(),
  }),
]);

/**
 * An upload's manifest: JSON naming, per uploaded file, its title and publication date (and
 * optionally outlet and URL): `{ "003.txt": { "title": "…", "publishedAt": "2023-12-09" } }`, or
 * just `{ "003.txt": "…" }` for a title.
 */
export const ZImportManifest = z.record(z.string().min(1), ZManifestEntry);
type TImportManifest = z.output<typeof ZImportManifest>;

/** Reads a manifest's JSON text; a string says what is wrong with it. */
export function parseManifest(raw: string): TImportManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `The manifest is not JSON: ${(error as Error).message}`;
  }
  const parsed = ZImportManifest.safeParse(value);
  if (parsed.success) return parsed.data;
  return `The manifest is not a JSON object of file name → title or { title, publishedAt }: ${parsed.error.issues
    .map((i) => `${i.path.join(".")}: ${i.message}`)
    .join("; ")}`;
}

/**
 * Gives each uploaded file's article the manifest's title, date, outlet and URL, overriding what
 * was read from the file. Files the manifest does not name, and files holding several articles
 * (JSON, JSONL), keep their own; names the upload does not hold are ignored, since a large upload
 * is sent in batches with the same manifest.
 */
export function applyManifest(sources: TParsedSource[], manifest: TImportManifest): TParsedSource[] {
  return sources.map((source) => {
    const entry = manifest[source.name];
    if (!entry || !source.ok || source.drafts.length !== 1) return source;
    const [draft] = source.drafts;
    return {
      ...source,
      drafts: [
        {
          ...draft!,
          ...(entry.title ? { title: entry.title } : {}),
          ...("publishedAt" in entry && entry.publishedAt !== undefined ? { publishedAt: entry.publishedAt } : {}),
          ...("source" in entry && entry.source !== undefined ? { source: entry.source } : {}),
          ...("url" in entry && entry.url !== undefined ? { url: entry.url } : {}),
        },
      ],
    };
  });
}
