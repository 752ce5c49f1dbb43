import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { newsPage, NEWS_PARAGRAPHS } from "../lib/import/news-page-fixtures";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/** A news site on loopback that the app under test fetches (npm test runs it with IMPORT_ALLOW_PRIVATE=1). */
let server: Server;
let served = "";
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/iraq/rockets") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(served);
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>غير موجود</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("a manager imports a saved news page and a page by its address from the import page, and reads each article", async ({
  page,
}, testInfo) => {
  const manager = await createAccount();
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const tag = uniqueTag();
  const savedTitle = `صواريخ قرب عين الأسد ${tag}`;
  const savedFirst = `${NEWS_PARAGRAPHS[0]} (${tag})`;
  const webTitle = `انفجار عبوة جنوبي بغداد ${tag}`;
  const webFirst = `قالت الشرطة العراقية إن عبوة ناسفة انفجرت على طريق سريع جنوبي بغداد صباح الاثنين (${tag}).`;
  served = newsPage({ title: webTitle, paragraphs: [webFirst, ...NEWS_PARAGRAPHS.slice(1)] });
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/iraq/rockets`;

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);

  // A saved page dropped on the upload: its body is extracted, the navigation and footer are not.
  await page.getByTestId("import-file-input").setInputFiles({
    name: "saved-page.html",
    mimeType: "text/html",
    buffer: Buffer.from(newsPage({ title: savedTitle, paragraphs: [savedFirst, ...NEWS_PARAGRAPHS.slice(1)] })),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(
    page.getByTestId("import-result").filter({ hasText: "saved-page.html" }).getByRole("link", { name: savedTitle }),
  ).toBeVisible();

  // An address pasted on the same page: fetched by the server.
  await page.getByTestId("web-import-urls").fill(`${address}\nwire.example/no-scheme\n`);
  await page.getByRole("button", { name: "Fetch and import" }).click();
  const webResult = page.getByTestId("web-import-result").filter({ hasText: address });
  await expect(webResult).toHaveAttribute("data-status", "imported");
  await expect(page.getByTestId("web-import-result").filter({ hasText: "wire.example/no-scheme" })).toContainText(
    "Not a web address: it must start with http:// or https://",
  );
  await page.screenshot({ path: testInfo.outputPath("web-import-en.png"), fullPage: true });

  await webResult.getByRole("link", { name: webTitle }).click();
  const text = page.getByTestId("article-text");
  await expect(text).toContainText(webFirst);
  await expect(text).not.toContainText("جميع الحقوق محفوظة");
  await expect(page.getByTestId("article-title")).toHaveText(webTitle);

  await openPage(page, `/projects/${project.id}`);
  await page.getByTestId("articles-table").getByRole("link", { name: savedTitle }).click();
  await expect(page.getByTestId("article-text")).toContainText(savedFirst);
  await expect(page.getByTestId("article-text")).not.toContainText("اقرأ أيضاً");

  // The same page in Arabic, and the project settings where the publisher of fact checks is set.
  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await openPage(page, `/projects/${project.id}?tab=import`);
  await expect(page.getByRole("heading", { name: "استيراد صفحات الويب" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("web-import-ar.png"), fullPage: true });
  await openPage(page, `/projects/${project.id}/settings`);
  await page.getByLabel("اسم الجهة").fill("مكتب التحقق");
  await page.getByLabel("عنوان موقع الجهة").fill("https://factdesk.example.org");
  await page.getByLabel("قالب عنوان التحقّق").fill("https://factdesk.example.org/checks/{claimId}");
  await page.getByRole("button", { name: "حفظ الناشر" }).click();
  await expect(page.getByTestId("publisher-form").getByRole("status")).toHaveText("حُفظ.");
  await page.screenshot({ path: testInfo.outputPath("settings-ar.png"), fullPage: true });
});
