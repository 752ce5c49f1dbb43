/**
 * npm run bench:reader                      (20 KB article, 2,000 overlapping spans)
 * npm run bench:reader-long                 (200 KB article, 20,000 spans)
 * [-- --bytes 20000 --spans 2000 --rounds 9 --headed --serve]
 *
 * Issue 20's reader figure. A generated Arabic article with overlapping spans (a fresh embedded
 * PostgreSQL and the production build, bench-app.ts), and beside it the baseline: a static HTML
 * page with the same text and the same spans pre-rendered as the segmented inline elements the
 * reader draws (same classes, same stylesheet, same data attributes), served by a bare Node
 * server. Headless Chromium (Playwright's library, /usr/bin/chromium or CHROMIUM_PATH), signed in,
 * loads the two alternately, `--rounds` times each, and prints per page the medians of:
 *  - first byte (responseStart) and DOMContentLoaded;
 *  - "on screen": the frame after the highlights of the paragraphs in the first viewport are in
 *    the DOM (as many highlight elements as the settled page has there);
 *  - "all": the frame after every highlight of the article is in the DOM;
 *  - for the article page, "ready": the editor drawn and selectable (data-ready="true");
 * and the ratios article page ÷ baseline. Then, on the article page: mouse-up → selection
 * toolbar (median of 7 drags), and a scroll through the whole text with the Long Animation
 * Frames API (frames longer than 50 ms, the longest), the same scroll on the baseline beside it.
 * `--serve` sets everything up, prints the two addresses and a session cookie, and waits (for
 * profiling by hand) instead of measuring.
 * Targets: all spans painted within 1.5× the baseline; selection ≤ 50 ms; for the long article,
 * what is on screen painted under 1.5 s and no frame over 50 ms while scrolling.
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import postgres from "postgres";
import { compareSpans } from "../../components/annotator/span-store";
import type { TLabel, TSpan } from "../../components/annotator/types";
import { seeded } from "./search-data";
import { generateArticle, samplePieces, signInCookie, startBenchApp, type BenchApp } from "./support/bench-app";
import { serveStaticPage, staticReaderPage } from "./support/static-reader";

const { values } = parseArgs({
  options: {
    bytes: { type: "string", default: "20000" },
    spans: { type: "string", default: "2000" },
    rounds: { type: "string", default: "9" },
    headed: { type: "boolean", default: false },
    serve: { type: "boolean", default: false },
  },
});
const BYTES = Number(values.bytes);
const SPANS = Number(values.spans);
const ROUNDS = Math.max(7, Number(values.rounds));
const LONG = BYTES > 50_000;

const median = (xs: readonly number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number) => Math.round(v);

type TSetup = { articleId: string; text: string; spans: TSpan[]; labels: TLabel[] };

/** The article through the API, then the spans inserted in bulk (the domain functions would take minutes). */
async function setUp(app: BenchApp): Promise<TSetup> {
  const auth = { authorization: `Bearer ${app.token}` };
  const pieces = await samplePieces();
  const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ title: `Reader benchmark (${SPANS} spans)`, text: generateArticle(pieces, BYTES, 4) }),
  });
  if (!res.ok) throw new Error(`article import failed: HTTP ${res.status} ${await res.text()}`);
  const articleId = ((await res.json()) as { results: { articles: { id: string }[] }[] }).results[0]!.articles[0]!.id;
  const { text } = (await (await fetch(`${app.url}/api/v1/articles/${articleId}`, { headers: auth })).json()) as {
    text: string;
  };
  const { labels } = (await (
    await fetch(`${app.url}/api/v1/projects/${app.projectId}/labels`, { headers: auth })
  ).json()) as { labels: TLabel[] };

  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    // The import's suggestion run draws dashed proposals over the text; the baseline has none.
    for (let i = 0; i < 600; i++) {
      const [busy] = await sql<{ n: number }[]>`
        select count(*)::int as n from "SuggestionRun" where status in ('QUEUED', 'RUNNING')`;
      if (busy?.n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await sql`delete from "Suggestion" where "articleId" = ${articleId}::uuid`;
    const [author] = await sql<{ id: string }[]>`select id from "User" where email = ${app.email}`;
    const next = seeded(2024);
    const rows: Record<string, unknown>[] = [];
    while (rows.length < SPANS) {
      const start = Math.floor(next() * (text.length - 2));
      const end = Math.min(text.length, start + 2 + Math.floor(next() * 60));
      const quote = text.slice(start, end);
      // A span over line breaks alone has no characters to draw.
      if (quote.trim() === "") continue;
      rows.push({
        id: randomUUID(),
        labelId: labels[Math.floor(next() * labels.length)]!.id,
        start,
        end,
        quote,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      });
    }
    for (let i = 0; i < rows.length; i += 2_000) {
      const batch = rows.slice(i, i + 2_000);
      await sql`
        insert into "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, "authorId", "createdAt", "updatedAt")
        select r.id, ${app.projectId}::uuid, ${articleId}::uuid, r."labelId", r.start, r."end", r.quote, r.prefix, r.suffix,
          ${author!.id}::uuid, now(), now()
        from jsonb_to_recordset(${sql.json(batch as unknown as postgres.JSONValue)})
          as r(id uuid, "labelId" uuid, start int, "end" int, quote text, prefix text, suffix text)`;
    }
  } finally {
    await sql.end();
  }
  const { spans } = (await (
    await fetch(`${app.url}/api/v1/articles/${articleId}/spans`, { headers: auth })
  ).json()) as {
    spans: TSpan[];
  };
  if (spans.length !== SPANS) throw new Error(`expected ${SPANS} spans, the API lists ${spans.length}`);
  return { articleId, text, spans: spans.sort(compareSpans), labels };
}

/**
 * Runs in every page before its own scripts: each animation frame counts the highlight elements
 * (all, and those in the paragraphs that were on screen in the settled page) and stamps the
 * first frame that reaches each target, after that frame is painted (a message posted from the
 * frame's callback runs after the paint).
 */
function probe(targets: Record<string, { onScreen: number; paragraphs: number; all: number } | undefined>) {
  const w = window as unknown as { __bench: Record<string, number> };
  w.__bench = {};
  const target = targets[location.port];
  const after = (name: string) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (w.__bench[name] = performance.now());
    channel.port2.postMessage(0);
  };
  const tick = () => {
    const root = document.querySelector('[data-testid="article-text"]');
    if (root && target) {
      const reader = root.querySelector(".ProseMirror") ?? root.querySelector(".wb-reader");
      if (reader && w.__bench.onScreenFrame === undefined) {
        let n = 0;
        const ps = reader.children;
        for (let i = 0; i < target.paragraphs && i < ps.length; i++)
          n += ps[i]!.getElementsByClassName("wb-seg").length;
        if (n >= target.onScreen) {
          w.__bench.onScreenFrame = performance.now();
          after("onScreen");
        }
      }
      if (reader && w.__bench.allFrame === undefined && reader.getElementsByClassName("wb-seg").length >= target.all) {
        w.__bench.allFrame = performance.now();
        after("all");
      }
      if (w.__bench.ready === undefined && root.getAttribute("data-ready") === "true")
        w.__bench.ready = performance.now();
    }
    if (
      w.__bench.allFrame === undefined ||
      w.__bench.onScreenFrame === undefined ||
      (root?.hasAttribute("data-ready") && w.__bench.ready === undefined)
    )
      requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** What the settled page draws: highlight elements, distinct span ids, those in the first viewport. */
async function settledCounts(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const reader = root.querySelector(".ProseMirror") ?? root.querySelector(".wb-reader")!;
    const segs = reader.getElementsByClassName("wb-seg");
    const ids = new Set<string>();
    for (const seg of Array.from(segs))
      for (const id of (seg.getAttribute("data-span-id") ?? "").split(" ")) ids.add(id);
    let paragraphs = 0;
    let onScreen = 0;
    for (const p of Array.from(reader.children)) {
      if (p.getBoundingClientRect().top >= window.innerHeight) break;
      paragraphs++;
      onScreen += p.getElementsByClassName("wb-seg").length;
    }
    return {
      all: segs.length,
      spanIds: ids.size,
      paragraphs,
      onScreen,
      domNodes: document.getElementsByTagName("*").length,
    };
  });
}

type TLoad = { ttfb: number; dcl: number; onScreen: number; all: number; ready: number; bytes: number };

async function load(page: Page, url: string, app: boolean): Promise<TLoad> {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    (app) => {
      const b = (window as unknown as { __bench?: Record<string, number> }).__bench;
      return !!b && b.all !== undefined && b.onScreen !== undefined && (!app || b.ready !== undefined);
    },
    app,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Record<string, number> }).__bench;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return {
      ttfb: nav.responseStart,
      dcl: nav.domContentLoadedEventEnd,
      onScreen: b.onScreen!,
      all: b.all!,
      ready: b.ready ?? Number.NaN,
      bytes: nav.encodedBodySize + resources.reduce((sum, r) => sum + r.encodedBodySize, 0),
    };
  });
}

/** Drags over 24 characters of a paragraph in the middle of the view; mouse-up → toolbar in the page. */
async function timeSelection(page: Page, attempt: number): Promise<{ ms: number; selected: string }> {
  const spot = await page.evaluate((attempt) => {
    const reader = document.querySelector('[data-testid="article-text"] .ProseMirror')!;
    const ps = Array.from(reader.children).filter((p) => (p.textContent ?? "").length > 120);
    const p = ps[(ps.length >> 1) + attempt]!;
    p.scrollIntoView({ block: "center" });
    const nodes: { node: Text; start: number }[] = [];
    let text = "";
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    }
    const charBox = (offset: number) => {
      const hit = nodes.find(({ node, start }) => offset >= start && offset < start + node.data.length)!;
      const range = document.createRange();
      range.setStart(hit.node, offset - hit.start);
      range.setEnd(hit.node, offset - hit.start + 1);
      return range.getBoundingClientRect();
    };
    // Arabic letters only at both ends, on one line: press right of the first, release left of the last.
    let from = 20;
    while (!/\p{L}/u.test(text[from] ?? "") || !/\p{L}/u.test(text[from + 23] ?? "")) from++;
    const a = charBox(from);
    const z = charBox(from + 23);
    return {
      press: { x: a.right - 1, y: (a.top + a.bottom) / 2 },
      release: { x: z.left + 1, y: (z.top + z.bottom) / 2 },
    };
  }, attempt);
  await page.evaluate(() => {
    const marks = window as unknown as { __released?: number; __toolbar?: number };
    marks.__toolbar = undefined;
    window.addEventListener("mouseup", (event) => (marks.__released = event.timeStamp), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="selection-toolbar"]')) return;
      marks.__toolbar = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.mouse.move(spot.press.x, spot.press.y);
  await page.mouse.down();
  await page.mouse.move((spot.press.x + spot.release.x) / 2, (spot.press.y + spot.release.y) / 2, { steps: 4 });
  await page.mouse.move(spot.release.x, spot.release.y, { steps: 4 });
  await page.mouse.up();
  await page.waitForSelector('[data-testid="selection-toolbar"]', { timeout: 10_000 });
  const result = await page.evaluate(() => {
    const marks = window as unknown as { __released?: number; __toolbar?: number };
    return { ms: (marks.__toolbar ?? Number.NaN) - (marks.__released ?? Number.NaN), selected: String(getSelection()) };
  });
  await page.keyboard.press("Escape");
  await page.mouse.click(5, 5);
  return result;
}

/** Scrolls the whole page with the wheel, 300 px a step, and reads the Long Animation Frames meanwhile. */
async function scrollFrames(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const w = window as unknown as { __loaf: number[] };
    w.__loaf = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__loaf.push(entry.duration);
    }).observe({ type: "long-animation-frame" });
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  const started = performance.now();
  const box = page.viewportSize()!;
  await page.mouse.move(box.width / 2, box.height / 2);
  for (let y = 0; y < height; y += 300) {
    await page.mouse.wheel(0, 300);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  const seconds = (performance.now() - started) / 1000;
  const loaf = await page.evaluate(() => (window as unknown as { __loaf: number[] }).__loaf);
  return {
    steps: Math.ceil(height / 300),
    seconds,
    over50: loaf.filter((d) => d > 50).length,
    longest: Math.max(0, ...loaf),
  };
}

async function main() {
  const app = await startBenchApp();
  let closeStatic: () => void = () => undefined;
  try {
    const setup = await setUp(app);
    const html = await staticReaderPage(setup);
    const baseline = await serveStaticPage(html);
    closeStatic = baseline.close;
    const articleUrl = `${app.url}/projects/${app.projectId}/articles/${setup.articleId}`;
    console.log(
      `Article: ${Buffer.byteLength(setup.text)} bytes, ${setup.text.split("\n").length} lines, ${setup.spans.length} spans; baseline page ${html.length} bytes`,
    );

    if (values.serve) {
      console.log(`baseline: ${baseline.url}\narticle page: ${articleUrl}\ncookie: ${await signInCookie(app)}`);
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: !values.headed,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    // tsx names the functions it compiles (__name(fn, "…")); the page has no such helper.
    await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
    const cookies = (await signInCookie(app)).split("; ").map((pair) => {
      const [name, ...rest] = pair.split("=");
      return { name: name!, value: rest.join("="), url: app.url };
    });
    await context.addCookies(cookies);
    const page = await context.newPage();
    // A hydration mismatch would re-render the page on the client: a figure that would not hold.
    const consoleErrors = new Set<string>();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.add(message.text().slice(0, 200));
    });

    // Warm-up: both pages once (compiled chunks cached, server caches warm); what each settles to.
    const portOf = (url: string) => new URL(url).port;
    await page.goto(baseline.url);
    const staticCounts = await settledCounts(page);
    await page.goto(articleUrl);
    await page.waitForSelector('[data-testid="article-text"][data-ready="true"] .ProseMirror', { timeout: 120_000 });
    await page.waitForSelector('[data-testid="suggestions-panel"][data-settled="true"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    const appCounts = await settledCounts(page);
    console.log("settled baseline:", JSON.stringify(staticCounts));
    console.log("settled article page:", JSON.stringify(appCounts));
    if (appCounts.spanIds !== SPANS || staticCounts.spanIds !== SPANS)
      throw new Error(`not every span is drawn (${appCounts.spanIds} / ${staticCounts.spanIds} of ${SPANS})`);
    await page.addInitScript(probe, {
      [portOf(baseline.url)]: staticCounts,
      [portOf(articleUrl)]: appCounts,
    });

    const loads: { static: TLoad[]; app: TLoad[] } = { static: [], app: [] };
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which goes first, so neither always follows the other.
      const order = r % 2 === 0 ? (["static", "app"] as const) : (["app", "static"] as const);
      for (const kind of order) {
        const result = await load(page, kind === "app" ? articleUrl : baseline.url, kind === "app");
        loads[kind].push(result);
        if (kind === "app") await page.waitForTimeout(300); // let the live stream and panels settle
      }
      process.stderr.write(
        `round ${r + 1}: baseline ${round(loads.static.at(-1)!.all)} ms, article page ${round(loads.app.at(-1)!.all)} ms (ready ${round(loads.app.at(-1)!.ready)} ms)\n`,
      );
    }
    const m = (kind: "static" | "app", key: keyof TLoad) => median(loads[kind].map((l) => l[key]));
    const row = (name: string, key: keyof TLoad) =>
      `${name.padEnd(28)}${round(m("static", key)).toString().padStart(10)}${round(m("app", key)).toString().padStart(14)}${(m("app", key) / m("static", key)).toFixed(2).padStart(9)}×`;
    console.log(`\nmedians of ${ROUNDS} interleaved loads each (ms from navigation start)`);
    console.log(`${"".padEnd(28)}${"baseline".padStart(10)}${"article page".padStart(14)}${"ratio".padStart(10)}`);
    console.log(row("first byte", "ttfb"));
    console.log(row("DOMContentLoaded", "dcl"));
    console.log(row("on-screen spans painted", "onScreen"));
    console.log(row("all spans painted", "all"));
    console.log(
      `${"editor ready (selectable)".padEnd(28)}${"".padStart(10)}${round(m("app", "ready")).toString().padStart(14)}`,
    );
    console.log(
      `${"bytes transferred".padEnd(28)}${round(m("static", "bytes")).toString().padStart(10)}${round(m("app", "bytes")).toString().padStart(14)}`,
    );
    console.log(
      `${"DOM elements".padEnd(28)}${String(staticCounts.domNodes).padStart(10)}${String(appCounts.domNodes).padStart(14)}`,
    );

    // Selection: the page must be ready; measured a few times in different paragraphs.
    await page.goto(articleUrl);
    await page.waitForSelector('[data-testid="article-text"][data-ready="true"] .ProseMirror', { timeout: 120_000 });
    await page.waitForSelector('[data-testid="suggestions-panel"][data-settled="true"]', { timeout: 60_000 });
    const selections: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { ms, selected } = await timeSelection(page, i);
      if (selected.length < 20) throw new Error(`the drag selected "${selected}"`);
      selections.push(ms);
    }
    const scrollApp = await scrollFrames(page);
    const afterScroll = await timeSelection(page, 1);
    await page.goto(baseline.url);
    const scrollStatic = await scrollFrames(page);
    await browser.close();

    if (consoleErrors.size > 0) console.log(`console errors on the pages: ${[...consoleErrors].join(" | ")}`);
    const painted = m("app", "all") / m("static", "all");
    const selection = median(selections);
    console.log(
      `\nselection (mouse-up → toolbar), 7 drags: median ${selection.toFixed(1)} ms [${selections.map((v) => v.toFixed(0)).join(", ")}]; after scrolling ${afterScroll.ms.toFixed(1)} ms`,
    );
    console.log(
      `scroll through the text (${scrollApp.steps} wheel steps): article page ${scrollApp.over50} frames > 50 ms, longest ${round(scrollApp.longest)} ms; ` +
        `baseline ${scrollStatic.over50} frames > 50 ms, longest ${round(scrollStatic.longest)} ms`,
    );
    console.log(
      `\n${SPANS} spans, ${Math.round(BYTES / 1000)} KB: all spans painted ${round(m("app", "all"))} ms = ${painted.toFixed(2)}× the baseline's ${round(m("static", "all"))} ms ` +
        `(target ≤ 1.5×: ${painted <= 1.5 ? "met" : "NOT met"}); on screen ${round(m("app", "onScreen"))} ms = ${(m("app", "onScreen") / m("static", "onScreen")).toFixed(2)}×` +
        (LONG ? ` (target < 1.5 s: ${m("app", "onScreen") < 1500 ? "met" : "NOT met"})` : "") +
        `; selection ${selection.toFixed(1)} ms (target ≤ 50 ms: ${selection <= 50 ? "met" : "NOT met"}); load average ${loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    closeStatic();
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
