import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("a manager reaches every project view from the project page, and the reader shows claims and suggestions", async ({
  page,
}) => {
  // Nine views and the reader, each a full page load.
  test.setTimeout(60_000);
  const manager = await createAccount();
  const { project, admin } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const summary = await importSampleCorpus(admin, project.id);
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}`);
  const views = page.getByTestId("project-views").getByRole("link");
  // My articles, events, review, overview, agreement, entities, search, labels for a manager, and settings.
  await expect(views).toHaveCount(9);
  const hrefs = await views.evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""),
  );
  for (const href of hrefs) {
    const response = await openPage(page, href);
    expect(response?.status(), href).toBe(200);
    await expect(page.locator("h1").first(), href).toBeVisible();
  }
  await openPage(page, `/projects/${project.id}/articles/${summary.results[0]!.articles[0]!.id}`);
  await expect(page.getByTestId("annotator")).toBeVisible();
  await expect(page.getByTestId("claims-panel")).toBeVisible();
});
