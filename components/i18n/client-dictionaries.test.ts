import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph, ROOT, valueImports } from "./import-graph";

/**
 * Only the active language reaches the browser: client components read their strings from the
 * request's catalogue (components/i18n/use-i18n.ts), never from a dictionary module that holds
 * both languages. Everything a "use client" file imports, directly or through other modules, ends
 * up in the browser bundle, so this walks the whole import graph from every client file under
 * app/ and components/ (type-only imports are erased and do not count).
 */
const ARABIC = /[\u0600-\u06FF]/;
const ENGLISH_DICTIONARY = /\bconst\s+en\b\s*(?::[^=]*)?=\s*\{|\ben\s*:\s*\{/;
const ARABIC_DICTIONARY = /\bconst\s+ar\b\s*(?::[^=]*)?=\s*\{|\bar\s*:\s*\{/;

/** A module that holds interface strings in both languages (an `en` and an `ar` dictionary). */
function holdsBothLanguages(source: string): boolean {
  return ARABIC.test(source) && ENGLISH_DICTIONARY.test(source) && ARABIC_DICTIONARY.test(source);
}

const isClientFile = (source: string) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source);

/** Each client file that reaches a two-language dictionary, with the chain of imports that gets there. */
function clientDictionaryImports(): string[] {
  const { sources, edges } = importGraph();
  const rel = (f: string) => path.relative(ROOT, f);
  const offences: string[] = [];
  for (const [file, source] of sources) {
    if (!isClientFile(source) || rel(file).startsWith("lib/")) continue;
    const previous = new Map<string, string | null>([[file, null]]);
    const queue = [file];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (current !== file && holdsBothLanguages(sources.get(current) ?? "")) {
        const chain: string[] = [];
        for (let at: string | null = current; at; at = previous.get(at) ?? null) chain.unshift(rel(at));
        offences.push(chain.join(" → "));
        continue;
      }
      for (const next of edges.get(current) ?? []) {
        if (previous.has(next)) continue;
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return offences.sort();
}

describe("client components and the dictionaries", () => {
  it("recognises a two-language dictionary module", () => {
    expect(holdsBothLanguages(readFileSync(path.join(ROOT, "lib/i18n/messages.ts"), "utf8"))).toBe(true);
    expect(holdsBothLanguages(readFileSync(path.join(ROOT, "lib/i18n/config.ts"), "utf8"))).toBe(false);
    expect(
      valueImports('import type { A } from "./a";\nimport { type B } from "./b";\nimport { c } from "./c";'),
    ).toEqual(["./c"]);
  });

  it("no client file imports, directly or through other modules, a dictionary that holds both languages", () => {
    expect(clientDictionaryImports()).toEqual([]);
  });
});
