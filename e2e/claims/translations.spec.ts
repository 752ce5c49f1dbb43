import { mkdir } from "node:fs/promises";
import { getArticle } from "../../lib/articles/get-article";
import { saveTranslation } from "../../lib/translations/save-translation";
import { listTranslations } from "../../lib/translations/list-translations";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { PMF_PARAGRAPH_EN, PMF_PHRASE, SHOTS, seedSampleProject, useInterfaceLanguage } from "./steps";

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test("the bilingual view aligns each Arabic paragraph with its English, and the two columns scroll together", async ({
  page,
  baseURL,
}) => {
  const { project, accounts, article } = await seedSampleProject([{ name: "Analyst", role: "ANALYST" }]);
  const analyst = accounts[0]!;
  const id = article("003");
  const stored = await getArticle({ actor: analyst, articleId: id });
  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);

  const rows = page.getByTestId("translation-row");
  await expect(rows).toHaveCount(stored.paragraphs.length);
  // Every row holds exactly its paragraph's stored text, right to left, with the English cell beside it on the same line.
  for (const [i, p] of stored.paragraphs.entries()) {
    await expect(rows.nth(i).getByTestId("paragraph-arabic")).toHaveText(stored.text.slice(p.start, p.end));
  }
  const row = rows.nth(5);
  const ar = await row.locator('[data-column="ar"]').boundingBox();
  const en = await row.locator('[data-column="en"]').boundingBox();
  expect(ar && en).toBeTruthy();
  if (ar && en) {
    expect(Math.abs(ar.y - en.y)).toBeLessThan(1);
    expect(en.x + en.width).toBeLessThanOrEqual(ar.x + 1);
  }
  await row.getByTestId("translation-edit").click();
  await row.getByTestId("translation-input").fill(PMF_PARAGRAPH_EN);
  await row.getByTestId("translation-input").press("Control+Enter");
  await expect(row.getByTestId("translation-text")).toHaveText(PMF_PARAGRAPH_EN);
  // Scrolling the page moves both columns by the same amount: they are one scroller, row by row.
  const before = {
    ar: (await row.locator('[data-column="ar"]').boundingBox())!.y,
    en: (await row.locator('[data-column="en"]').boundingBox())!.y,
  };
  await page.mouse.wheel(0, 300);
  await expect
    .poll(async () => (await row.locator('[data-column="ar"]').boundingBox())!.y)
    .toBeLessThan(before.ar - 100);
  const after = {
    ar: (await row.locator('[data-column="ar"]').boundingBox())!.y,
    en: (await row.locator('[data-column="en"]').boundingBox())!.y,
  };
  expect(before.ar - after.ar).toBeCloseTo(before.en - after.en, 0);

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(rows.nth(5).getByTestId("translation-text")).toHaveText(PMF_PARAGRAPH_EN);
  await page.screenshot({ path: `${SHOTS}/translate-ar.png` });
});

test("a save over someone else's newer English shows both texts to merge; history keeps every version; a reviewer marks it reviewed and the article list counts it", async ({
  page,
}) => {
  const { project, accounts, article } = await seedSampleProject([
    { name: "Analyst", role: "ANALYST" },
    { name: "Colleague", role: "ANALYST" },
    { name: "Reviewer", role: "REVIEWER" },
  ]);
  const [analyst, colleague, reviewer] = [accounts[0]!, accounts[1]!, accounts[2]!];
  const id = article("003");
  const paragraphs = (await getArticle({ actor: analyst, articleId: id })).paragraphs.length;

  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);
  const row = page.getByTestId("translation-row").filter({ hasText: PMF_PHRASE });
  const key = (await row.getAttribute("data-index")) ?? "";
  await row.getByTestId("translation-edit").click();
  await row.getByTestId("translation-input").fill("The US strike killed one member and injured two.");

  // Meanwhile a colleague saves their English for the same paragraph.
  const theirs = "According to the PMF, one member was killed and two others were injured.";
  await saveTranslation({
    actor: colleague,
    articleId: id,
    input: { targetType: "SEGMENT", targetKey: key, text: theirs, baseVersion: null },
  });

  await row.getByTestId("translation-save").click();
  await expect(row.getByText("Someone else saved this translation meanwhile")).toBeVisible();
  await expect(row.getByTestId("translation-theirs")).toHaveText(theirs);
  await row.getByRole("button", { name: "Copy theirs into yours" }).click();
  await expect(row.getByTestId("translation-input")).toHaveValue(
    `The US strike killed one member and injured two.\n\n${theirs}`,
  );
  await row.getByTestId("translation-input").fill(PMF_PARAGRAPH_EN);
  await row.getByRole("button", { name: "Save merged text" }).click();
  await expect(row.getByTestId("translation-text")).toHaveText(PMF_PARAGRAPH_EN);
  await expect(row.getByTestId("translation-author")).toContainText(`Version 2 by ${analyst.name}`);

  await row.getByTestId("translation-history-toggle").click();
  const revisions = row.getByTestId("translation-revision");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.nth(0)).toContainText(analyst.name);
  await expect(revisions.nth(1)).toContainText(colleague.name);
  await expect(revisions.nth(1)).toContainText(theirs);
  // Analysts do not review.
  await expect(row.getByTestId("translation-review")).toHaveCount(0);

  await signInViaApi(page, reviewer);
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);
  const reviewed = page.getByTestId("translation-row").filter({ hasText: PMF_PHRASE });
  await reviewed.getByTestId("translation-review").click();
  await expect(reviewed.getByTestId("paragraph-translation")).toHaveAttribute("data-status", "REVIEWED");
  await expect(reviewed).toContainText(`Reviewed by ${reviewer.name}`);
  await expect(page.getByTestId("translation-progress").first()).toHaveAttribute("data-reviewed", "1");

  const stored = await listTranslations({ actor: reviewer, articleId: id });
  expect(stored).toEqual([
    expect.objectContaining({ targetKey: key, text: PMF_PARAGRAPH_EN, version: 2, status: "REVIEWED" }),
  ]);

  await openPage(page, `/projects/${project.id}`);
  const progress = page
    .getByTestId("articles-table")
    .locator(`tr[data-row-key="${id}"]`)
    .getByTestId("translation-progress");
  await expect(progress).toContainText(`1/${paragraphs}`);
  await expect(progress).toContainText("(1 reviewed)");
  await expect(progress).toHaveAttribute("href", `/projects/${project.id}/articles/${id}/translate`);
});
