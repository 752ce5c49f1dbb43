import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The app's import graph as the bundler sees it, read from the sources (for the tests that check
 * what reaches the browser): every module under app/, components/ and lib/ (tests and the
 * generated client left out) with the modules it imports for their values (type-only imports are
 * erased and do not count), `@/` and relative specifiers resolved to files.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
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

/** Module specifiers imported for their values (not `import type`, not all-`type` specifier lists). */
export function valueImports(source: string): string[] {
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

/** Each source file's text and the files it imports for their values. */
export function importGraph(): { sources: Map<string, string>; edges: Map<string, string[]> } {
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
  return { sources, edges };
}
