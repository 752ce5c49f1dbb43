import type { Locator, Page } from "@playwright/test";
import { db } from "../../lib/db";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { EMBASSY_EN, PHRASES, seedReviewScenario, type TReviewScenario } from "./scenario";

/**
 * The end-to-end scenario on the sample corpus: a reviewer sees the embassy pair (about
 * seven mortar rounds in 000, several rockets in 001) side by side in the queue, confirms the
 * contradiction with the keyboard and records a verdict; the attack counts 84 / 92 / more than 150
 * show as updates with their reason; the Telegram quote of 000 and 001 as agreement.
 */

const queueUrl = (s: TReviewScenario, query = "") => `/projects/${s.project.id}/review${query}`;

/** The card of a link the analyst made (or the system suggested between the analyst's claims) showing `text`. */
function cardWith(page: Page, text: string): Locator {
  // Machine-proposed claims of the same sentences have their own cards; these tests are about the analyst's.
  return page.getByTestId("queue-link").filter({ hasText: text }).filter({ hasNotText: "machine-proposed" });
}

test("a reviewer confirms the embassy contradiction with the keyboard and records a verdict on the event", async ({
  page,
}) => {
  // The whole journey (queue, confirmed tab, verdict, event page) in one test.
  test.slow();
  const s = await seedReviewScenario();
  await signInViaApi(page, s.reviewer);
  await openPage(page, queueUrl(s));

  // Most important first: the contradiction heads the open queue, both claims side by side.
  const embassy = cardWith(page, PHRASES.mortars);
  await expect(page.getByTestId("queue-link").first()).toHaveAttribute("data-relation", "CONTRADICTS");
  await expect(embassy).toHaveCount(1);
  await expect(embassy.getByTestId("relation")).toHaveText("contradicts");
  const [mortars, rockets] = [embassy.getByTestId("queue-claim").nth(0), embassy.getByTestId("queue-claim").nth(1)];
  await expect(mortars.getByTestId("claim-sentence")).toContainText(PHRASES.mortars);
  await expect(mortars.getByTestId("claim-sentence")).toHaveAttribute("dir", "rtl");
  await expect(mortars.getByTestId("claim-date")).toHaveText("9 Dec 2023");
  await expect(mortars.getByTestId("claim-translation")).toContainText("About seven mortar rounds");
  await expect(mortars.getByTestId("claim-speaker")).toContainText(PHRASES.officer);
  await expect(rockets.getByTestId("claim-sentence")).toContainText(PHRASES.rockets);
  await expect(rockets.getByTestId("claim-date")).toHaveText("11 Dec 2023");
  await expect(rockets.getByTestId("claim-translation")).toContainText("several rockets");
  await expect(embassy.getByTestId("link-note")).toContainText("mortar rounds vs rockets");
  await expect(page.getByTestId("keyboard-help")).toContainText("confirm");

  // j/k move the selection (focus is visible on the card); c confirms the selected link.
  await page.keyboard.press("j");
  await expect(page.getByTestId("queue-link").nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(embassy).toBeFocused();
  await page.screenshot({ path: test.info().outputPath("queue-before-confirm.png") });
  await page.keyboard.press("c");
  await expect(page.getByRole("status").filter({ hasText: "Link confirmed." })).toBeVisible();
  await expect(embassy).toHaveCount(0);
  await openPage(page, queueUrl(s));
  await expect(cardWith(page, PHRASES.mortars)).toHaveCount(0);

  // Under Confirmed, with the reviewer's name; v opens the verdict form, all of it by keyboard.
  await page.getByRole("link", { name: "Confirmed", exact: true }).click();
  const confirmed = cardWith(page, PHRASES.mortars);
  await expect(confirmed).toHaveAttribute("data-state", "CONFIRMED");
  await expect(confirmed.getByTestId("decision")).toContainText(`Confirmed by ${s.reviewer.name}`);
  await page.keyboard.press("v");
  const form = confirmed.getByTestId("verdict-form");
  const onEvent = form.getByRole("radio", { name: `The event “${EMBASSY_EN}”` });
  await expect(onEvent).toBeFocused();
  await expect(onEvent).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("radio", { name: "Supported" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: "Disputed" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Rationale")).toBeFocused();
  await page.keyboard.type("Sources disagree on the weapons used: mortar rounds in one, rockets in the other.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Verdict recorded." })).toBeVisible();
  await expect(confirmed.getByTestId("event-verdict")).toContainText("Disputed");

  // The verdict shows on the event page, where both claims stand side by side.
  await openPage(page, `/projects/${s.project.id}/events/${s.embassy.id}`);
  await expect(page.getByTestId("event-claim")).toHaveCount(2);
  await expect(page.getByTestId("event-claim").nth(0).getByTestId("claim-sentence")).toContainText(PHRASES.mortars);
  await expect(page.getByTestId("event-claim").nth(1).getByTestId("claim-sentence")).toContainText(PHRASES.rockets);
  const verdict = page.getByTestId("event-verdicts").getByTestId("event-verdict");
  await expect(verdict).toHaveCount(1);
  await expect(verdict.getByTestId("verdict-value")).toHaveText("Disputed");
  await expect(verdict).toContainText("Sources disagree on the weapons used");
  await expect(verdict).toContainText("Rests on 2 claims");
  await expect(page.getByTestId("event-link")).toHaveAttribute("data-state", "CONFIRMED");
});

test("the attack counts show as updates with their reason, and the Telegram quote as agreement", async ({ page }) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.reviewer);
  await openPage(page, queueUrl(s));

  const counts = page.getByTestId("queue-link").filter({ hasText: "Running count of «attacks on US forces»" });
  await expect(counts).toHaveCount(3);
  for (const card of await counts.all()) {
    await expect(card).toHaveAttribute("data-relation", "UPDATES");
    await expect(card.getByTestId("relation")).toHaveText("updates");
  }
  const update = cardWith(page, "at least 84 as of 2023-12-09 → 92 as of 2023-12-11");
  await expect(update.getByTestId("link-reason")).toHaveText(
    "Reason: Running count of «attacks on US forces»: at least 84 as of 2023-12-09 → 92 as of 2023-12-11",
  );
  await expect(update).toContainText("Earlier");
  await expect(update.getByTestId("queue-claim").nth(0).getByTestId("figure-value")).toContainText("at least 84");
  await expect(update.getByTestId("queue-claim").nth(0).getByTestId("figure-value")).toContainText("ما لا يقل عن 84");
  await expect(update.getByTestId("queue-claim").nth(1).getByTestId("figure-value")).toContainText("92");
  // None of the counts is called a contradiction.
  for (const phrase of [PHRASES.count84, PHRASES.count92, PHRASES.count150]) {
    await expect(
      page.locator('[data-testid="queue-link"][data-relation="CONTRADICTS"]').filter({ hasText: phrase }),
    ).toHaveCount(0);
  }

  const quote = page
    .locator('[data-testid="queue-link"][data-relation="AGREES"]')
    .filter({ hasText: "The same quote appears in both reports" });
  await expect(quote).toHaveCount(1);
  await expect(quote.getByTestId("link-reason")).toContainText("(after Arabic normalisation)");
  await expect(quote.getByTestId("claim-sentence").first()).toContainText("عملياتنا");
  await expect(quote.getByTestId("claim-speaker").first()).toContainText("Kataib Hezbollah");
  await page.screenshot({ path: test.info().outputPath("queue-updates-agreement.png"), fullPage: true });
});

test("a reviewer changes a relation, dismisses with a reason and reopens, by keyboard", async ({ page }) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.reviewer);
  await openPage(page, `${queueUrl(s)}?order=oldest`);

  // Move down to the quote agreement with j.
  const cards = page.getByTestId("queue-link");
  const quote = cardWith(page, "The same quote appears");
  const count = await cards.count();
  await page.keyboard.press("k");
  for (let i = 0; i < count; i++) {
    if ((await quote.getAttribute("data-active")) !== null) break;
    await page.keyboard.press("j");
  }
  await expect(quote).toBeFocused();

  // r opens the relation choice on the current one; 4 picks "related" and saves.
  await page.keyboard.press("r");
  await expect(quote.getByRole("radio", { name: /agrees/ })).toBeFocused();
  await page.keyboard.press("4");
  await expect(page.getByRole("status").filter({ hasText: "Relation changed." })).toBeVisible();
  await expect(quote.getByTestId("relation")).toHaveText("related");

  // d puts the cursor in the reason field; Enter dismisses.
  await expect(quote).toBeFocused();
  await page.keyboard.press("d");
  const reason = quote.getByLabel("Why is this link wrong?");
  await expect(reason).toBeFocused();
  await expect(reason).toHaveValue("");
  await page.keyboard.type("Same statement, quoted twice: not independent sources");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link dismissed." })).toBeVisible();
  await expect(quote).toHaveCount(0);

  await page.getByRole("link", { name: "Dismissed", exact: true }).click();
  const dismissed = cardWith(page, "The same quote appears");
  await expect(dismissed).toContainText("Decision: Same statement, quoted twice");
  await page.keyboard.press("o");
  await expect(page.getByRole("status").filter({ hasText: "Link reopened." })).toBeVisible();
  await expect(dismissed).toHaveCount(0);
  await page.getByRole("link", { name: "Open", exact: true }).click();
  await expect(cardWith(page, "The same quote appears")).toHaveAttribute("data-relation", "RELATED");
});

test("an analyst reads the queue but cannot confirm or dismiss", async ({ page }) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.analyst);
  await openPage(page, queueUrl(s));

  await expect(page.getByTestId("read-only-note")).toContainText(
    "Only reviewers and managers can confirm or dismiss links",
  );
  await expect(cardWith(page, PHRASES.mortars)).toHaveCount(1);
  await expect(page.getByRole("button", { name: /Confirm/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Dismiss/ })).toHaveCount(0);
  await expect(page.getByTestId("link-actions")).toHaveCount(0);
  await expect(page.getByTestId("keyboard-help")).not.toContainText("confirm");
  // The keys do nothing for an analyst: the link is still open after a reload.
  await page.keyboard.press("c");
  await openPage(page, queueUrl(s));
  await expect(cardWith(page, PHRASES.mortars)).toHaveAttribute("data-state", "OPEN");
});

test("the overview draws the contradiction in the article matrix and the attack counts on a timeline", async ({
  page,
}) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.analyst);
  await openPage(page, `/projects/${s.project.id}/overview`);

  const { a000, a001 } = s.articles;
  const cell = page.locator(`[data-testid="matrix-cell"][data-a="${a000.id}"][data-b="${a001.id}"]`);
  await expect(cell).toHaveAttribute("data-contradicts", "1");
  await expect(cell).toHaveAttribute("data-agrees", "1");
  await expect(cell).toHaveAttribute("data-updates", "1");
  const red = cell.locator('[data-band="contradicts"]');
  await expect(red).toHaveText("1");
  expect(await red.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb(a)?\(220, 38, 38/);

  const timeline = page
    .locator('[data-testid="overview-event"]', { hasText: "Attacks on US forces in Iraq and Syria" })
    .getByTestId("event-timeline");
  const marks = timeline.getByTestId("timeline-mark");
  await expect(marks).toHaveCount(3);
  await expect(marks.nth(0)).toHaveAttribute("data-shape", "up");
  await expect(marks.nth(1)).toHaveAttribute("data-shape", "dot");
  await expect(marks.nth(2)).toHaveAttribute("data-shape", "up");
  await expect(timeline.locator("svg text", { hasText: ">150" })).toBeVisible();
  const strikes = page
    .locator('[data-testid="overview-event"]', { hasText: "US strikes on Kataib Hezbollah sites" })
    .getByTestId("timeline-mark");
  await expect(strikes).toHaveCount(4);
  await expect(page.getByTestId("timeline-unplaced")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("overview.png"), fullPage: true });

  // An article without a publication date: its figures fall back to the event's date, or, for an
  // event without one, are named as not placed, with the reason.
  const published = (await db.article.findUniqueOrThrow({ where: { id: a001.id } })).publishedAt;
  const campaign = await db.event.findUniqueOrThrow({ where: { id: s.campaign.id } });
  await db.article.update({ where: { id: a001.id }, data: { publishedAt: null } });
  await db.event.update({ where: { id: campaign.id }, data: { occurredOn: null } });
  await page.reload();
  const undatedEvent = page.locator('[data-testid="overview-event"]', {
    hasText: "Attacks on US forces in Iraq and Syria",
  });
  await expect(undatedEvent.getByTestId("timeline-unplaced")).toContainText(a001.title);
  await expect(undatedEvent.getByTestId("timeline-unplaced")).toContainText("no date");
  await expect(undatedEvent.getByTestId("timeline-mark")).toHaveCount(2);
  await db.article.update({ where: { id: a001.id }, data: { publishedAt: published } });
  await db.event.update({ where: { id: campaign.id }, data: { occurredOn: campaign.occurredOn } });
  await page.reload();

  // A mark opens its article; a cell opens the queue filtered to that pair of articles.
  await expect(marks.nth(1)).toHaveAttribute("href", `/projects/${s.project.id}/articles/${a001.id}`);
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/review\\?a=${a000.id}&b=${a001.id}`));
  await expect(page.getByTestId("queue-link")).toHaveCount(3);
  await expect(cardWith(page, PHRASES.mortars)).toHaveAttribute("data-relation", "CONTRADICTS");
});

test("the event page marks casualty figures that cannot both be true", async ({ page }) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.analyst);
  await openPage(page, `/projects/${s.project.id}/events/${s.strikes.id}`);

  const claims = page.getByTestId("event-claim");
  await expect(claims).toHaveCount(2);
  for (const claim of await claims.all()) {
    await expect(claim.getByTestId("figure-killed").getByTestId("disagrees")).toHaveText("disagrees");
    await expect(claim.getByTestId("figure-injured").getByTestId("disagrees")).toBeVisible();
  }
  await expect(page.getByText("at least 2", { exact: true })).toBeVisible();
  await expect(page.getByText("ما لا يقل عن 2", { exact: true })).toBeVisible();
  // Analysts read verdicts but do not record them.
  await expect(page.getByText("Only reviewers and managers record verdicts.")).toBeVisible();
  await expect(page.getByTestId("verdict-form")).toHaveCount(0);
});

test("an analyst links a claim to a claim in another article from the link dialog", async ({ page }) => {
  const s = await seedReviewScenario();
  await signInViaApi(page, s.analyst);
  await openPage(page, `/projects/${s.project.id}/events/${s.embassy.id}`);

  await page
    .getByTestId("event-claim")
    .nth(0)
    .getByRole("button", { name: /Link the claim/ })
    .click();
  const dialog = page.getByRole("dialog", { name: "Link this claim" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Event", { exact: true }).selectOption({ label: "Any event" });
  // Arabic-normalised search: no hamza, a different spelling, still found.
  await dialog.getByLabel("Find a claim in another article").fill("اكثر من 150");
  const result = dialog.getByTestId("link-search-results").getByRole("listitem");
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(PHRASES.count150);
  await result.getByRole("radio").check();
  await dialog.getByRole("radio", { name: /related/ }).check();
  await dialog.getByLabel(/Note/).fill("Context for the size of the campaign");
  // Both claims go on a new event in the same step.
  await dialog.getByLabel("Put both claims on an event").selectOption({ label: "A new event…" });
  await dialog.getByLabel("New event's title").fill("Campaign against US forces");
  await dialog.getByLabel("Date (optional)").fill("2024-01-28");
  await dialog.getByRole("button", { name: "Link claims" }).click();
  await expect(dialog.getByRole("status")).toContainText("Linked as “related”");
  await dialog.getByRole("button", { name: "Close" }).last().click();
  const made = await db.event.findFirstOrThrow({
    where: { projectId: s.project.id, titleEn: "Campaign against US forces" },
    select: { id: true, occurredOn: true, claims: { select: { id: true } } },
  });
  expect(made.occurredOn?.toISOString().slice(0, 10)).toBe("2024-01-28");
  expect(made.claims).toHaveLength(2);

  await openPage(page, queueUrl(s));
  const linked = cardWith(page, "Context for the size of the campaign");
  await expect(linked).toHaveAttribute("data-relation", "RELATED");
  await expect(linked).toContainText(`Linked by ${s.analyst.name}`);
});
