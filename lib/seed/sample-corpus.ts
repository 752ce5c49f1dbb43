import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { TParsedSource } from "../import/parse-upload";
import { draftFromJson } from "../import/parse-upload";

const ZManifest = z.object({
  articles: z.array(
    z.object({ file: z.string(), title: z.string(), publishedAt: z.iso.date(), source: z.string().optional() }),
  ),
});

export const SAMPLE_CORPUS_DIR = path.join(process.cwd(), "sample", "corpus");

/** The five sample articles shipped with the repository, as import sources with their metadata. */
export async function loadSampleCorpus(dir = SAMPLE_CORPUS_DIR): Promise<TParsedSource[]> {
  const manifest = ZManifest.parse(JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")));
  return Promise.all(
    manifest.articles.map(async (entry): Promise<TParsedSource> => {
      const text = await readFile(path.join(dir, entry.file), "utf8");
      const draft = draftFromJson({
        title: entry.title,
        publishedAt: entry.publishedAt,
        source: entry.source ?? null,
        text,
      });
      return typeof draft === "string"
        ? { name: entry.file, ok: false, code: "invalid_text", message: draft }
        : { name: entry.file, ok: true, drafts: [draft] };
    }),
  );
}
