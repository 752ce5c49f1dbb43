import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { importArticles } from "../lib/articles/import-articles";
import { assignArticles } from "../lib/assignments/assign-articles";
import type { ActingUser } from "../lib/auth/acting-user";
import { setCurated } from "../lib/curation/curate-article";
import { db } from "../lib/db";
import { parseUploadedFile } from "../lib/import/parse-upload";
import { createSpan } from "../lib/spans/create-span";
import { waitForReader } from "./annotator/reader";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

const TEXT = "قتل خمسة أشخاص في هجوم على بغداد يوم الجمعة، وأصيب عشرة آخرون.";

const highlight = (page: Page, spanId: string) =>
  page.locator(`[data-testid="article-text"] .ProseMirror [data-span-id~="${spanId}"]`);

test("under independent annotation an analyst sees only their own spans until the article is curated", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const first = await createAccount({ name: `Analyst A ${tag}` });
  const second = await createAccount({ name: `Analyst B ${tag}` });
  const manager = await createAccount({ name: `Manager ${tag}` });
  const { project, admin } = await createProjectWith([
    { user: first, role: "ANALYST" },
    { user: second, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [parseUploadedFile("one.txt", new TextEncoder().encode(`هجوم ${tag}\n\n${TEXT}`), { maxBytes: 10_000 })],
  });
  const articleId = summary.results[0]!.articles[0]!.id;
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [articleId], userIds: [first.id, second.id] },
  });
  const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const place = (await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "place" } })).id;
  const mark = async (actor: ActingUser, word: string) => {
    const start = text.indexOf(word);
    const id = randomUUID();
    await createSpan({ actor, articleId, input: { id, labelId: place, start, end: start + word.length, quote: word } });
    return id;
  };
  const own = await mark(first, "بغداد");
  const others = await mark(second, "الجمعة");
  const reader = `/projects/${project.id}/articles/${articleId}`;

  // The manager turns the setting on in the project's settings; it holds after a reload.
  const managerContext = await browser.newContext({ baseURL });
  const managerPage = await managerContext.newPage();
  await signInViaApi(managerPage, manager);
  await openPage(managerPage, `/projects/${project.id}/settings`);
  const setting = managerPage.getByTestId("independent-annotation");
  await expect(setting.getByRole("status")).toHaveText("Off: everyone sees everyone's work.");
  await setting.getByLabel("Analysts annotate independently").check();
  await expect(setting.getByRole("status")).toHaveText(
    "On: analysts see only their own work on an article until it is curated.",
  );
  await managerPage.reload();
  await expect(setting.getByLabel("Analysts annotate independently")).toBeChecked();
  await setting.scrollIntoViewIfNeeded();
  await managerPage.screenshot({ path: testInfo.outputPath("settings-en.png"), fullPage: true });

  // Analyst A reads the article: A's place, not B's date.
  const analystContext = await browser.newContext({ baseURL });
  const page = await analystContext.newPage();
  await signInViaApi(page, first);
  await openPage(page, reader);
  await waitForReader(page);
  await expect(highlight(page, own)).toHaveCount(1);
  await expect(highlight(page, others)).toHaveCount(0);

  // The manager, who curates, sees both.
  await openPage(managerPage, reader);
  await waitForReader(managerPage);
  await expect(highlight(managerPage, own)).toHaveCount(1);
  await expect(highlight(managerPage, others)).toHaveCount(1);

  // Once the article is curated, A sees B's work too.
  await setCurated({ actor: manager, articleId, input: { curated: true } });
  await page.reload();
  await waitForReader(page);
  await expect(highlight(page, others)).toHaveCount(1);

  // The setting in Arabic.
  await managerContext.addCookies([{ name: "wb-locale", value: "ar", url: baseURL ?? "http://localhost:3000" }]);
  await openPage(managerPage, `/projects/${project.id}/settings`);
  await expect(setting.getByLabel("يوسّم المحلّلون باستقلال")).toBeChecked();
  await expect(setting.getByRole("status")).toHaveText("مفعّل: لا يرى المحلّل في المقال إلا عمله حتى يُنقَّح.");
  await setting.scrollIntoViewIfNeeded();
  await managerPage.screenshot({ path: testInfo.outputPath("settings-ar.png"), fullPage: true });
});
