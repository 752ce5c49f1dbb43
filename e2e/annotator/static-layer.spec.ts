import type { Page } from "@playwright/test";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import { articleId, articlePath, openArticle, seedSpan, setUpSampleProject } from "./reader";

test.describe.configure({ timeout: 90_000 });

type TRun = { text: string; className: string; box: { left: number; top: number; right: number; bottom: number } };

/**
 * The highlights of the reader in text order, as runs of adjacent elements with the same look
 * (the editor may cut a segment where a dashed suggestion starts), each with its text and its
 * box relative to the article's text block.
 */
function drawnRuns(page: Page, layer: string): Promise<TRun[]> {
  return page.evaluate((layer) => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const origin = root.getBoundingClientRect();
    const runs: TRun[] = [];
    let previous: Element | null = null;
    for (const element of Array.from(root.querySelectorAll(`${layer} .wb-seg`))) {
      const box = element.getBoundingClientRect();
      const last = runs.at(-1);
      const adjacent =
        last &&
        previous &&
        previous.className === element.className &&
        previous.parentElement?.closest("p") === element.parentElement?.closest("p") &&
        previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
        (() => {
          const between = document.createRange();
          between.setStartAfter(previous);
          between.setEndBefore(element);
          return between.toString() === "";
        })();
      if (adjacent && last) {
        last.text += element.textContent ?? "";
        last.box.left = Math.min(last.box.left, box.left - origin.left);
        last.box.top = Math.min(last.box.top, box.top - origin.top);
        last.box.right = Math.max(last.box.right, box.right - origin.left);
        last.box.bottom = Math.max(last.box.bottom, box.bottom - origin.top);
      } else {
        runs.push({
          text: element.textContent ?? "",
          className: element.className,
          box: {
            left: box.left - origin.left,
            top: box.top - origin.top,
            right: box.right - origin.left,
            bottom: box.bottom - origin.top,
          },
        });
      }
      previous = element;
    }
    return runs;
  }, layer);
}

test("the server draws the highlights before the editor exists, and the editor takes their place without a visible change", async ({
  page,
  browser,
  baseURL,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const spans = [
    await seedSpan(analyst, id, label("organisation").id, "كتائب حزب الله العراقية"),
    await seedSpan(analyst, id, label("person").id, "حزب الله"),
    await seedSpan(analyst, id, label("claim").id, "العراقية في بيان رسمي"),
  ];

  // Without scripts: what the page's HTML draws by itself.
  const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const htmlOnly = await plain.newPage();
  await signInViaApi(htmlOnly, analyst);
  await htmlOnly.goto(articlePath(project.id, id));
  const reader = htmlOnly.locator('[data-testid="article-text"] [data-static-layer]');
  await expect(reader).toBeVisible();
  await expect(htmlOnly.locator('[data-testid="article-text"]')).toHaveAttribute("data-ready", "false");
  const before = await drawnRuns(htmlOnly, "[data-static-layer]");
  const drawnText = before.map((run) => run.text).join("");
  for (const span of spans) expect(drawnText).toContain(span.quote);
  // Tinted like the editor's highlights, and nothing else in the text is.
  const tint = await reader
    .locator(".wb-seg")
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(tint).not.toBe("rgba(0, 0, 0, 0)");
  await plain.close();

  // With scripts: the editor, built after the page is shown, draws the same runs in the same places.
  await page.setViewportSize({ width: 1280, height: 900 });
  await openArticle(page, analyst, project.id, id);
  await expect(page.locator('[data-testid="article-text"] [data-static-layer]')).toHaveCount(0);
  const after = await drawnRuns(page, ".ProseMirror");
  expect(after.map(({ text, className }) => ({ text, className }))).toEqual(
    before.map(({ text, className }) => ({ text, className })),
  );
  for (const [i, run] of after.entries()) {
    const was = before[i]!.box;
    for (const side of ["left", "top", "right", "bottom"] as const)
      expect(Math.abs(run.box[side] - was[side]), `run ${i} (${run.text}), ${side}`).toBeLessThanOrEqual(0.5);
  }
});
