import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Only the active language reaches the browser: client components read their strings from the
 * request's catalogue (components/i18n/use-i18n.ts), never from a dictionary module that holds
 * both languages. Everything a "use client" file imports, directly or through other modules, ends
 * up in the browser bundle, so this walks the whole import graph from every client file under
 * app/ and components/ (type-only imports are erased and do not count).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx"];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") continue;
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (EXTENSIONS.some((ext) => entry.endsWith(ext)) && !/\.test\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}

const ARABIC = /[\u0600-\u06FF]/;
const ENGLISH_DICTIONARY = /\bconst\s+en\b\s*(?::[^=]*)?=\s*\{|\ben\s*:\s*\{/;
const ARABIC_DICTIONARY = /\bconst\s+ar\b\s*(?::[^=]*)?=\s*\{|\bar\s*:\s*\{/;

/** A module that holds interface strings in both languages (an `en` and an `ar` dictionary). */
function holdsBothLanguages(source: string): boolean {
  return ARABIC.test(source) && ENGLISH_DICTIONARY.test(source) && ARABIC_DICTIONARY.test(source);
}

const isClientFile = (source: string) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source);

/** Module specifiers imported for their values (not `import type`, not all-`type` specifier lists). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const match of source.matchAll(statement)) {
    const [, , clause = "", specifier = ""] = match;
    if (clause.trim().startsWith("type ") || clause.startsWith("type{")) continue;
    const named = clause.match(/^\{([\s\S]*)\}$/)?.[1];
    if (named !== undefined) {
      const specifiers = named
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (specifiers.length > 0 && specifiers.every((s) => s.startsWith("type "))) continue;
    }
    found.push(specifier);
  }
  for (const pattern of [/(?:^|\n)\s*import\s+["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g]) {
    for (const [, specifier = ""] of source.matchAll(pattern)) found.push(specifier);
  }
  return found;
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, `index${e}`)),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each client file that reaches a two-language dictionary, with the chain of imports that gets there. */
function clientDictionaryImports(): string[] {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const sources = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
  const edges = new Map<string, string[]>();
  for (const [file, source] of sources) {
    edges.set(
      file,
      valueImports(source)
        .map((s) => resolve(file, s))
        .filter((f): f is string => f !== null && sources.has(f)),
    );
  }
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
