import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import {
  articleId,
  articlePath,
  dragSelect,
  drawnLabel,
  highlight,
  highlightText,
  locatePhrase,
  openArticle,
  setUpSampleProject,
} from "./reader";

test.describe.configure({ timeout: 90_000 });

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
