import { db } from "../../lib/db";
import { createEntity } from "../../lib/entities/create-entity";
import { waitForSuggestionRuns } from "../../lib/suggestions/background-runs";
import { listArticleSuggestions } from "../../lib/suggestions/list-suggestions";
import { runArticleSuggestions } from "../../lib/suggestions/run-article-suggestions";
import { expect, test } from "../fixtures/test";
import { signInViaApi } from "../fixtures/auth";
import { articleId, articlePath, articleText, openArticle, setUpSampleProject, waitForReader } from "./reader";

// Each test seeds a project with the sample corpus and drives a real browser; give it room.
test.describe.configure({ timeout: 90_000 });

/** A project with the sample corpus, its analyst, sample 000 and the suggestions the rules made for it. */
async function sample000WithSuggestions() {
  const { project, admin, analysts, articleIds } = await setUpSampleProject();
  const id = articleId(articleIds, "000");
  // The import reads the articles in the background (in this process); wait for it, or read now.
  await waitForSuggestionRuns();
  let { suggestions } = await listArticleSuggestions({ actor: admin, articleId: id });
  if (suggestions.length === 0) ({ suggestions } = await runArticleSuggestions({ actor: admin, articleId: id }));
  return { project, admin, analyst: analysts[0]!, id, suggestions };
}

test("open suggestions are drawn dashed in the reader, and a rejected one disappears", async ({ page }) => {
  const { project, analyst, id, suggestions } = await sample000WithSuggestions();
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

test("suggestions are picked in the text and decided with A and R, hidden on request, and accepted above a confidence", async ({
  page,
}) => {
  const { project, admin, analyst, id, suggestions } = await sample000WithSuggestions();
  // Two suggestions that overlap no other one, so a click on each lands on its own dashed line.
  const alone = suggestions.filter((s) =>
    suggestions.every((o) => o.id === s.id || o.end <= s.start || o.start >= s.end),
  );
  expect(alone.length, "sample 000 has two suggestions on their own").toBeGreaterThanOrEqual(2);
  const [first, second] = alone as [(typeof alone)[0], (typeof alone)[0]];

  await openArticle(page, analyst, project.id, id);
  const panel = page.getByTestId("suggestions-panel");
  const reader = page.locator('[data-testid="article-text"] .ProseMirror');
  const mark = (sid: string) => reader.locator(`[data-suggestion-id="${sid}"]`).first();
  const item = (sid: string) => panel.locator(`li[data-suggestion-id="${sid}"]`);

  // A click on a dashed suggestion picks it in the panel, and the text keeps the keyboard.
  await mark(first.id).click();
  await expect(item(first.id)).toHaveAttribute("aria-current", "true");
  await expect(mark(first.id)).toHaveClass(/is-selected/);
  expect(await reader.evaluate((e) => e === document.activeElement)).toBe(true);
  await page.keyboard.press("a");
  await expect(item(first.id)).toHaveCount(0);
  await expect(mark(first.id)).toHaveCount(0);
  // Accepted: it is a span now, drawn over the same words.
  await expect(reader.locator(".wb-seg", { hasText: first.quote.slice(0, 4) }).first()).toBeVisible();
  const accepted = await listArticleSuggestions({ actor: admin, articleId: id, state: "ACCEPTED" });
  expect(accepted.suggestions.map((s) => s.id)).toContain(first.id);

  await mark(second.id).click();
  await expect(item(second.id)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("r");
  await expect(item(second.id)).toHaveCount(0);
  const rejected = await listArticleSuggestions({ actor: admin, articleId: id, state: "REJECTED" });
  expect(rejected.suggestions.map((s) => s.id)).toEqual([second.id]);

  // Hidden on request, and still hidden after a reload (remembered in this browser).
  const dashed = reader.locator(".wb-suggestion");
  await expect(dashed.first()).toBeVisible();
  await panel.getByLabel("Show in the text").uncheck();
  await expect(dashed).toHaveCount(0);
  await page.reload();
  await waitForReader(page);
  await expect(panel.getByLabel("Show in the text")).not.toBeChecked();
  await expect(reader.locator(".wb-suggestion")).toHaveCount(0);
  await panel.getByLabel("Show in the text").check();
  await expect(reader.locator(".wb-suggestion").first()).toBeVisible();

  // Accept all of a kind, only those proposed at least 90 % confidently.
  const open = (await listArticleSuggestions({ actor: admin, articleId: id })).suggestions.filter(
    (s) => s.state === "OPEN",
  );
  const kinds = new Map<string, typeof open>();
  for (const s of open) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s]);
  const [kind, ofKind] = [...kinds].find(([, list]) => {
    const high = list.filter((s) => (s.provenance?.confidence ?? -1) >= 0.9).length;
    return high > 0 && high < list.length;
  }) ?? [null, []];
  expect(kind, "a kind with suggestions on both sides of 90 %").not.toBeNull();
  const high = ofKind.filter((s) => (s.provenance?.confidence ?? -1) >= 0.9);
  const group = panel.locator(`[data-kind="${kind}"]`);
  await group.getByRole("combobox").selectOption("0.9");
  await group.getByRole("button", { name: `Accept all ${high.length}` }).click();
  await expect(group.locator("li[data-suggestion-id]")).toHaveCount(ofKind.length - high.length);
  for (const s of high) await expect(item(s.id)).toHaveCount(0);
});

test("a suggestion's words are changed a word at a time or to the words selected in the text, never as offsets", async ({
  page,
}) => {
  const { project, admin, analyst, id, suggestions } = await sample000WithSuggestions();
  const text = await articleText(analyst, id);
  // A suggestion with a word after it on the same line.
  const target = suggestions.find((s) => /^ \S+/.test(text.slice(s.end)) && !text.slice(s.start, s.end).includes("\n"));
  if (!target) throw new Error("no suggestion in sample 000 is followed by a word");
  const next = /^ \S+/.exec(text.slice(target.end))![0];

  await openArticle(page, analyst, project.id, id);
  const item = page.getByTestId("suggestions-panel").locator(`li[data-suggestion-id="${target.id}"]`);
  await item.getByRole("button", { name: "Edit", exact: true }).click();
  const bounds = item.getByTestId("suggestion-bounds");
  await expect(bounds.getByTestId("suggestion-bounds-quote")).toHaveText(target.quote);
  await expect(item.getByLabel("Start", { exact: true })).toHaveCount(0);
  await bounds.getByRole("button", { name: "One word more at the end" }).click();
  await expect(bounds.getByTestId("suggestion-bounds-quote")).toHaveText(target.quote + next);
  await bounds.getByRole("button", { name: "One word less at the end" }).click();
  await expect(bounds.getByTestId("suggestion-bounds-quote")).toHaveText(target.quote);
  await bounds.getByRole("button", { name: "One word more at the end" }).click();
  await item.screenshot({ path: test.info().outputPath("suggestion-edit-en.png") });
  await item.getByRole("button", { name: "Accept with these changes" }).click();
  await expect(item).toHaveCount(0);
  const accepted = (await listArticleSuggestions({ actor: admin, articleId: id, state: "ACCEPTED" })).suggestions;
  expect(accepted.map((s) => s.id)).toEqual([target.id]);
  const span = await db.span.findUniqueOrThrow({ where: { id: accepted[0]!.spanId! } });
  expect([span.start, span.end, span.quote]).toEqual([
    target.start,
    target.end + next.length,
    text.slice(target.start, target.end + next.length),
  ]);

  // A statement's speaker set to one of the project's organisations.
  const statement = suggestions.find((s) => s.kind === "STATEMENT" && s.id !== target.id);
  if (!statement) throw new Error("no statement suggestion in sample 000");
  const kataib = await createEntity({
    actor: admin,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "منظمة للاختبار", nameEn: "Test organisation" },
  });
  await page.reload();
  await waitForReader(page);
  const said = page.getByTestId("suggestions-panel").locator(`li[data-suggestion-id="${statement.id}"]`);
  await said.getByRole("button", { name: "Edit", exact: true }).click();
  await said
    .getByLabel("Speaker (person or organisation)")
    .selectOption({ label: "منظمة للاختبار — Test organisation" });
  await said.getByRole("button", { name: "Accept with these changes" }).click();
  await expect(said).toHaveCount(0);
  const stored = (await listArticleSuggestions({ actor: admin, articleId: id, state: "ACCEPTED" })).suggestions.find(
    (s) => s.id === statement.id,
  );
  const claim = await db.claim.findUniqueOrThrow({ where: { id: stored!.claimId! } });
  expect(claim.speakerEntityId).toBe(kataib.id);

  // The same form in the Arabic interface.
  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await waitForReader(page);
  const panel = page.getByTestId("suggestions-panel");
  await expect(panel.getByLabel("إظهارها في النص")).toBeChecked();
  const first = panel.locator("li[data-suggestion-id]").first();
  await first.getByRole("button", { name: "تعديل", exact: true }).click();
  await expect(first.getByTestId("suggestion-bounds")).toContainText("كلمة أخرى عند النهاية");
  await panel.screenshot({ path: test.info().outputPath("suggestions-panel-ar.png") });
});
