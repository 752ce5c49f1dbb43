import { mkdir } from "node:fs/promises";
import { listSpans } from "../../lib/spans/list-spans";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import {
  articleId,
  articlePath,
  dragSelect,
  drawnLabel,
  drawnSpanIds,
  expectAllSaved,
  highlight,
  highlightBox,
  highlightText,
  locatePhrase,
  openArticle,
  seedSpan,
  setUpSampleProject,
} from "./reader";

const SHOTS = "test-results/annotator";

// Each test seeds a project with the sample corpus and drives a real browser; give it room.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test("overlapping and nested spans stay visible and distinct, and a click where they overlap asks which one", async ({
  page,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const outer = await seedSpan(analyst, id, label("organisation").id, "كتائب حزب الله العراقية");
  const inner = await seedSpan(analyst, id, label("person").id, "حزب الله");
  const crossing = await seedSpan(analyst, id, label("claim").id, "العراقية في بيان رسمي");

  await openArticle(page, analyst, project.id, id);
  for (const span of [outer, inner, crossing]) {
    await expect(highlight(page, span.id).first()).toBeVisible();
    expect(await highlightText(page, span.id)).toBe(span.quote);
  }
  // Where spans overlap, the segment carries each span's underline band in its label colour, and
  // its background blends their tints; where one span is alone, only its own band shows.
  const look = (ids: string) =>
    page
      .locator(`[data-testid="article-text"] .ProseMirror [data-span-id="${ids}"]`)
      .first()
      .evaluate((e) => {
        const style = getComputedStyle(e);
        return { shadow: style.boxShadow, background: style.backgroundColor };
      });
  const organisationInk = "rgb(147, 51, 234)";
  const personInk = "rgb(202, 138, 4)";
  const alone = await look(outer.id);
  const both = await look(`${outer.id} ${inner.id}`);
  expect(alone.shadow).toContain(organisationInk);
  expect(alone.shadow).not.toContain(personInk);
  expect(both.shadow).toContain(organisationInk);
  expect(both.shadow).toContain(personInk);
  // The inner span's tint is laid over the outer's (blended), not instead of it.
  expect(both.background).toBe(alone.background);
  expect(both.shadow).toContain("inset");
  expect(both.shadow).toContain("rgba(202, 138, 4, 0.17)");
  expect(alone.shadow).not.toContain("rgba(202, 138, 4, 0.17)");
  expect(await highlight(page, crossing.id).count()).toBeGreaterThan(1);

  const { box } = await locatePhrase(page, "كتائب حزب الله العراقية في بيان رسمي");
  await page.screenshot({
    path: `${SHOTS}/overlaps-000.png`,
    clip: { x: box.left - 20, y: box.top - 16, width: box.right - box.left + 40, height: box.bottom - box.top + 32 },
  });

  // A click on "حزب" lies in the outer and the inner span: the picker lists both, outer first.
  const { box: hizb } = await locatePhrase(page, "حزب");
  await page.mouse.click((hizb.left + hizb.right) / 2, (hizb.top + hizb.bottom) / 2);
  const picker = page.getByTestId("span-picker");
  await expect(picker).toBeVisible();
  await expect(picker.locator("button[data-span-id]")).toHaveCount(2);
  expect(
    await picker.locator("button[data-span-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-span-id"))),
  ).toEqual([outer.id, inner.id]);
  await picker.locator(`button[data-span-id="${inner.id}"]`).click();
  const popover = page.getByTestId("span-popover");
  await expect(popover).toBeVisible();
  await expect(popover.getByTestId("span-quote")).toHaveText(inner.quote);
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();

  // A click on "كتائب" lies only in the outer span: its popover opens at once.
  const { box: kataib } = await locatePhrase(page, "كتائب حزب");
  await page.mouse.click(kataib.right - 8, (kataib.top + kataib.bottom) / 2);
  await expect(picker).toBeHidden();
  await expect(popover.getByTestId("span-quote")).toHaveText(outer.quote);
});

test("a span opened from the text can be relabelled, annotated, deleted and restored with Undo", async ({ page }) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const span = await seedSpan(analyst, id, label("speaker").id, "مسؤول أمني");
  await openArticle(page, analyst, project.id, id);

  const { inside } = await locatePhrase(page, span.quote);
  await page.mouse.click(inside.x, inside.y);
  const popover = page.getByTestId("span-popover");
  await expect(popover).toContainText(`By ${analyst.name}`);
  await popover.locator(`[role="radio"][data-label-id="${label("person").id}"]`).click();
  await expect.poll(() => drawnLabel(page, span.id)).toBe(label("person").id);
  await popover.getByLabel("Note").fill("انظر أيضًا البيان الرسمي");
  await popover.getByRole("button", { name: "Save note" }).click();
  await expectAllSaved(page);
  expect((await listSpans({ actor: analyst, articleId: id }))[0]).toMatchObject({
    labelId: label("person").id,
    note: "انظر أيضًا البيان الرسمي",
    version: 3,
  });

  await popover.getByRole("button", { name: "Delete" }).click();
  await expect(highlight(page, span.id)).toHaveCount(0);
  await expect(popover).toBeHidden();
  await expectAllSaved(page);
  expect(await listSpans({ actor: analyst, articleId: id })).toHaveLength(0);

  await page.getByTestId("undo-toast").getByRole("button", { name: "Undo" }).click();
  await expect(highlight(page, span.id).first()).toBeVisible();
  await expectAllSaved(page);
  const restored = await listSpans({ actor: analyst, articleId: id });
  expect(restored.map((s) => [s.id, s.quote, s.labelId, s.note])).toEqual([
    [span.id, span.quote, label("person").id, "انظر أيضًا البيان الرسمي"],
  ]);
});

test("the side panel lists spans in text order, filters them, and works from the keyboard", async ({ page }) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const [me, other] = [analysts[0]!, analysts[1]!];
  const id = articleId(articleIds, "000");
  // Seeded out of text order, by two authors.
  const late = await seedSpan(other, id, label("place").id, "بغداد");
  const early = await seedSpan(me, id, label("speaker").id, "مسؤول أمني");
  const middle = await seedSpan(me, id, label("date").id, "يوم السبت 9 ديسمبر/كانون الأول 2023");
  await openArticle(page, me, project.id, id);

  const list = page.getByTestId("span-list");
  const rows = list.locator('[role="option"]');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-span-id")))).toEqual([
    early.id,
    middle.id,
    late.id,
  ]);
  await expect(rows.nth(0)).toContainText("you");
  await expect(rows.nth(2)).toContainText(other.name);

  await page.getByLabel("Filter by author").selectOption(other.id);
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Filter by author").selectOption("");
  await page.getByLabel("Filter by label").selectOption(label("date").id);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-span-id", middle.id);
  await page.getByLabel("Filter by label").selectOption("");
  await expect(rows).toHaveCount(3);

  // Clicking a row scrolls the reader to the span and flashes it.
  await rows.nth(2).click();
  await expect(highlight(page, late.id).first()).toHaveClass(/is-flash/);
  await expect(highlight(page, late.id).first()).toBeInViewport();

  // j/k and the arrows move; a digit relabels; Delete removes; Ctrl+Z undoes, newest first.
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await expect(rows.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("j");
  await expect(list).toHaveAttribute("aria-activedescendant", `span-row-${middle.id}`);
  await page.keyboard.press(String(label("count").hotkey));
  await expect.poll(() => drawnLabel(page, middle.id)).toBe(label("count").id);
  await page.keyboard.press("Delete");
  await expect(highlight(page, middle.id)).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("panel-help")).toContainText("Ctrl+Z");
  await expectAllSaved(page);

  await expect(page.getByTestId("undo-toast")).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(highlight(page, middle.id).first()).toBeVisible();
  // The delete's Undo is gone once the span is back.
  await expect(page.getByTestId("undo-toast")).toHaveCount(0);
  await expectAllSaved(page);
  await page.keyboard.press("Control+z");
  await expect.poll(() => drawnLabel(page, middle.id)).toBe(label("date").id);
  await expectAllSaved(page);

  // Redo makes both again (Ctrl+Shift+Z, then Ctrl+Y); Ctrl+Z twice takes them back once more.
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => drawnLabel(page, middle.id)).toBe(label("count").id);
  await expectAllSaved(page);
  await page.keyboard.press("Control+y");
  await expect(highlight(page, middle.id)).toHaveCount(0);
  await expectAllSaved(page);
  // However many changes were saved, at most three notices are on screen.
  await expect(page.locator('[data-testid="change-toast"], [data-testid="undo-toast"]')).toHaveCount(3);
  await page.keyboard.press("Control+z");
  await expect(highlight(page, middle.id).first()).toBeVisible();
  await expectAllSaved(page);
  await page.keyboard.press("Control+z");
  await expect.poll(() => drawnLabel(page, middle.id)).toBe(label("date").id);
  await expectAllSaved(page);
  const stored = await listSpans({ actor: me, articleId: id });
  expect(stored.map((s) => [s.id, s.labelId])).toEqual([
    [early.id, label("speaker").id],
    [middle.id, label("date").id],
    [late.id, label("place").id],
  ]);
});

test("a change made against an out-of-date version is refused and the current version is shown", async ({ page }) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const span = await seedSpan(analyst, id, label("speaker").id, "مسؤول أمني");
  // This page must not hear about the other change live, so that it edits a stale copy.
  await page.route("**/api/v1/articles/*/events", (route) => route.abort());
  await signInViaApi(page, analyst);
  await page.goto(articlePath(project.id, id));
  await expect(page.locator('[data-testid="article-text"][data-ready="true"]')).toBeVisible();
  expect(await drawnLabel(page, span.id)).toBe(label("speaker").id);

  // Someone else changes the span (version 1 → 2) through the API.
  const other = await page.request.patch(`/api/v1/articles/${id}/spans/${span.id}`, {
    data: { version: 1, labelId: label("person").id, note: "changed elsewhere" },
  });
  expect(other.status()).toBe(200);

  const { inside } = await locatePhrase(page, span.quote);
  await page.mouse.click(inside.x, inside.y);
  const popover = page.getByTestId("span-popover");
  await popover.locator(`[role="radio"][data-label-id="${label("claim").id}"]`).click();

  await expect(popover.getByTestId("save-state")).toHaveAttribute("data-state", "conflict");
  await expect(popover.getByTestId("save-state")).toHaveText("Changed by someone else — showing the current version");
  await expect(popover.locator('[role="radio"][aria-checked="true"]')).toHaveAttribute(
    "data-label-id",
    label("person").id,
  );
  await expect(popover.getByLabel("Note")).toHaveValue("changed elsewhere");
  await expect.poll(() => drawnLabel(page, span.id)).toBe(label("person").id);
  await expect(page.locator('[data-testid="change-toast"][data-state="conflict"]')).toBeVisible();
  expect((await listSpans({ actor: analyst, articleId: id }))[0]).toMatchObject({
    labelId: label("person").id,
    version: 2,
  });
});

test("a save that cannot reach the server retries, shows Not saved with Retry, and the retry never duplicates", async ({
  page,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  await openArticle(page, analyst, project.id, id);

  const bodies: { id: string; start: number }[] = [];
  let failing = true;
  await page.route(`**/api/v1/articles/${id}/spans`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    bodies.push(route.request().postDataJSON() as { id: string; start: number });
    if (failing) return route.abort("connectionrefused");
    return route.continue();
  });
  const phrase = "بيان رسمي";
  expect(await dragSelect(page, phrase)).toBe(phrase);
  await page.keyboard.press(String(label("claim").hotkey));
  const toast = page.locator('[data-testid="change-toast"][data-kind="create"]');
  await expect(toast).toHaveAttribute("data-state", "saving");
  await expect(toast).toHaveAttribute("data-state", "failed", { timeout: 20_000 });
  await expect(toast).toContainText("Could not reach the server");
  await expect(page.getByTestId("save-summary")).toHaveText("1 not saved");
  expect(bodies.length).toBeGreaterThan(1);

  failing = false;
  await toast.getByRole("button", { name: "Retry" }).click();
  await expect(toast).toHaveAttribute("data-state", "saved");
  expect(new Set(bodies.map((b) => b.id)).size, "every attempt sent the same id").toBe(1);
  const stored = await listSpans({ actor: analyst, articleId: id });
  expect(stored.map((s) => [s.id, s.quote])).toEqual([[bodies[0]!.id, phrase]]);
  expect(await drawnSpanIds(page)).toEqual([bodies[0]!.id]);
  expect(await highlightBox(page, bodies[0]!.id)).toBeTruthy();
});
