import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importOneArticle, uniqueArabicText, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("an administrator creates a project and lands in it as its manager", async ({ page }) => {
  const admin = await createAccount({ isAdmin: true });
  await signInViaApi(page, admin);
  await openPage(page, "/projects");
  const name = `Election claims ${uniqueTag()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/Description/).fill("Statements about turnout.");
  await page.getByRole("button", { name: "Create project" }).click();

  await expect(page.getByTestId("project-name")).toHaveText(name);
  await expect(page.getByText("Manager", { exact: true })).toBeVisible();
  await openPage(page, "/projects");
  await expect(page.getByTestId("projects-table").getByRole("link", { name })).toBeVisible();
});

test("people who are not administrators get no New project form", async ({ page }) => {
  const analyst = await createAccount();
  const { project } = await createProjectWith([{ user: analyst, role: "ANALYST" }]);
  await signInViaApi(page, analyst);
  await openPage(page, "/projects");
  await expect(page.getByTestId("projects-table").getByRole("row")).toHaveCount(2);
  await expect(page.getByTestId("projects-table")).toContainText(project.name);
  await expect(page.getByRole("button", { name: "Create project" })).toHaveCount(0);
  // Analysts see the articles and members, not the manager's sections.
  await openPage(page, `/projects/${project.id}`);
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Deleted articles" })).toHaveCount(0);
});

test("a manager adds a member, changes the role and removes them", async ({ page }) => {
  const manager = await createAccount();
  const colleague = await createAccount({ name: `Colleague ${uniqueTag()}` });
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=members`);

  await page.getByLabel("Email").fill(colleague.email);
  await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const row = page.getByTestId("members-table").getByRole("row", { name: new RegExp(colleague.name) });
  await expect(row.getByRole("combobox")).toHaveValue("REVIEWER");

  await row.getByRole("combobox").selectOption("ANALYST");
  await expect(row.getByRole("combobox")).toHaveValue("ANALYST");

  await row.getByRole("button", { name: /Remove/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("members-table").getByRole("row", { name: new RegExp(colleague.name) })).toHaveCount(0);

  await page.getByLabel("Email").fill(`nobody-${uniqueTag()}@test.local`);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not found");
});

test("a manager deletes an article after confirming and restores it from Deleted articles", async ({ page }) => {
  const manager = await createAccount();
  const { project, admin } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const title = `Deletable ${uniqueTag()}`;
  await importOneArticle(admin, project.id, { title, text: uniqueArabicText() });
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}`);

  const table = page.getByTestId("articles-table");
  await table
    .getByRole("row", { name: new RegExp(title) })
    .getByRole("button", { name: /Delete/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(title);
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("No articles yet.", { exact: false })).toBeVisible();

  await page.getByRole("link", { name: "Deleted articles" }).click();
  const deleted = page.getByTestId("deleted-articles-table");
  await deleted
    .getByRole("row", { name: new RegExp(title) })
    .getByRole("button", { name: /Restore/ })
    .click();
  await expect(page.getByText("No deleted articles.")).toBeVisible();

  await page.getByRole("link", { name: "Articles (1)" }).click();
  await expect(table.getByRole("link", { name: title })).toBeVisible();
});
