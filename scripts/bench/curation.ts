/**
 * npm run bench:curation [-- --spans 300 --analysts 3 --rounds 7 --headed]
 *
 * The curation issue's figure: the curation view of one article that 3 analysts annotated with
 * 300 spans each (and a casualty claim on every tenth) opens in under 1.5 s. A fresh embedded
 * PostgreSQL and the production build (support/bench-app.ts); the article is imported through the
 * API, assigned to the analysts, and their spans inserted in bulk (about half where another
 * analyst has the same span, the rest with other boundaries or labels, so most items differ).
 * Headless Chromium, signed in as a manager, opens the view `--rounds` times and prints the
 * medians of first byte, DOMContentLoaded, "open": the rows the server renders (the first 60
 * items) in the DOM and the page hydrated, so the keys work, and "all rows": every item drawn.
 * Beside it, in the same run, the baseline: the same page as the server rendered it, saved as
 * static HTML without its scripts and served by a bare Node server (what the browser alone takes
 * to show those rows), and the JSON of GET /articles/{id}/curation.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import postgres from "postgres";
import { generateArticle, samplePieces, signInCookie, startBenchApp } from "./support/bench-app";
import { serveStaticPage } from "./support/static-reader";

const { values } = parseArgs({
  options: {
    spans: { type: "string", default: "300" },
    analysts: { type: "string", default: "3" },
    rounds: { type: "string", default: "7" },
    headed: { type: "boolean", default: false },
  },
});
const SPANS = Number(values.spans);
const ANALYSTS = Number(values.analysts);
const ROUNDS = Math.max(3, Number(values.rounds));

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
};

/** Loads a page and times it: first byte and DOMContentLoaded from the navigation entry, then until `done` holds. */
async function timeLoad(page: Page, url: string, done: (page: Page) => Promise<void>) {
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await done(page);
  const open = performance.now() - started;
  const nav = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    return { firstByte: entry?.responseStart ?? Number.NaN, dcl: entry?.domContentLoadedEventEnd ?? Number.NaN };
  });
  return { ...nav, open };
}

async function main() {
  const app = await startBenchApp();
  const q = postgres(app.databaseUrl, { max: 2, onnotice: () => undefined });
  let closeBaseline: (() => void) | undefined;
  try {
    const text = generateArticle(await samplePieces(), 30_000, 1);
    const imported = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${app.token}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Curation benchmark", text }),
    });
    if (!imported.ok) throw new Error(`import failed: HTTP ${imported.status} ${await imported.text()}`);
    const [article] = await q<{ id: string; text: string }[]>`
      select id, text from "Article" where "projectId" = ${app.projectId} order by "createdAt" desc limit 1`;
    if (!article) throw new Error("the article was not imported");
    const analysts = Array.from({ length: ANALYSTS }, () => randomUUID());
    for (const [n, id] of analysts.entries()) {
      await q`insert into "User" (id, email, name, "passwordHash", "updatedAt")
              values (${id}, ${`analyst${n}@bench.local`}, ${`Analyst ${n + 1}`}, 'x', now())`;
      await q`insert into "Membership" ("projectId", "userId", role) values (${app.projectId}, ${id}, 'ANALYST')`;
      await q`insert into "Assignment" (id, "projectId", "articleId", "userId", status, "updatedAt")
              values (gen_random_uuid(), ${app.projectId}, ${article.id}, ${id}, 'DONE', now())`;
    }
    await q`update "Project" set "independentAnnotation" = true where id = ${app.projectId}`;
    const length = article.text.length;
    // Even spans are the same for every analyst; odd ones are placed by each analyst's own seed.
    await q`
      insert into "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, "authorId", "updatedAt")
      select gen_random_uuid(), ${app.projectId}, ${article.id}, l.id, s.start, s.start + 4 + (s.h % 30),
             substr(${article.text}, s.start + 1, 4 + (s.h % 30)), '', '', u, now()
      from unnest(${analysts}::uuid[]) with ordinality as analyst(u, k)
      cross join lateral (
        select g, abs(hashtext(g::text || case when g % 2 = 0 then '' else analyst.k::text end)) as h,
               abs(hashtext(g::text || case when g % 2 = 0 then '' else analyst.k::text end)) % ${length - 40} as start
        from generate_series(1, ${SPANS}) g) s
      join lateral (select id from "Label" where "projectId" = ${app.projectId} order by "order" offset s.h % 10 limit 1) l on true`;
    await q`
      insert into "Claim" (id, "projectId", "articleId", kind, "claimSpanId", figures, "authorId", "updatedAt")
      select gen_random_uuid(), sp."projectId", sp."articleId", 'CASUALTY', sp.id,
             jsonb_build_object('killed', jsonb_build_object('qualifier', 'exactly', 'value', sp.start % 30)), sp."authorId", now()
      from (select *, row_number() over (partition by "authorId" order by start) as n from "Span" where "articleId" = ${article.id}) sp
      where sp.n % 10 = 0`;
    const path = `/projects/${app.projectId}/articles/${article.id}/curate`;

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: !values.headed,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
    const cookie = await signInCookie(app);
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name, ...rest] = pair.split("=");
        return { name: name!, value: rest.join("="), url: app.url };
      }),
    );
    const page = await context.newPage();

    // Warm-up: the page once; how many item rows it settles to, and its server-rendered HTML.
    const warm = await page.request.get(`${app.url}${path}`);
    const html = await warm.text();
    await page.goto(`${app.url}${path}`);
    await page.waitForSelector("html[data-hydrated]");
    const { items: all } = (await (
      await fetch(`${app.url}/api/v1/articles/${article.id}/curation`, {
        headers: { authorization: `Bearer ${app.token}` },
      })
    ).json()) as { items: { differences: string[] }[] };
    const items = all.length;
    const differing = all.filter((i) => i.differences.length > 0).length;
    const rows = (n: number) => async (p: Page) => {
      await p.waitForFunction((n) => document.querySelectorAll('[data-testid="curation-item"]').length >= n, n, {
        polling: "raf",
      });
    };
    await rows(items)(page);
    const first = (html.match(/data-testid="curation-item"/g) ?? []).length;
    const baseline = await serveStaticPage(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ""));
    closeBaseline = baseline.close;

    const view: { firstByte: number; dcl: number; open: number }[] = [];
    const everyRow: number[] = [];
    const still: { firstByte: number; dcl: number; open: number }[] = [];
    const json: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const opened = performance.now();
      view.push(
        await timeLoad(page, `${app.url}${path}`, async (p) => {
          await rows(first)(p);
          await p.waitForSelector("html[data-hydrated]");
        }),
      );
      await rows(items)(page);
      everyRow.push(performance.now() - opened);
      still.push(await timeLoad(page, baseline.url, rows(first)));
      const started = performance.now();
      const answer = await fetch(`${app.url}/api/v1/articles/${article.id}/curation`, {
        headers: { authorization: `Bearer ${app.token}` },
      });
      await answer.arrayBuffer();
      json.push(performance.now() - started);
    }
    await browser.close();
    const pick = (rows: typeof view, key: keyof (typeof view)[number]) => median(rows.map((r) => r[key]));
    console.log(
      `${ANALYSTS} analysts × ${SPANS} spans (${ANALYSTS * SPANS} spans, ${items} items, ${differing} differing) on a ${length.toLocaleString("en")}-character article, ${ROUNDS} rounds (medians):`,
    );
    console.log(
      `  curation view:   first byte ${pick(view, "firstByte")} ms, DOMContentLoaded ${pick(view, "dcl")} ms, open (first ${first} rows, hydrated) ${pick(view, "open")} ms (target < 1,500 ms), all ${items} rows ${median(everyRow)} ms`,
    );
    console.log(
      `  static baseline: first byte ${pick(still, "firstByte")} ms, DOMContentLoaded ${pick(still, "dcl")} ms, the same ${first} rows ${pick(still, "open")} ms`,
    );
    console.log(`  GET /api/v1/articles/{id}/curation: ${median(json)} ms`);
  } finally {
    closeBaseline?.();
    await q.end();
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
