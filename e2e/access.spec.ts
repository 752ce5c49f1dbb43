import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importOneArticle, uniqueArabicText } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("someone outside a project gets 404 for its page, its article page and its article API", async ({ page }) => {
  const outsider = await createAccount();
  await createProjectWith([{ user: outsider, role: "MANAGER" }]);
  const { project: other, admin } = await createProjectWith();
  const articleId = await importOneArticle(admin, other.id, { text: uniqueArabicText() });

  await signInViaApi(page, outsider);

  const projectPage = await openPage(page, `/projects/${other.id}`);
  expect(projectPage?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();

  const articlePage = await openPage(page, `/projects/${other.id}/articles/${articleId}`);
  expect(articlePage?.status()).toBe(404);

  const api = await page.request.get(`/api/v1/articles/${articleId}`);
  expect(api.status()).toBe(404);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");

  const projectApi = await page.request.get(`/api/v1/projects/${other.id}`);
  expect(projectApi.status()).toBe(404);
});

test("the admin pages are not found for people who are not administrators", async ({ page }) => {
  const analyst = await createAccount();
  await signInViaApi(page, analyst);
  const response = await openPage(page, "/admin/users");
  expect(response?.status()).toBe(404);
  await openPage(page, "/projects");
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Admin" }),
  ).toHaveCount(0);
});
