import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus, waitForSuggestionRuns } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/**
 * The Arabic interface without seams: on the main pages, no Latin-script word in the interface's own
 * text. User data is left out of the check where the pages mark it — the article text, isolated runs
 * (`<bdi>`, `dir="auto"`), English content (`lang="en"`, which also marks the "English" language
 * button), `data-user-text`, and form fields — and so are URLs and the few codes below: the time
 * zone, the names of keys the help texts tell to press, and the names of two file formats (CSV and
 * schema.org's ClaimReview).
 */
const ALLOWED = new Set(["UTC", "Ctrl", "Enter", "Shift", "A", "C", "R", "CSV", "ClaimReview"]);

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

test("the main pages in the Arabic interface show no English of their own", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const reviewer = await createAccount({ name: "مراجعة الواجهة" });
  const { project, admin } = await createProjectWith([{ user: reviewer, role: "REVIEWER" }]);
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
  const pages: { name: string; path: string; ready: (p: Page) => Promise<void> }[] = [
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
  for (const { name, path, ready } of pages) {
    await openPage(page, path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await ready(page);
    await page.screenshot({ path: testInfo.outputPath(`${name}-ar.png`), fullPage: true });
    expect.soft(await latinWords(page), `Latin words in the interface text of the ${name} page`).toEqual([]);
  }
});
