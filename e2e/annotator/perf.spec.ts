import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { unpackSpans } from "../../components/annotator/to-client";
import { createSpan } from "../../lib/spans/create-span";
import { listReaderSpans } from "../../lib/spans/list-reader-spans";
import { serveStaticPage, staticReaderPage } from "../../scripts/bench/support/static-reader";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import { articleId, articlePath, articleText, dragSelect, drawnSpanIds, setUpSampleProject } from "./reader";

const SPANS = 2_000;
/** The target on a quiet one of these 2-core machines; PERF_BUDGET_MS overrides it (e.g. for a dev server). */
const BUDGET_MS = Number(process.env.PERF_BUDGET_MS) || 1_500;
/**
 * On a shared machine under load every page slows down, so the painted figure is also held to a
 * multiple of the baseline measured alongside it: the same text and spans as static HTML
 * (scripts/bench/support/static-reader.ts). The article page passes within the budget or within
 * this multiple; `npm run bench:reader` measures the ratio itself (about 2× with the server-drawn
 * highlights; this spec's article is smaller, 1.5–1.7× at load 10).
 */
const BASELINE_RATIO = 3;

/** Deterministic pseudo-random numbers, so every run draws the same spans. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("an article with 2,000 spans is painted and answers a selection within the budget", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const { project, analysts, articleIds, labels } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "004");
  const text = await articleText(analyst, id);
  const next = random(2024);
  const inputs: { id: string; labelId: string; start: number; end: number; quote: string }[] = [];
  while (inputs.length < SPANS) {
    const start = Math.floor(next() * (text.length - 2));
    const end = Math.min(text.length, start + 2 + Math.floor(next() * 60));
    const quote = text.slice(start, end);
    // A span over line breaks alone has no characters to draw.
    if (quote.trim() !== "")
      inputs.push({ id: randomUUID(), labelId: labels[Math.floor(next() * labels.length)]!.id, start, end, quote });
  }
  for (let i = 0; i < inputs.length; i += 8) {
    await Promise.all(inputs.slice(i, i + 8).map((input) => createSpan({ actor: analyst, articleId: id, input })));
  }

  const spans = unpackSpans(await listReaderSpans({ actor: analyst, articleId: id }), { id, text });
  const baseline = await serveStaticPage(await staticReaderPage({ text, spans, labels, mark: true }));

  await signInViaApi(page, analyst);
  const paintedAt = () =>
    page.evaluate(async () => {
      for (let i = 0; i < 200 && performance.getEntriesByName("annotator:spans-painted").length === 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      return Math.round(performance.getEntriesByName("annotator:spans-painted")[0]?.startTime ?? Number.NaN);
    });
  // Warm-up: compiled routes and cached chunks.
  await page.goto(baseline.url);
  await page.goto(articlePath(project.id, id));
  await expect(page.locator('[data-testid="article-text"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });

  // Three measured loads of each page, alternately; the medians are what the budget is held to.
  const paints: number[] = [];
  const baselinePaints: number[] = [];
  let started = 0;
  for (let run = 0; run < 3; run++) {
    await page.goto(baseline.url);
    baselinePaints.push(await paintedAt());
    started = Date.now();
    await page.goto(articlePath(project.id, id));
    await expect(page.locator('[data-testid="article-text"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
    paints.push(await paintedAt());
  }
  baseline.close();
  const painted = [...paints].sort((a, b) => a - b)[1] ?? Number.NaN;
  const baselinePainted = [...baselinePaints].sort((a, b) => a - b)[1] ?? Number.NaN;
  expect(await drawnSpanIds(page)).toHaveLength(SPANS);

  // From the mouse button's release to the label toolbar in the page, timed by the page itself.
  await page.evaluate(() => {
    const marks = window as unknown as { __released?: number; __toolbar?: number };
    window.addEventListener("mouseup", (event) => (marks.__released = event.timeStamp), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="selection-toolbar"]')) return;
      marks.__toolbar = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const phrase = "وقتل 25 مقاتلا في تلك";
  const selected = await dragSelect(page, phrase);
  expect(selected).toBe(phrase);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();
  const answered = await page.evaluate(() => {
    const marks = window as unknown as { __released?: number; __toolbar?: number };
    return Math.round((marks.__toolbar ?? Number.NaN) - (marks.__released ?? Number.NaN));
  });
  const total = Date.now() - started;

  const result = {
    spans: SPANS,
    paintedMs: paints,
    medianPaintedMs: painted,
    baselinePaintedMs: baselinePaints,
    ratioToBaseline: Number((painted / baselinePainted).toFixed(2)),
    mouseUpToToolbarMs: answered,
    lastNavigationToToolbarMs: total,
    loadAverage: loadavg()[0],
  };
  await mkdir("test-results/annotator", { recursive: true });
  await writeFile("test-results/annotator/perf-2000-spans.json", JSON.stringify(result, null, 2));
  testInfo.annotations.push({ type: "perf", description: JSON.stringify(result) });
  await page.screenshot({ path: "test-results/annotator/perf-2000-spans.png" });
  expect(baselinePainted, "the baseline page was measured").toBeGreaterThan(0);
  expect(
    painted,
    `navigation start → spans painted, median of 3 (ms); the baseline painted in ${baselinePainted} ms`,
  ).toBeLessThan(Math.max(BUDGET_MS, BASELINE_RATIO * baselinePainted));
  expect(answered, "mouse up → label toolbar shown (ms)").toBeLessThan(BUDGET_MS);
});
