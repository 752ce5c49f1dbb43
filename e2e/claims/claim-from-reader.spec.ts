import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { createClaim } from "../../lib/claims/create-claim";
import { listClaims } from "../../lib/claims/list-claims";
import { db } from "../../lib/db";
import { expect, test } from "../fixtures/test";
import { dragSelect, locatePhrase, seedSpan, waitForReader } from "../annotator/reader";
import { claimCard, openArticlePage, PMF_PHRASE, SHOTS, seedSampleProject, useInterfaceLanguage } from "./steps";

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** The claim in another article the analyst links to (sample 000). */
const OTHER_PHRASE = "ما لا يقل عن 84 مرة";

async function seedProject() {
  const { project, accounts, article } = await seedSampleProject([{ name: "Analyst", role: "ANALYST" }]);
  const analyst = accounts[0]!;
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
  return { project, analyst, label, article };
}

/** Counts the analyst's clicks: every click of the journey goes through here. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (target: Locator) => {
      await target.click();
      clicks++;
    },
    get clicks() {
      return clicks;
    },
  };
}

/** Clicks a span's words, as a person would, to open its popover (the reader scrolls to them first). */
async function clickSpan(page: Page, quote: string) {
  const { inside } = await locatePhrase(page, quote);
  await page.mouse.click(inside.x, inside.y);
}

test("a claim is linked to a claim in another article from its card in at most five clicks, without leaving the article; the span's popover offers the same in Arabic", async ({
  page,
  baseURL,
}) => {
  const { project, analyst, label, article } = await seedProject();
  const a003 = article("003");
  const a000 = article("000");
  const span = await seedSpan(analyst, a003, label.id, PMF_PHRASE);
  const from = (
    await createClaim({
      actor: analyst,
      articleId: a003,
      input: {
        id: randomUUID(),
        kind: "CASUALTY",
        claimSpanId: span.id,
        figures: { killed: { value: 1 }, injured: { value: 2 } },
      },
    })
  ).claim;
  const otherSpan = await seedSpan(analyst, a000, label.id, OTHER_PHRASE);
  const to = (
    await createClaim({
      actor: analyst,
      articleId: a000,
      input: {
        id: randomUUID(),
        kind: "COUNT",
        claimSpanId: otherSpan.id,
        figures: { thing: "attacks on US forces", value: { qualifier: "at_least", value: 84 } },
      },
    })
  ).claim;

  await openArticlePage(page, analyst, project.id, a003);
  const articleUrl = page.url();
  const user = clickCounter();

  // 1: the claim card; 2: Link to…; 3: the claim found; 4: the relation; 5: Link claims.
  const card = claimCard(page, PMF_PHRASE);
  await user.click(card.getByText(PMF_PHRASE));
  await user.click(card.getByTestId("claim-link"));
  const dialog = page.getByTestId("link-claim-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(PMF_PHRASE);
  const result = dialog.getByTestId("link-search-results").locator("label").filter({ hasText: OTHER_PHRASE });
  await expect(result).toBeVisible();
  await user.click(result);
  await user.click(dialog.getByRole("radio", { name: /^agrees/ }));
  await user.click(dialog.getByRole("button", { name: "Link claims" }));
  await expect(dialog.getByText("Linked as “agrees”. Reviewers will see it in the queue.")).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/link-from-card-en.png` });

  console.log(`Link from a claim card: ${user.clicks} clicks, no page change`);
  expect(user.clicks).toBeLessThanOrEqual(5);
  expect(page.url()).toBe(articleUrl);
  // The analyst's link (suggested links the app made from the sample corpus are left aside).
  const links = await db.claimLink.findMany({ where: { projectId: project.id, origin: "HUMAN" } });
  expect(links.map((l) => [l.fromClaimId, l.toClaimId, l.relation])).toEqual([[from.id, to.id, "AGREES"]]);

  // The same from the span's popover, with the interface in Arabic.
  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  // The words are looked up in the editor, which comes after the page's first paint.
  await waitForReader(page);
  await expect(page.getByTestId("claims-panel")).toBeVisible();
  await clickSpan(page, span.quote);
  const popover = page.getByTestId("span-popover");
  await expect(popover.getByTestId("span-make-claim")).toHaveText("اصنع ادعاءً");
  await popover.getByTestId("span-link-claim").click();
  const arDialog = page.getByTestId("link-claim-dialog");
  await expect(arDialog.getByRole("heading", { name: "ربط هذا الادعاء" })).toBeVisible();
  await expect(arDialog.getByTestId("link-search-results")).toContainText(OTHER_PHRASE);
  await page.screenshot({ path: `${SHOTS}/link-from-span-ar.png` });
});

test("Make claim in a span's popover and the C key make claims from spans and from the selection", async ({ page }) => {
  const { project, analyst, label, article } = await seedProject();
  const a003 = article("003");
  const span = await seedSpan(analyst, a003, label.id, PMF_PHRASE);
  await openArticlePage(page, analyst, project.id, a003);

  // A span that is no claim's span: Make claim, but no Link to….
  await clickSpan(page, span.quote);
  const popover = page.getByTestId("span-popover");
  await expect(popover.getByTestId("span-link-claim")).toHaveCount(0);
  await popover.screenshot({ path: `${SHOTS}/span-popover-make-claim-en.png` });
  await popover.getByTestId("span-make-claim").click();
  const form = page.getByTestId("claim-form");
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-quote")).toHaveText(PMF_PHRASE);
  await expect(form.getByTestId("prefill-state")).toHaveAttribute("data-state", "done");
  // An analyst is not offered Reviewed.
  await expect(form.getByLabel("Status").locator("option")).toHaveText(["Draft", "Ready"]);
  await form.getByTestId("claim-save").click();
  await expect(form).toBeHidden();
  await expect(claimCard(page, PMF_PHRASE)).toBeVisible();
  const claims = await listClaims({ actor: analyst, articleId: a003 });
  expect(claims.map((c) => c.claimSpan?.id)).toEqual([span.id]);
  // The claim's span now offers Link to….
  await clickSpan(page, span.quote);
  await expect(page.getByTestId("span-popover").getByTestId("span-link-claim")).toHaveText("Link to…");
  await page.keyboard.press("Escape");

  // C on a selection: the form opens on the selected words.
  const phrase = "أكثر من 150 هجوماً من الميليشيات التابعة لإيران";
  expect(await dragSelect(page, phrase)).toBe(phrase);
  await page.keyboard.press("c");
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-quote")).toHaveText(phrase);
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toBeHidden();

  // C in an open span's popover makes a claim on that span.
  await clickSpan(page, span.quote);
  await expect(page.getByTestId("span-popover")).toBeVisible();
  await page.keyboard.press("c");
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-quote")).toHaveText(PMF_PHRASE);
});
