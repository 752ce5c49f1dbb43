import type { Page, TestInfo } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { assignArticles } from "../lib/assignments/assign-articles";
import { setIndependentAnnotation } from "../lib/curation/independent-annotation";
import { db } from "../lib/db";
import { createSpan } from "../lib/spans/create-span";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import {
  createAccount,
  createProjectWith,
  importOneArticle,
  importSampleCorpus,
  TEST_PASSWORD,
  uniqueArabicText,
  waitForSuggestionRuns,
} from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/**
 * The Arabic interface without seams: on the main pages, no Latin-script word in the interface's own
 * text. User data is left out of the check where the pages mark it — the article text, isolated runs
 * (`<bdi>`, `dir="auto"`), English content (`lang="en"`, which also marks the "English" language
 * button), `data-user-text`, and form fields — and so are URLs and the few codes below: the time
 * zone, the names of keys the help texts tell to press, and the names of two file formats (CSV and
 * schema.org's ClaimReview).
 */
const ALLOWED = new Set(["UTC", "Ctrl", "Enter", "Escape", "Shift", "A", "C", "R", "CSV", "ClaimReview"]);

const USER_DATA = [
  "script",
  "style",
  "noscript",
  "input",
  "textarea",
  "option",
  "code",
  "kbd",
  "bdi",
  '[dir="auto"]',
  ':not(html)[lang="en"]',
  "[data-user-text]",
  '[data-testid="article-text"]',
].join(", ");

type TLeak = { word: string; text: string; where: string };

async function latinWords(page: Page): Promise<TLeak[]> {
  const texts = await page.evaluate((skip) => {
    const found: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? "";
      if (!el || !/[A-Za-z]/.test(text) || el.closest(skip) || !el.checkVisibility()) continue;
      const marked = el.closest("[data-testid]");
      found.push({
        text: text.trim(),
        where: `${el.tagName.toLowerCase()} in ${marked?.getAttribute("data-testid") ?? "page"}`,
      });
    }
    return found;
  }, USER_DATA);
  return texts.flatMap(({ text, where }) =>
    (text.replace(/\b(?:https?:\/\/|www\.)\S+/g, "").match(/[A-Za-z][A-Za-z'-]*/g) ?? [])
      .filter((word) => !ALLOWED.has(word))
      .map((word) => ({ word, text: text.slice(0, 120), where })),
  );
}

type TWalkedPage = { name: string; path: string; ready: (p: Page) => Promise<void> };

/** Opens each page in Arabic, waits until it is ready, keeps a screenshot and checks its interface text. */
async function walk(page: Page, testInfo: TestInfo, pages: readonly TWalkedPage[]): Promise<void> {
  for (const { name, path, ready } of pages) {
    await openPage(page, path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await ready(page);
    await page.screenshot({ path: testInfo.outputPath(`${name}-ar.png`), fullPage: true });
    expect.soft(await latinWords(page), `Latin words in the interface text of the ${name} page`).toEqual([]);
  }
}

test("the main pages in the Arabic interface show no English of their own", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const reviewer = await createAccount({ name: "مراجعة الواجهة" });
  const analysts = [await createAccount({ name: "محلل أول" }), await createAccount({ name: "محللة ثانية" })];
  const { project, admin } = await createProjectWith([
    { user: reviewer, role: "REVIEWER" },
    ...analysts.map((user) => ({ user, role: "ANALYST" as const })),
  ]);
  await db.project.update({ where: { id: project.id }, data: { name: "مشروع الواجهة العربية" } });
  await importSampleCorpus(admin, project.id);
  await waitForSuggestionRuns(project.id);
  const article = await db.article.findFirstOrThrow({
    where: { projectId: project.id },
    orderBy: { createdAt: "asc" },
  });
  const event = await db.event.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "asc" } });

  await signInViaApi(page, reviewer);
  await openPage(page, "/projects");
  // The check sees interface text: in English it finds words.
  expect((await latinWords(page)).map((leak) => leak.word)).toContain("Projects");
  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  const base = `/projects/${project.id}`;
  const pages: TWalkedPage[] = [
    { name: "projects", path: "/projects", ready: async () => {} },
    { name: "articles", path: base, ready: async () => {} },
    {
      name: "reader",
      path: `${base}/articles/${article.id}`,
      ready: async (p) => p.getByTestId("article-text").waitFor(),
    },
    { name: "review", path: `${base}/review`, ready: async (p) => p.getByTestId("queue-link").first().waitFor() },
    {
      name: "search",
      path: `${base}/search?q=${encodeURIComponent("قذائف")}`,
      ready: async (p) => p.getByTestId("result-heading").first().waitFor(),
    },
    { name: "events", path: `${base}/events`, ready: async () => {} },
    { name: "event", path: `${base}/events/${event.id}`, ready: async () => {} },
    { name: "entities", path: `${base}/entities`, ready: async () => {} },
    { name: "overview", path: `${base}/overview`, ready: async () => {} },
    { name: "settings", path: `${base}/settings`, ready: async () => {} },
    { name: "agreement", path: `${base}/agreement`, ready: async () => {} },
    {
      name: "translation",
      path: `${base}/articles/${article.id}/translate`,
      ready: async (p) => p.getByTestId("bilingual-view").waitFor(),
    },
  ];
  await walk(page, testInfo, pages);

  // The pages a manager and administrator sees, and an earlier text version (made through the API).
  await page.context().clearCookies();
  await signInViaApi(page, { ...admin, password: TEST_PASSWORD });
  await page.context().addCookies([{ name: "wb-locale", value: "ar", url: new URL(page.url()).origin }]);
  const made = await page.request.post(`/api/v1/projects/${project.id}/entities`, {
    data: { kind: "PERSON", nameAr: "وزير الدفاع", nameEn: "Minister of Defence", aliases: [] },
  });
  expect(made.ok(), `POST …/entities answered ${made.status()}`).toBeTruthy();
  const entity = (await made.json()) as { id: string };
  // An article two analysts marked on their own (to curate), one span naming the entity, and an
  // article assigned to the administrator (my articles).
  await setIndependentAnnotation({ actor: admin, projectId: project.id, input: { enabled: true } });
  const text = uniqueArabicText();
  const curated = await importOneArticle(admin, project.id, { title: "هجوم ليلة الجمعة", text });
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [curated], userIds: analysts.map((a) => a.id) },
  });
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [article.id], userIds: [admin.id] },
  });
  const labels = await db.label.findMany({ where: { projectId: project.id } });
  const label = (key: string) => labels.find((l) => l.key === key)?.id ?? "";
  const mark = (quote: string, key: string, entityId: string | null = null) => {
    const start = text.indexOf(quote);
    return { id: randomUUID(), labelId: label(key), start, end: start + quote.length, quote, entityId };
  };
  await createSpan({
    actor: analysts[0]!,
    articleId: curated,
    input: mark("مسؤول في وزارة الدفاع", "person", entity.id),
  });
  await createSpan({ actor: analysts[0]!, articleId: curated, input: mark("ليلة الجمعة", "date") });
  await createSpan({ actor: analysts[1]!, articleId: curated, input: mark("مسؤول", "person", entity.id) });
  await createSpan({ actor: analysts[1]!, articleId: curated, input: mark("وزارة الدفاع", "organisation") });
  const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  const revised = await page.request.post(`/api/v1/articles/${article.id}/versions`, {
    data: { text: `${current.text}\nوأكد المسؤول أن التحقيق مستمر.`, version: current.version },
  });
  expect(revised.ok(), `POST …/versions answered ${revised.status()}`).toBeTruthy();
  const managerPages: TWalkedPage[] = [
    { name: "admin-audit", path: "/admin/audit", ready: async () => {} },
    { name: "admin-users", path: "/admin/users", ready: async () => {} },
    { name: "entity", path: `${base}/entities/${entity.id}`, ready: async () => {} },
    { name: "ledger", path: `${base}/events/${event.id}/ledger`, ready: async () => {} },
    { name: "labels", path: `${base}/labels`, ready: async () => {} },
    { name: "my-articles", path: `${base}/my-articles`, ready: async () => {} },
    { name: "user-settings", path: "/settings", ready: async () => {} },
    {
      name: "curate",
      path: `${base}/articles/${curated}/curate`,
      ready: async (p) => p.getByTestId("curation-item").first().waitFor(),
    },
    { name: "version", path: `${base}/articles/${article.id}/versions/1`, ready: async () => {} },
  ];
  await walk(page, testInfo, managerPages);

  // The sign-in page, signed out, with the Arabic cookie.
  await page.context().clearCookies();
  await page.context().addCookies([{ name: "wb-locale", value: "ar", url: new URL(page.url()).origin }]);
  await openPage(page, "/signin");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: testInfo.outputPath("signin-ar.png"), fullPage: true });
  expect.soft(await latinWords(page), "Latin words in the interface text of the sign-in page").toEqual([]);
});
