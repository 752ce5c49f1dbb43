import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus, uniqueArabicText, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";
import { listArticles } from "../lib/articles/list-articles";

// "مرحبا بالعالم" in Windows-1256, the legacy Arabic code page: not valid UTF-8.
const WINDOWS_1256 = Buffer.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xc7, 0xe1, 0xda, 0xc7, 0xe1, 0xe3, 0x0a]);

test("a manager's import refuses a non-UTF-8 file and an empty file, and imports a good one", async ({ page }) => {
  const manager = await createAccount({ name: "Import Manager" });
  const { project, admin } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  await importSampleCorpus(admin, project.id);
  const before = (await listArticles({ actor: manager, projectId: project.id })).length;
  expect(before).toBe(5);

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);
  const input = page.getByTestId("import-file-input");

  // Two bad files: each refused with the server's reason, shown in red; nothing imported.
  await input.setInputFiles([
    { name: "legacy-1256.txt", mimeType: "text/plain", buffer: WINDOWS_1256 },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
  ]);
  await expect(page.getByText("Files selected: 2")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const results = page.getByTestId("import-result");
  // The first upload may wait for the server to warm up; imports themselves take well under a second.
  await expect(results).toHaveCount(2, { timeout: 30_000 });
  const legacy = results.filter({ hasText: "legacy-1256.txt" });
  const empty = results.filter({ hasText: "empty.txt" });
  await expect(legacy).toHaveAttribute("data-status", "refused");
  await expect(legacy.getByTestId("import-result-message")).toContainText("not valid UTF-8");
  await expect(empty).toHaveAttribute("data-status", "refused");
  await expect(empty.getByTestId("import-result-message")).toContainText("empty");
  await expect(legacy.getByTestId("import-result-message")).toHaveClass(/text-red-700/);
  await expect(page.getByText("2 of 2 files")).toBeVisible();
  await expect(page.getByText("Imported: 0. Refused: 2.")).toBeVisible();
  expect((await listArticles({ actor: manager, projectId: project.id })).length).toBe(before);
  await expect(page.getByRole("link", { name: `Articles (${before})` })).toBeVisible();

  // A good plain-text file with a title line is imported and linked.
  const title = `تقرير الاختبار ${uniqueTag()}`;
  await input.setInputFiles([
    { name: "good.txt", mimeType: "text/plain", buffer: Buffer.from(`${title}\n\n${uniqueArabicText()}\n`, "utf8") },
  ]);
  await expect(page.getByText("Files selected: 1")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const good = page.getByTestId("import-result").filter({ hasText: "good.txt" });
  await expect(good).toHaveAttribute("data-status", "imported", { timeout: 30_000 });
  await expect(good.getByRole("link", { name: title })).toBeVisible();
  expect((await listArticles({ actor: manager, projectId: project.id })).length).toBe(before + 1);

  await page.getByRole("link", { name: `Articles (${before + 1})` }).click();
  await expect(page.getByTestId("articles-table").getByRole("link", { name: title })).toBeVisible();
});

test("files go up in batches of ten with progress for each", async ({ page }) => {
  const manager = await createAccount();
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);

  const batches: number[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/v1/projects/${project.id}/articles`))
      batches.push(request.url().length);
  });
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `batch-${String(i).padStart(2, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(uniqueArabicText(), "utf8"),
  }));
  await page.getByTestId("import-file-input").setInputFiles(files);
  await expect(page.getByText("Files selected: 12")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page.getByText("12 of 12 files")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("import-result").and(page.locator('[data-status="imported"]'))).toHaveCount(12);
  expect(batches).toHaveLength(2);
  expect((await listArticles({ actor: manager, projectId: project.id })).length).toBe(12);
});
