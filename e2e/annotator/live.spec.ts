import { setSpanDeleted } from "../../lib/spans/set-span-deleted";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import {
  articleId,
  articlePath,
  articleText,
  dragSelect,
  drawnLabel,
  highlight,
  highlightText,
  locatePhrase,
  openArticle,
  seedSpan,
  setUpSampleProject,
} from "./reader";

test.describe.configure({ timeout: 90_000 });

test("a selection being dragged when another analyst's span arrives is kept, and the span is drawn on release", async ({
  page,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const id = articleId(articleIds, "000");
  const text = await articleText(analysts[0]!, id);
  const phrase = "كتائب حزب الله العراقية";
  const inside = "حزب الله";
  // The other analyst's span covers words in the middle of the phrase being selected.
  const at = text.indexOf(phrase) + phrase.indexOf(inside);
  const occurrence = text.slice(0, at).split(inside).length - 1;
  await openArticle(page, analysts[0]!, project.id, id);

  const { press, release } = await locatePhrase(page, phrase);
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move((press.x + release.x) / 2, (press.y + release.y) / 2, { steps: 6 });
  const span = await seedSpan(analysts[1]!, id, label("organisation").id, inside, occurrence);
  expect(span.start).toBe(at);
  // It arrives while the button is still down: the list shows it at once, the text under the
  // pointer is not redrawn yet.
  await expect(page.getByTestId("span-list").locator(`[data-span-id="${span.id}"]`)).toBeVisible();
  expect(await highlight(page, span.id).count()).toBe(0);
  await page.mouse.move(release.x, release.y, { steps: 6 });
  await page.mouse.up();

  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
  await expect(page.getByTestId("selection-toolbar")).toContainText(`${phrase.length} characters`);
  // The text draws it once the button is released, and the selection is still there.
  await expect(highlight(page, span.id).first()).toBeVisible();
  expect(await highlightText(page, span.id)).toBe(inside);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
});

test("drag selections are kept while another analyst's span under them keeps changing", async ({ page }) => {
  test.setTimeout(180_000);
  const { project, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const id = articleId(articleIds, "000");
  const text = await articleText(analysts[0]!, id);
  const phrase = "كتائب حزب الله العراقية";
  const inside = "حزب الله";
  const at = text.indexOf(phrase) + phrase.indexOf(inside);
  const other = analysts[1]!;
  const span = await seedSpan(other, id, label("organisation").id, inside, text.slice(0, at).split(inside).length - 1);
  await openArticle(page, analysts[0]!, project.id, id);

  // The other analyst deletes and restores the span every few milliseconds: each change reaches the
  // reader live and redraws the text, at any moment of the drags below.
  let stop = false;
  let changes = 0;
  const changing = (async () => {
    let { version } = span;
    let deleted = false;
    while (!stop) {
      ({ version } = await setSpanDeleted({
        actor: other,
        ref: { articleId: id, spanId: span.id },
        version,
        deleted: !deleted,
      }));
      deleted = !deleted;
      changes++;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 50));
    }
  })();
  const selected: string[] = [];
  try {
    for (let i = 0; i < 12; i++) {
      selected.push(await dragSelect(page, phrase));
      await page.keyboard.press("Escape");
    }
  } finally {
    stop = true;
    await changing;
  }
  expect(changes, "the span changed during the drags").toBeGreaterThan(12);
  expect(selected.filter((s) => s !== phrase)).toEqual([]);
});

/** Two analysts, each in their own browser context, on the same article. */
test("two analysts see each other's new, changed and deleted spans within two seconds, without reloading", async ({
  browser,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const id = articleId(articleIds, "000");
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
    await openArticle(a!, analysts[0]!, project.id, id);
    await openArticle(b!, analysts[1]!, project.id, id);
    const live = { timeout: 2_000 };

    // A creates a span; B sees it drawn over the same words.
    const phrase = "السفارة الأمريكية في بغداد";
    expect(await dragSelect(a!, phrase)).toBe(phrase);
    await a!.keyboard.press(String(label("place").hotkey));
    await expect(a!.locator('[data-testid="change-toast"][data-kind="create"][data-state="saved"]')).toBeVisible();
    const spanId = await a!.locator('[data-testid="span-list"] [role="option"]').first().getAttribute("data-span-id");
    expect(spanId).toBeTruthy();
    await expect(highlight(b!, spanId!).first()).toBeVisible(live);
    expect(await highlightText(b!, spanId!)).toBe(phrase);
    await expect(b!.getByTestId("span-list").locator(`[data-span-id="${spanId}"]`)).toContainText(analysts[0]!.name);

    // B changes its label; A sees the new label.
    const { inside } = await locatePhrase(b!, phrase);
    await b!.mouse.click(inside.x, inside.y);
    await b!
      .getByTestId("span-popover")
      .locator(`[role="radio"][data-label-id="${label("organisation").id}"]`)
      .click();
    await expect.poll(() => drawnLabel(a!, spanId!), live).toBe(label("organisation").id);

    // A deletes it; B sees it go.
    await a!.getByTestId("span-list").locator(`[data-span-id="${spanId}"]`).click();
    await a!.keyboard.press("Delete");
    await expect(highlight(b!, spanId!)).toHaveCount(0, live);
    await expect(b!.getByTestId("span-popover")).toBeHidden(live);

    // A undoes the delete; B sees it come back.
    await a!.keyboard.press("Control+z");
    await expect(highlight(b!, spanId!).first()).toBeVisible(live);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test("a reader whose live stream fails keeps reconnecting, then catches up on what it missed", async ({ browser }) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const id = articleId(articleIds, "000");
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
    await openArticle(a!, analysts[0]!, project.id, id);

    // B's stream cannot connect for now.
    let blocked = true;
    await b!.route("**/api/v1/articles/*/events", (route) =>
      blocked ? route.abort("connectionreset") : route.continue(),
    );
    await signInViaApi(b!, analysts[1]!);
    await b!.goto(articlePath(project.id, id));
    await expect(b!.locator('[data-testid="article-text"][data-ready="true"]')).toBeVisible();
    await expect(b!.getByTestId("live-state")).toHaveAttribute("data-state", "reconnecting");

    // Meanwhile A labels something.
    const phrase = "وزير الدفاع الأمريكي لويد أوستن";
    expect(await dragSelect(a!, phrase)).toBe(phrase);
    await a!.keyboard.press(String(label("person").hotkey));
    await expect(a!.locator('[data-testid="change-toast"][data-kind="create"][data-state="saved"]')).toBeVisible();
    await expect(b!.locator('[data-testid="span-list"] [role="option"]')).toHaveCount(0);

    // The stream comes back: B reconnects by itself and refetches the list once.
    blocked = false;
    await expect(b!.getByTestId("live-state")).toHaveAttribute("data-state", "live", { timeout: 15_000 });
    await expect(b!.locator('[data-testid="span-list"] [role="option"]')).toHaveCount(1);
    const spanId = await b!.locator('[data-testid="span-list"] [role="option"]').first().getAttribute("data-span-id");
    expect(await highlightText(b!, spanId!)).toBe(phrase);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test("a claim one analyst makes, changes and deletes shows in the other's claims panel without reloading", async ({
  browser,
}) => {
  const { project, analysts, articleIds } = await setUpSampleProject({ analysts: 2 });
  const id = articleId(articleIds, "002");
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
    await openArticle(a!, analysts[0]!, project.id, id);
    await openArticle(b!, analysts[1]!, project.id, id);
    const live = { timeout: 2_000 };
    const cards = b!.getByTestId("claim-card");
    await expect(cards).toHaveCount(0);

    // A makes a claim through the API with A's own session.
    const claimId = crypto.randomUUID();
    const made = await a!.request.post(`/api/v1/articles/${id}/claims`, {
      data: { id: claimId, kind: "STATEMENT", attribution: "مصدر أمني", note: "live" },
    });
    expect(made.status()).toBe(201);
    await expect(cards).toHaveCount(1, live);
    await expect(cards.first()).toContainText("مصدر أمني");

    const changed = await a!.request.patch(`/api/v1/claims/${claimId}`, {
      data: { version: 1, attribution: "مسؤول عسكري" },
    });
    expect(changed.status()).toBe(200);
    await expect(cards.first()).toContainText("مسؤول عسكري", live);

    const removed = await a!.request.delete(`/api/v1/claims/${claimId}`, { data: { version: 2 } });
    expect(removed.status()).toBe(200);
    await expect(cards).toHaveCount(0, live);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
