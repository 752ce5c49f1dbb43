import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueArabicText, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("uploaded text files without a title line keep their file names, and a manifest sets titles and dates", async ({
  page,
}, testInfo) => {
  const manager = await createAccount();
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);

  const named = `تقرير بغداد ${uniqueTag()}`;
  const manifestTitle = `هجوم على السفارة ${uniqueTag()}`;
  await page.getByTestId("import-file-input").setInputFiles([
    { name: `${named}.txt`, mimeType: "text/plain", buffer: Buffer.from(`${uniqueArabicText()}.`, "utf8") },
    { name: "003.txt", mimeType: "text/plain", buffer: Buffer.from(`${uniqueArabicText()}.`, "utf8") },
  ]);
  await page.getByTestId("import-manifest-input").setInputFiles({
    name: "manifest.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ "003.txt": { title: manifestTitle, publishedAt: "2023-12-08" } }), "utf8"),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const results = page.getByTestId("import-result");
  await expect(results.filter({ hasText: `${named}.txt` }).getByRole("link", { name: named })).toBeVisible();
  await expect(results.filter({ hasText: "003.txt" }).getByRole("link", { name: manifestTitle })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-titles-en.png"), fullPage: true });

  await openPage(page, `/projects/${project.id}`);
  const row = page.getByTestId("articles-table").getByRole("row", { name: new RegExp(manifestTitle) });
  await expect(row).toContainText("8 Dec 2023");
  await expect(page.getByTestId("articles-table").getByRole("link", { name: named })).toBeVisible();
});
