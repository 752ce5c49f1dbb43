import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importOneArticle, readArticle, uniqueArabicText } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";
import { updateArticle } from "../lib/articles/update-article";

test("a metadata edit against a stale version shows the conflict and can be re-applied", async ({ page }, testInfo) => {
  const manager = await createAccount({ name: "Desk Editor" });
  const { project, admin } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const articleId = await importOneArticle(admin, project.id, { title: "Original title", text: uniqueArabicText() });

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}/articles/${articleId}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  await page.getByLabel("Title", { exact: true }).fill("My new title");

  // Meanwhile someone else saves: the page's version is now stale.
  const opened = await readArticle(manager, articleId);
  await updateArticle({
    actor: admin,
    articleId,
    input: { version: opened.version, title: "Their title", source: "Reuters" },
  });

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("article-conflict")).toHaveText("Someone else changed this article");
  await expect(page.getByTestId("conflict-current-title")).toHaveText("Their title");
  await expect(page.getByTestId("conflict-current-source")).toHaveText("Reuters");
  await page.screenshot({ path: testInfo.outputPath("conflict.png") });

  await page.getByRole("button", { name: "Re-apply my changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByTestId("article-title")).toHaveText("My new title");

  // Only the field the user changed was written; the other person's outlet stays.
  const after = await readArticle(manager, articleId);
  expect(after).toMatchObject({ title: "My new title", source: "Reuters", version: opened.version + 2 });
  await expect(page.getByTestId("article-metadata")).toContainText("Reuters");
});

test("a manager edits an article's details; an analyst cannot", async ({ page }) => {
  const manager = await createAccount();
  const analyst = await createAccount();
  const { project, admin } = await createProjectWith([
    { user: manager, role: "MANAGER" },
    { user: analyst, role: "ANALYST" },
  ]);
  const articleId = await importOneArticle(admin, project.id, { title: "Needs details", text: uniqueArabicText() });

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}/articles/${articleId}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  await page.getByLabel(/^Outlet/).fill("Al Sumaria");
  await page.getByLabel(/^URL/).fill("https://example.org/news/1");
  await page.getByLabel(/^Published/).fill("2023-12-09");
  await page.getByLabel("Status", { exact: true }).selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "Save" }).click();

  const meta = page.getByTestId("article-metadata");
  await expect(meta).toContainText("Al Sumaria");
  await expect(meta).toContainText("9 Dec 2023");
  await expect(meta).toContainText("In progress");
  expect(await readArticle(manager, articleId)).toMatchObject({
    source: "Al Sumaria",
    url: "https://example.org/news/1",
    status: "IN_PROGRESS",
  });

  await page.context().clearCookies();
  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/articles/${articleId}`);
  await expect(page.getByTestId("article-title")).toHaveText("Needs details");
  await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
});
