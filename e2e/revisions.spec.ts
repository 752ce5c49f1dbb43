import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NEWS_PARAGRAPHS, newsPage } from "../lib/import/news-page-fixtures";
import { createClaim } from "../lib/claims/create-claim";
import { listSpans } from "../lib/spans/list-spans";
import { dragSelect, drawnSpanIds, highlightText, waitForReader } from "./annotator/reader";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/** A news site on loopback that the app under test fetches (npm test runs it with IMPORT_ALLOW_PRIVATE=1). */
let server: Server;
const served = new Map<string, string>();
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    // A little later than at once, so the many-addresses job shows its progress.
    const delay = req.url?.startsWith("/many/") ? 500 : 100;
    setTimeout(() => {
      if (body !== undefined) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(body);
      } else {
        res.writeHead(404, { "content-type": "text/html" });
        res.end("<h1>غير موجود</h1>");
      }
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const address = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

test.describe.configure({ timeout: 180_000 });

/** The outlet's correction: four rockets, not three; a witnesses' paragraph added; the investigation paragraph gone. */
const WITNESSES = "وأفاد شهود عيان بأنهم سمعوا دوي انفجارات متتالية قرب المدخل الشمالي للقاعدة قبيل منتصف الليل.";
const corrected = (first: string) => [
  first.replace("ثلاثة صواريخ", "أربعة صواريخ"),
  WITNESSES,
  NEWS_PARAGRAPHS[1]!,
  NEWS_PARAGRAPHS[3]!,
];

const PLACED = "قال مسؤول في وزارة الدفاع العراقية";
const MOVED = "من منطقة صحراوية";
const CORRECTED = "ثلاثة صواريخ";
const REMOVED = "قيادة العمليات المشتركة";

test("an analyst's annotations follow a corrected report: placed, moved or orphaned, and orphans are placed again or deleted", async ({
  page,
}, testInfo) => {
  const manager = await createAccount({ name: "Maha Editor" });
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const tag = uniqueTag();
  const savedTitle = `صواريخ قرب عين الأسد ${tag}`;
  const first = `${NEWS_PARAGRAPHS[0]} (${tag})`;
  const webTitle = `هجوم صاروخي على عين الأسد ${tag}`;
  const webFirst = `${NEWS_PARAGRAPHS[0]} (${tag}، عن الموقع)`;
  served.set("/iraq/rockets", newsPage({ title: webTitle, paragraphs: [webFirst, ...NEWS_PARAGRAPHS.slice(1)] }));

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);
  // A saved news page, and a page by its address.
  await page.getByTestId("import-file-input").setInputFiles({
    name: "saved-page.html",
    mimeType: "text/html",
    buffer: Buffer.from(newsPage({ title: savedTitle, paragraphs: [first, ...NEWS_PARAGRAPHS.slice(1)] })),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const savedLink = page
    .getByTestId("import-result")
    .filter({ hasText: "saved-page.html" })
    .getByRole("link", { name: savedTitle });
  await expect(savedLink).toBeVisible();
  await page.getByTestId("web-import-urls").fill(address("/iraq/rockets"));
  await page.getByRole("button", { name: "Fetch and import" }).click();
  const webLink = page.getByTestId("web-import-result").getByRole("link", { name: webTitle });
  await expect(webLink).toBeVisible();
  const webHref = (await webLink.getAttribute("href"))!;

  // Annotate the saved page: four spans.
  await savedLink.click();
  await waitForReader(page);
  const articleId = page.url().split("/articles/")[1]!.split(/[/?#]/)[0]!;
  for (const phrase of [PLACED, CORRECTED, MOVED, REMOVED]) {
    expect(await dragSelect(page, phrase)).toBe(phrase);
    await page.getByTestId("selection-toolbar").locator("button[data-label-id]").first().click();
    await expect(page.getByTestId("selection-toolbar")).toBeHidden();
  }
  await expect(page.getByTestId("save-summary")).toHaveText(/All changes saved/);
  const spans = new Map((await listSpans({ actor: manager, articleId })).map((s) => [s.quote, s.id]));
  expect(spans.size).toBe(4);
  // A claim on the words the correction removes.
  await createClaim({
    actor: manager,
    articleId,
    input: { id: randomUUID(), kind: "STATEMENT", claimSpanId: spans.get(REMOVED)! },
  });

  // A second tab on the same article, to see the revision arrive live.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await waitForReader(other);

  // The corrected version, as a saved page.
  await page.getByTestId("upload-version").click();
  await page.getByRole("radio", { name: "File (.txt, .html, .docx)" }).check();
  await page.getByTestId("revision-file").setInputFiles({
    name: "saved-page-corrected.html",
    mimeType: "text/html",
    buffer: Buffer.from(newsPage({ title: savedTitle, paragraphs: corrected(first) })),
  });
  await page.getByRole("button", { name: "Import new version" }).click();
  await expect(page.getByTestId("revision-done")).toHaveText("Version 2 imported: 1 placed, 1 moved, 2 orphaned.");
  await expect(page.getByTestId("article-text")).toContainText(WITNESSES);
  await waitForReader(page);
  // The other tab shows the new text and its orphans without a reload.
  await expect(other.getByTestId("article-text")).toContainText(WITNESSES);
  await expect(other.getByTestId("orphan")).toHaveCount(2);
  await other.close();

  // Placed and moved ones are drawn on the new text; the orphans are listed with their reasons.
  const drawn = await drawnSpanIds(page);
  expect(drawn.sort()).toEqual([spans.get(PLACED)!, spans.get(MOVED)!].sort());
  expect(await highlightText(page, spans.get(MOVED)!)).toBe(MOVED);
  const orphans = page.getByTestId("orphan");
  await expect(orphans).toHaveCount(2);
  await expect(orphans.nth(0)).toContainText(CORRECTED);
  await expect(orphans.nth(1)).toContainText(REMOVED);
  await expect(orphans.nth(0).getByTestId("orphan-reason")).toHaveText(
    "Its words are not in the new text, even with small changes near their old place.",
  );
  await expect(page.getByTestId("orphans-panel")).toContainText("2 orphaned annotations");
  // The claim on an orphan says so in the claims panel, with a way to the orphans.
  await expect(
    page.getByTestId("claim-card").filter({ hasText: REMOVED }).getByTestId("claim-span-orphaned"),
  ).toContainText("Span orphaned by version 2");
  await expect(page.getByTestId("article-version")).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath("orphans-en.png"), fullPage: true });

  // The earlier version stays readable.
  await page.getByRole("link", { name: "Version 1" }).click();
  await expect(page.getByTestId("version-text")).toContainText(CORRECTED);
  await expect(page.getByTestId("version-text")).toContainText(REMOVED);
  await expect(page.getByTestId("article-version-page")).toContainText("Version 1 of this article, read-only.");
  await page.screenshot({ path: testInfo.outputPath("version-en.png"), fullPage: true });

  // The same in Arabic.
  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("article-version-page")).toContainText("النسخة 1 من هذه المقالة، للقراءة فقط.");
  await page.screenshot({ path: testInfo.outputPath("version-ar.png"), fullPage: true });
  await openPage(page, `/projects/${project.id}/articles/${articleId}`);
  await waitForReader(page);
  await expect(page.getByTestId("orphans-panel")).toContainText("المقاطع اليتيمة");
  await expect(page.getByTestId("orphans-panel")).toContainText("مقطعان يتيمان");
  await expect(page.getByTestId("claim-span-orphaned")).toContainText("مقطعه يتيم منذ النسخة 2");
  await page.screenshot({ path: testInfo.outputPath("orphans-ar.png"), fullPage: true });

  // One orphan is deleted (softly, audited), the other placed on the corrected words.
  await orphans.filter({ hasText: REMOVED }).getByRole("button", { name: "حذف" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "حذف" }).click();
  await expect(orphans).toHaveCount(1);
  expect(await dragSelect(page, "أربعة صواريخ")).toBe("أربعة صواريخ");
  await orphans.getByRole("button", { name: "ضعه في التحديد" }).click();
  await expect(page.getByTestId("orphans-panel")).toHaveCount(0);
  await expect.poll(() => drawnSpanIds(page)).toContain(spans.get(CORRECTED)!);
  expect(await highlightText(page, spans.get(CORRECTED)!)).toBe("أربعة صواريخ");
  // After a reload too.
  await page.reload();
  await waitForReader(page);
  expect((await drawnSpanIds(page)).sort()).toEqual(
    [spans.get(PLACED)!, spans.get(MOVED)!, spans.get(CORRECTED)!].sort(),
  );
  await expect(page.getByTestId("orphans-panel")).toHaveCount(0);

  // The page imported by its address: its corrected version fetched again from the same address.
  served.set("/iraq/rockets", newsPage({ title: webTitle, paragraphs: corrected(webFirst) }));
  await openPage(page, webHref);
  await waitForReader(page);
  await page.getByTestId("upload-version").click();
  await page.getByRole("radio", { name: "جلب صفحة الويب من جديد" }).check();
  await expect(page.getByTestId("revision-url")).toHaveValue(address("/iraq/rockets"));
  await page.getByRole("button", { name: "استيراد النسخة الجديدة" }).click();
  await expect(page.getByTestId("revision-done")).toContainText("استُوردت النسخة 2");
  await expect(page.getByTestId("article-text")).toContainText(WITNESSES);
});

test("several addresses pasted at once are imported by a background job whose progress and results the page shows", async ({
  page,
}, testInfo) => {
  const manager = await createAccount();
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  const tag = uniqueTag();
  const titles = Array.from({ length: 6 }, (_, i) => `تقرير رقم ${i + 1} ${tag}`);
  for (const [i, title] of titles.entries())
    served.set(
      `/many/${tag}/${i + 1}`,
      newsPage({ title, paragraphs: [`${NEWS_PARAGRAPHS[0]} (${tag}-${i + 1})`, ...NEWS_PARAGRAPHS.slice(1)] }),
    );
  served.set(`/many/${tag}/index`, "<!doctype html><html><body><nav><a href='/'>الرئيسية</a></nav></body></html>");
  const urls = [...titles.map((_, i) => address(`/many/${tag}/${i + 1}`)), address(`/many/${tag}/index`)];

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}?tab=import`);
  await page.getByTestId("web-import-urls").fill([...urls, "not-an-address"].join("\n"));
  await page.getByRole("button", { name: "Fetch and import" }).click();
  const progress = page.getByTestId("web-import-progress");
  await expect(progress).toContainText(/of 8 addresses/);
  await expect(page.getByText("Several addresses are imported in the background")).toBeVisible();
  await expect(progress).toContainText("8 of 8 addresses", { timeout: 60_000 });
  await expect(page.getByText("6 imported, 2 refused.")).toBeVisible();
  const results = page.getByTestId("web-import-result");
  await expect(page.locator('[data-testid="web-import-result"][data-status="imported"]')).toHaveCount(6);
  await expect(results.filter({ hasText: address(`/many/${tag}/index`) })).toHaveAttribute("data-status", "refused");
  for (const title of titles) await expect(results.getByRole("link", { name: title })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("many-urls-en.png"), fullPage: true });

  // The same job through the API: started, then read until done.
  const started = await page.request.post(`/api/v1/projects/${project.id}/import-runs`, {
    data: { urls: [address(`/many/${tag}/1`), address(`/many/${tag}/missing`)] },
  });
  expect(started.status()).toBe(202);
  const run = (await started.json()) as { id: string; total: number };
  expect(run.total).toBe(2);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/import-runs/${run.id}`)).json()).status, {
      timeout: 30_000,
    })
    .toBe("DONE");
  const done = await (await page.request.get(`/api/v1/import-runs/${run.id}`)).json();
  expect(done.results.map((r: { status: string; code: string | null }) => [r.status, r.code])).toEqual([
    ["refused", "duplicate"],
    ["refused", expect.any(String)],
  ]);
});
