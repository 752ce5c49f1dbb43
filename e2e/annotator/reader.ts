import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import type { ActingUser } from "../../lib/auth/acting-user";
import { listLabels } from "../../lib/labels/list-labels";
import { createSpan } from "../../lib/spans/create-span";
import { signInViaApi } from "../fixtures/auth";
import {
  createAccount,
  createProjectWith,
  importSampleCorpus,
  readArticle,
  type TAccount,
  waitForSuggestionRuns,
} from "../fixtures/seed";

/**
 * Shared steps of the annotator specs: a project with the sample corpus and analysts, the
 * article page opened and ready, phrases located through DOM ranges, and a real mouse drag.
 */

export type TBox = { left: number; right: number; top: number; bottom: number };

export async function setUpSampleProject(options: { analysts?: number; managers?: number } = {}) {
  const analysts: TAccount[] = [];
  for (let i = 0; i < (options.analysts ?? 1); i++) analysts.push(await createAccount({ name: `Analyst ${i + 1}` }));
  const managers: TAccount[] = [];
  for (let i = 0; i < (options.managers ?? 0); i++) managers.push(await createAccount({ name: `Manager ${i + 1}` }));
  const { project, admin } = await createProjectWith([
    ...analysts.map((user) => ({ user, role: "ANALYST" as const })),
    ...managers.map((user) => ({ user, role: "MANAGER" as const })),
  ]);
  const summary = await importSampleCorpus(admin, project.id);
  // The import's background run redraws the reader when it ends; tests select text once it has.
  await waitForSuggestionRuns(project.id);
  const articleIds = new Map(summary.results.map((r) => [r.name.slice(0, 3), r.articles[0]?.id ?? ""]));
  const labels = await listLabels({ actor: admin, projectId: project.id });
  const label = (key: string) => {
    const found = labels.find((l) => l.key === key);
    if (!found) throw new Error(`No label "${key}" in the default set`);
    return found;
  };
  return { project, admin, analysts, managers, articleIds, labels, label };
}

export function articleId(ids: Map<string, string>, sample: string): string {
  const id = ids.get(sample);
  if (!id) throw new Error(`Sample article ${sample} was not imported`);
  return id;
}

export async function articleText(actor: ActingUser, id: string): Promise<string> {
  return (await readArticle(actor, id)).text;
}

/** A span made through the domain function (as the API would), over the first occurrence of `quote`. */
export async function seedSpan(actor: ActingUser, article: string, labelId: string, quote: string, occurrence = 0) {
  const text = await articleText(actor, article);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  const { span } = await createSpan({
    actor,
    articleId: article,
    input: { id: randomUUID(), labelId, start, end: start + quote.length, quote },
  });
  return span;
}

export function articlePath(projectId: string, id: string): string {
  return `/projects/${projectId}/articles/${id}`;
}

/** Signs in, opens the article, and waits until the reader is drawn and the live stream is open. */
export async function openArticle(page: Page, account: TAccount, projectId: string, id: string): Promise<void> {
  await signInViaApi(page, account);
  await page.goto(articlePath(projectId, id));
  await waitForReader(page);
}

export async function waitForReader(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="article-text"][data-ready="true"] .ProseMirror')).toBeVisible();
  await expect(page.getByTestId("live-state")).toHaveAttribute("data-state", "live");
  // The suggestions are drawn once their list has loaded and the article's run has ended ("Still
  // reading the article…"); a run queued by an import just before can take a while on a busy machine.
  const panel = page.getByTestId("suggestions-panel");
  if ((await panel.count()) > 0) await expect(panel).toHaveAttribute("data-settled", "true", { timeout: 60_000 });
}

/**
 * Finds a phrase in the reader with a DOM Range over the text nodes of its paragraph (the text
 * may be split into several nodes by highlights) and scrolls it into view. Returns the range's
 * box, and the points where a person would press and release: the logical leading edge of the
 * first character and the trailing edge of the last, which side depending on each run's direction.
 */
export async function locatePhrase(page: Page, phrase: string) {
  const found = await page.evaluate((phrase) => {
    const root = document.querySelector('[data-testid="article-text"] .ProseMirror');
    if (!root) return null;
    for (const p of Array.from(root.querySelectorAll("p"))) {
      const nodes: { node: Text; start: number }[] = [];
      let text = "";
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: text.length });
        text += (n as Text).data;
      }
      const index = text.indexOf(phrase);
      if (index < 0) continue;
      p.scrollIntoView({ block: "center" });
      const at = (offset: number, isEnd: boolean): [Text, number] => {
        const hit = nodes.find(({ node, start }) =>
          isEnd
            ? offset > start && offset <= start + node.data.length
            : offset >= start && offset < start + node.data.length,
        );
        if (!hit) throw new Error(`offset ${offset} is outside the paragraph`);
        return [hit.node, offset - hit.start];
      };
      const rangeOf = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(...at(from, false));
        range.setEnd(...at(to, true));
        return range;
      };
      const edge = (offset: number, neighbour: number, leading: boolean) => {
        const c = rangeOf(offset, offset + 1).getBoundingClientRect();
        const n = rangeOf(neighbour, neighbour + 1).getBoundingClientRect();
        const rtl = neighbour > offset ? n.left < c.left : n.left > c.left;
        return { x: leading === rtl ? c.right - 1 : c.left + 1, y: (c.top + c.bottom) / 2 };
      };
      const range = rangeOf(index, index + phrase.length);
      const box = range.getBoundingClientRect();
      // A point on the phrase's text even when it wraps (the box's centre may then fall between lines).
      const first = Array.from(range.getClientRects()).find((r) => r.width > 2) ?? box;
      const last = index + phrase.length - 1;
      return {
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
        inside: { x: (first.left + first.right) / 2, y: (first.top + first.bottom) / 2 },
        press: edge(index, phrase.length > 1 ? index + 1 : Math.max(0, index - 1), true),
        release: edge(last, phrase.length > 1 ? last - 1 : last + 1, false),
      };
    }
    return null;
  }, phrase);
  if (!found) throw new Error(`"${phrase}" is not shown in the reader`);
  return found;
}

/** Selects a phrase with the mouse: press, move across, release. Returns the browser's selection text. */
export async function dragSelect(page: Page, phrase: string): Promise<string> {
  const { press, release } = await locatePhrase(page, phrase);
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move((press.x + release.x) / 2, (press.y + release.y) / 2, { steps: 6 });
  await page.mouse.move(release.x, release.y, { steps: 6 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? "");
}

/** The pieces of a span's highlight: every segment element whose span list holds its id. */
export function highlight(page: Page, spanId: string) {
  return page.locator(`[data-testid="article-text"] .ProseMirror [data-span-id~="${spanId}"]`);
}

/** The label a span is drawn with (segments list labels in the order of their span ids). */
export async function drawnLabel(page: Page, spanId: string): Promise<string | null> {
  const pieces = highlight(page, spanId);
  if ((await pieces.count()) === 0) return null;
  return pieces.first().evaluate((element, id) => {
    const index = (element.getAttribute("data-span-id") ?? "").split(" ").indexOf(id);
    return (element.getAttribute("data-label-id") ?? "").split(" ")[index] ?? null;
  }, spanId);
}

/** The text under a span's highlight: its segments in document order (overlaps and line breaks cut it). */
export async function highlightText(page: Page, spanId: string): Promise<string> {
  return (await highlight(page, spanId).allTextContents()).join("");
}

/** The union of a span's highlight boxes on screen. */
export async function highlightBox(page: Page, spanId: string): Promise<TBox> {
  const rects = await highlight(page, spanId).evaluateAll((elements) =>
    elements.flatMap((e) =>
      Array.from(e.getClientRects()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
    ),
  );
  expect(rects.length, "the span is drawn").toBeGreaterThan(0);
  return {
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

export function expectBoxesClose(actual: TBox, expected: TBox, tolerance = 1.5): void {
  for (const side of ["left", "right", "top", "bottom"] as const) {
    expect(
      Math.abs(actual[side] - expected[side]),
      `${side}: highlight ${actual[side]} vs text ${expected[side]}`,
    ).toBeLessThanOrEqual(tolerance);
  }
}

/** Ids of the spans the reader draws, in document order, without repeats. */
export async function drawnSpanIds(page: Page): Promise<string[]> {
  const lists = await page
    .locator('[data-testid="article-text"] .ProseMirror [data-span-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-span-id") ?? ""));
  return [...new Set(lists.flatMap((list) => list.split(" ")))];
}

/** Waits until every change of this page is saved. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-summary")).toHaveText(/All changes saved/);
}
