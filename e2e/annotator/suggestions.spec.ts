import { waitForSuggestionRuns } from "../../lib/suggestions/background-runs";
import { listArticleSuggestions } from "../../lib/suggestions/list-suggestions";
import { runArticleSuggestions } from "../../lib/suggestions/run-article-suggestions";
import { expect, test } from "../fixtures/test";
import { signInViaApi } from "../fixtures/auth";
import { articleId, articlePath, articleText, openArticle, setUpSampleProject, waitForReader } from "./reader";

// Each test seeds a project with the sample corpus and drives a real browser; give it room.
test.describe.configure({ timeout: 90_000 });

test("open suggestions are drawn dashed in the reader, and a rejected one disappears", async ({ page }) => {
  const { project, admin, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  // The import reads the articles in the background (in this process); wait for it, or read now.
  await waitForSuggestionRuns();
  let { suggestions } = await listArticleSuggestions({ actor: admin, articleId: id });
  if (suggestions.length === 0) ({ suggestions } = await runArticleSuggestions({ actor: admin, articleId: id }));
  expect(suggestions.length, "the rules propose something in sample 000").toBeGreaterThan(0);
  // One that overlaps no other suggestion, so its dashed line is its own.
  const alone = suggestions.find((s) =>
    suggestions.every((o) => o.id === s.id || o.end <= s.start || o.start >= s.end),
  );
  if (!alone) throw new Error("every suggestion in sample 000 overlaps another");

  await openArticle(page, analyst, project.id, id);
  const dashed = page.locator('[data-testid="article-text"] .ProseMirror .wb-suggestion');
  await expect(dashed.first()).toBeVisible();
  expect(await dashed.count()).toBeGreaterThan(0);

  const mark = page.locator(`[data-testid="article-text"] .ProseMirror [data-suggestion-id="${alone.id}"]`);
  await expect(mark.first()).toBeVisible();
  await expect(mark.first()).toHaveAttribute("title", alone.summary);
  expect(await mark.first().evaluate((e) => getComputedStyle(e).textDecorationStyle)).toBe("dashed");

  const item = page.getByTestId("suggestions-panel").locator(`li[data-suggestion-id="${alone.id}"]`);
  await item.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(mark).toHaveCount(0);
  expect(await dashed.count()).toBeGreaterThan(0);
});

test("a link with #offset=START-END opens the article scrolled to that place", async ({ page }) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  // A phrase in the last paragraph, below the first screen.
  const phrase = "نحو 2500 جندي في البلاد";
  const text = await articleText(analyst, id);
  const start = text.lastIndexOf(phrase);
  expect(start, "the phrase is in sample 000").toBeGreaterThan(0);

  await signInViaApi(page, analyst);
  await page.goto(`${articlePath(project.id, id)}#offset=${start}-${start + phrase.length}`);
  await waitForReader(page);

  // The phrase's own box (found with a DOM range, without scrolling) ends up on screen.
  const onScreen = () =>
    page.evaluate((phrase) => {
      const root = document.querySelector('[data-testid="article-text"] .ProseMirror');
      for (const p of Array.from(root?.querySelectorAll("p") ?? [])) {
        const nodes: { node: Text; start: number }[] = [];
        let all = "";
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length });
          all += (n as Text).data;
        }
        const index = all.indexOf(phrase);
        if (index < 0) continue;
        const first = nodes.find(({ node, start }) => index >= start && index < start + node.data.length);
        const end = index + phrase.length;
        const last = nodes.find(({ node, start }) => end > start && end <= start + node.data.length);
        if (!first || !last) return false;
        const range = document.createRange();
        range.setStart(first.node, index - first.start);
        range.setEnd(last.node, end - last.start);
        const box = range.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }
      return false;
    }, phrase);
  await expect.poll(onScreen).toBe(true);
});
