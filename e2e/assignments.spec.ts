import type { Page } from "@playwright/test";
import { assignArticles } from "../lib/assignments/assign-articles";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

const articleRows = (page: Page) => page.getByTestId("articles-table").locator("tbody tr");

test("ticked articles stay ticked while the list is drawn again, and the assignment takes exactly those", async ({
  page,
}) => {
  const analyst = await createAccount({ name: `Analyst ${uniqueTag()}` });
  const manager = await createAccount({ name: `Manager ${uniqueTag()}` });
  const { project, admin } = await createProjectWith([
    { user: analyst, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  const summary = await importSampleCorpus(admin, project.id);
  const assigned = summary.results[0]!.articles[0]!.id;
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [assigned], userIds: [analyst.id] },
  });

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}`);
  const rows = articleRows(page);
  await expect(rows).toHaveCount(5);
  const others = page.locator(`[data-testid="articles-table"] tbody tr:not([data-row-key="${assigned}"])`);
  const ticked = [others.nth(0), others.nth(2)];
  const tickedIds = await Promise.all(ticked.map((row) => row.getAttribute("data-row-key")));
  for (const row of ticked) await row.getByTestId("select-article").check();
  const form = page.getByTestId("assign-form");
  await expect(form.getByTestId("assign-selected")).toHaveText("2 articles ticked.");

  // Taking back the other assignment draws the list again (a refresh of the page's data).
  const assignedRow = page.locator(`tbody tr[data-row-key="${assigned}"]`);
  await assignedRow.getByRole("button", { name: `Take back from ${analyst.name}` }).click();
  await expect(assignedRow).toContainText("Nobody");
  for (const row of ticked) await expect(row.getByTestId("select-article")).toBeChecked();
  await expect(form.getByTestId("assign-selected")).toHaveText("2 articles ticked.");

  await form.getByLabel(analyst.name).check();
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toHaveText("2 new assignments.");
  for (const id of tickedIds) {
    await expect(page.locator(`tbody tr[data-row-key="${id}"]`).getByTestId("assignees")).toContainText(
      `${analyst.name}New`,
    );
  }
  await expect(assignedRow).toContainText("Nobody");
  await expect(page.getByTestId("select-article")).toHaveCount(5);
  for (const box of await page.getByTestId("select-article").all()) await expect(box).not.toBeChecked();
});

test("a manager assigns two articles in bulk; the analyst works through them and the manager filters by status", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const analyst = await createAccount({ name: `Analyst ${uniqueTag()}` });
  const manager = await createAccount({ name: `Manager ${uniqueTag()}` });
  const { project, admin } = await createProjectWith([
    { user: analyst, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  await importSampleCorpus(admin, project.id);
  const listPath = `/projects/${project.id}`;

  // The manager ticks the first two articles of the list and assigns them to the analyst.
  const managerContext = await browser.newContext({ baseURL });
  const managerPage = await managerContext.newPage();
  await signInViaApi(managerPage, manager);
  await openPage(managerPage, listPath);
  const rows = articleRows(managerPage);
  await expect(rows).toHaveCount(5);
  const titles = [
    (await rows.nth(0).getByRole("link").first().textContent())?.trim() ?? "",
    (await rows.nth(1).getByRole("link").first().textContent())?.trim() ?? "",
  ];
  const form = managerPage.getByTestId("assign-form");
  await expect(form.getByTestId("assign-selected")).toHaveText("No articles ticked.");
  await rows.nth(0).getByTestId("select-article").check();
  await rows.nth(1).getByTestId("select-article").check();
  // The form counts what is ticked: what the manager checks before assigning.
  await expect(form.getByTestId("assign-selected")).toHaveText("2 articles ticked.");
  await form.getByLabel(analyst.name).check();
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toHaveText("2 new assignments.");
  await expect(form.getByTestId("assign-selected")).toHaveText("No articles ticked.");
  await expect(managerPage.getByTestId("select-article").first()).not.toBeChecked();
  await expect(rows.nth(0).getByTestId("assignees")).toContainText(`${analyst.name}New`);
  await expect(rows.nth(1).getByTestId("assignees")).toContainText(`${analyst.name}New`);
  await expect(rows.nth(2)).toContainText("Nobody");

  // The analyst finds them in My articles, in the list's order, both new.
  const analystContext = await browser.newContext({ baseURL });
  const page = await analystContext.newPage();
  await signInViaApi(page, analyst);
  await openPage(page, listPath);
  await page.getByRole("link", { name: "My articles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My articles");
  const mine = page.getByTestId("my-articles").locator("tbody tr");
  await expect(mine).toHaveCount(2);
  await expect(mine.nth(0)).toContainText(titles[0]!);
  await expect(mine.nth(0)).toContainText("New");
  await expect(mine.nth(1)).toContainText(titles[1]!);
  await expect(page.getByTestId("my-progress")).toContainText("0 of 2 done");
  await page.screenshot({ path: testInfo.outputPath("my-articles-en.png"), fullPage: true });

  // Opening the first starts it; the analyst marks it done and moves on with Next.
  await mine.nth(0).getByRole("link", { name: titles[0] }).click();
  const flow = page.getByTestId("article-flow");
  await expect(flow.getByTestId("article-position")).toHaveText("1 of 2 in my articles");
  await expect(flow.getByTestId("my-status")).toContainText("In progress");
  await expect(flow.getByText("Previous")).toHaveAttribute("aria-disabled", "true");
  await page.screenshot({ path: testInfo.outputPath("reader-en.png") });
  await flow.getByRole("button", { name: "Mark done" }).click();
  await expect(flow.getByTestId("my-status")).toContainText("Done");
  await expect(flow.getByRole("button", { name: "Mark done" })).toHaveCount(0);
  await flow.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(flow.getByTestId("article-position")).toHaveText("2 of 2 in my articles");
  await expect(page.getByRole("main")).toContainText(titles[1]!);
  await expect(flow.getByTestId("my-status")).toContainText("In progress");
  await expect(flow.getByRole("link", { name: /Previous/ })).toBeVisible();

  // In Arabic, the same bar reads right to left.
  await analystContext.addCookies([{ name: "wb-locale", value: "ar", url: baseURL ?? "http://localhost:3000" }]);
  await page.reload();
  await expect(flow.getByTestId("article-position")).toHaveText("2 من 2 في مقالاتي");
  await expect(flow.getByRole("link", { name: /السابق/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("reader-ar.png") });
  await openPage(page, `${listPath}/my-articles`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مقالاتي");
  await expect(page.getByTestId("my-progress")).toContainText("أُنجز 1 من 2");
  await page.screenshot({ path: testInfo.outputPath("my-articles-ar.png"), fullPage: true });

  // The manager filters the list: Done shows only the first article.
  await openPage(managerPage, listPath);
  const filter = managerPage.getByTestId("assignment-filter");
  await filter.getByLabel("Assignment status").selectOption("DONE");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(managerPage).toHaveURL(/status=DONE/);
  await expect(articleRows(managerPage)).toHaveCount(1);
  await expect(articleRows(managerPage).first()).toContainText(titles[0]!);
  await expect(articleRows(managerPage).first().getByTestId("assignees")).toContainText(`${analyst.name}Done`);
  await expect(managerPage.getByTestId("filter-count")).toHaveText("Articles that match: 1.");
  await filter.getByLabel("Assignment status").selectOption("IN_PROGRESS");
  await filter.getByLabel("Assignee").selectOption({ label: analyst.name });
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(articleRows(managerPage)).toHaveCount(1);
  await expect(articleRows(managerPage).first()).toContainText(titles[1]!);
  await managerPage.screenshot({ path: testInfo.outputPath("filtered-list-en.png"), fullPage: true });
  await filter.getByLabel("Assignment status").selectOption("NEW");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(managerPage.getByText("No articles match this filter.")).toBeVisible();
  await expect(managerPage.getByTestId("articles-table")).toHaveCount(0);
  await managerContext.addCookies([{ name: "wb-locale", value: "ar", url: baseURL ?? "http://localhost:3000" }]);
  await managerPage.reload();
  await expect(managerPage.getByTestId("assignment-filter").getByRole("button", { name: "تصفية" })).toBeVisible();
  await managerPage.screenshot({ path: testInfo.outputPath("filtered-list-ar.png"), fullPage: true });

  // The manager reopens the done article; it leaves the Done filter, and the analyst sees it open again.
  await openPage(managerPage, `${listPath}?status=DONE`);
  await managerPage.getByRole("button", { name: `إعادة الفتح لـ${analyst.name}` }).click();
  await expect(managerPage.getByText("لا مقالات تطابق هذه التصفية.")).toBeVisible();
  await openPage(page, `${listPath}/my-articles`);
  await expect(page.getByTestId("my-progress")).toContainText("أُنجز 0 من 2");
  await managerContext.close();
  await analystContext.close();
});
