import type { APIRequestContext } from "@playwright/test";
import { reviewMessages } from "../components/review/messages";
import { webImportMessages } from "../components/projects/web-import-messages";
import { suggestionMessages } from "../components/suggestions/messages";
import type { Locale } from "../lib/i18n/config";
import { messages } from "../lib/i18n/messages";
import { signInViaApi } from "./fixtures/auth";
import { createAccount, createProjectWith } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/**
 * Only the active language is sent to the browser: a page in one language — its HTML with the
 * server-rendered payload, and every script it loads — holds none of the other language's
 * interface strings, while its own language's strings are there (the app's dictionary and the
 * feature dictionaries its client components read), and no feature dictionary it does not show.
 * The samples are strings of feature dictionaries that client components show.
 */
function projectPage(locale: Locale): string[] {
  return [
    webImportMessages[locale].submit,
    suggestionMessages[locale].run.failed.replace(/\{\w+\}/, "").trim(),
    messages[locale].importPanel.help,
  ];
}
function reviewPage(locale: Locale): string[] {
  return [
    reviewMessages[locale].verdictForm.submit,
    reviewMessages[locale].queue.important,
    messages[locale].importPanel.help,
  ];
}

/** The page's HTML and the text of every script of the app it refers to. */
async function pageAndScripts(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  const html = await response.text();
  const scripts = new Set(
    [...html.matchAll(/(?:\/_next\/)?static\/chunks\/[\w./~-]+?\.js/g)].map(([src]) =>
      src.startsWith("/_next/") ? src : `/_next/${src}`,
    ),
  );
  expect(scripts.size, `scripts referred to by ${path}`).toBeGreaterThan(0);
  const texts = await Promise.all([...scripts].map(async (src) => (await request.get(src)).text()));
  return [html, ...texts].join("\n");
}

test("a page in one interface language sends none of the other language's strings to the browser", async ({
  page,
  baseURL,
}) => {
  const manager = await createAccount();
  const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
  await signInViaApi(page, manager);
  const origin = new URL(baseURL ?? "http://localhost:3000").origin;
  for (const [locale, other] of [
    ["ar", "en"],
    ["en", "ar"],
  ] as const) {
    await page.context().addCookies([{ name: "wb-locale", value: locale, url: origin }]);
    for (const [path, samples, notShown] of [
      [`/projects/${project.id}`, projectPage, reviewPage],
      [`/projects/${project.id}/review`, reviewPage, projectPage],
    ] as const) {
      const sent = await pageAndScripts(page.request, path);
      for (const text of samples(locale)) expect(sent, `${locale} page ${path} carries «${text}»`).toContain(text);
      for (const text of samples(other))
        expect.soft(sent.includes(text), `${locale} page ${path} carries the ${other} «${text}»`).toBe(false);
      // Another page's feature strings (the app's dictionary, which every page carries, aside).
      for (const text of notShown(locale).slice(0, 2))
        expect.soft(sent.includes(text), `${locale} page ${path} carries another page's «${text}»`).toBe(false);
    }
  }
});
