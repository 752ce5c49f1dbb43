import path from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph, ROOT } from "./import-graph";

/**
 * Each page hands its client components the feature dictionaries they read, and no others
 * (components/i18n/feature-messages.tsx): the features named by `useFeatureI18n("…")` anywhere in
 * a route file's import graph are exactly those of its `<FeatureMessages features={[…]}>`. A route
 * file whose graph reads none needs no provider of its own (the root layout sends the app's
 * dictionary to every page).
 */
const ROUTE_FILE = /^(page|layout|error|not-found|global-error|template|default)\.tsx$/;
const HOOK = /useFeatureI18n\(\s*"(\w+)"/g;
const PROVIDED = /<FeatureMessages\s+features=\{\[([^\]]*)\]\}/g;

function routeFeatures(): { route: string; read: string[]; provided: string[] }[] {
  const { sources, edges } = importGraph();
  const routes = [...sources.keys()].filter(
    (f) => path.relative(ROOT, f).startsWith(`app${path.sep}`) && ROUTE_FILE.test(path.basename(f)),
  );
  return routes.map((route) => {
    const read = new Set<string>();
    const seen = new Set([route]);
    const queue = [route];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const [, feature = ""] of (sources.get(current) ?? "").matchAll(HOOK)) read.add(feature);
      for (const next of edges.get(current) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    const provided = new Set<string>();
    for (const [, list = ""] of (sources.get(route) ?? "").matchAll(PROVIDED))
      for (const [, feature = ""] of list.matchAll(/"(\w+)"/g)) provided.add(feature);
    return { route: path.relative(ROOT, route), read: [...read].sort(), provided: [...provided].sort() };
  });
}

describe("the feature dictionaries each page sends", () => {
  const routes = routeFeatures();

  it("finds the pages and the hooks", () => {
    const article = routes.find((r) => r.route.endsWith(path.join("articles", "[articleId]", "page.tsx")));
    expect(article?.read).toContain("annotator");
    expect(routes.length).toBeGreaterThan(20);
  });

  it("every route file provides exactly the feature dictionaries its client components read", () => {
    const mismatches = routes
      .filter((r) => r.read.join() !== r.provided.join())
      .map((r) => `${r.route}: reads [${r.read.join(", ")}], provides [${r.provided.join(", ")}]`);
    expect(mismatches).toEqual([]);
  });
});
