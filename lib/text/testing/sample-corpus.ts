/**
 * Test-only helper: reads the sample articles used as fixtures by the unit tests of the pure
 * text modules. It uses node:fs, so it must never be imported by application code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const corpusDir = fileURLToPath(new URL("../../../sample/corpus/", import.meta.url));

export type SampleArticle = { file: string; text: string };

export function readSampleCorpus(): SampleArticle[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(corpusDir + file, "utf8") }));
}

export function readSampleArticle(prefix: string): string {
  const found = readSampleCorpus().find((a) => a.file.startsWith(prefix));
  if (!found) throw new Error(`no sample article starting with ${prefix}`);
  return found.text;
}
