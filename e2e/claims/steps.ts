import { expect, type Locator, type Page } from "@playwright/test";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import {
  createAccount,
  createProjectWith,
  importSampleCorpus,
  uniqueTag,
  type TAccount,
  type TRole,
} from "../fixtures/seed";
import { dragSelect, waitForReader } from "../annotator/reader";

/**
 * Steps shared by the claims, entities and translations specs. The article page is driven
 * through its stable hooks: the reader (e2e/annotator/reader.ts), the "New claim" button
 * (data-testid="new-claim") and the claims panel (data-testid="claims-panel").
 */

export const SHOTS = "test-results/claims";

/** The sentence of sample article 003 the scenario is about, and its English. */
export const PMF_PHRASE = "أدى إلى مقتل عنصر وإصابة اثنين آخرين";
export const PMF_PARAGRAPH_EN =
  "According to a statement by the Popular Mobilization Forces, the US bombardment of the railway area of al-Qaim district, west of Anbar, killed one member and injured two others.";

function articlePagePath(projectId: string, articleId: string): string {
  return `/projects/${projectId}/articles/${articleId}`;
}

/** Signs in and opens the article page with its reader ready. */
export async function openArticlePage(
  page: Page,
  account: TAccount,
  projectId: string,
  articleId: string,
): Promise<void> {
  await signInViaApi(page, account);
  await openPage(page, articlePagePath(projectId, articleId));
  await waitForReader(page);
  await expect(page.getByTestId("claims-panel")).toBeVisible();
}

/** Drag-selects a phrase in the reader and opens the claim form on it; returns the form. */
export async function newClaimFrom(page: Page, phrase: string): Promise<Locator> {
  expect(await dragSelect(page, phrase)).toBe(phrase);
  const button = page.getByTestId("new-claim");
  await expect(button).toBeEnabled();
  await button.click();
  const form = page.getByTestId("claim-form");
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-quote")).toHaveText(phrase);
  await expect(form.getByTestId("prefill-state")).toHaveAttribute("data-state", "done");
  return form;
}

/** The number input of a figure ("Killed", "Injured", "Number") in the claim form. */
export function figureInput(form: Locator, label: string): Locator {
  return form.getByLabel(label, { exact: true });
}

export function qualifierSelect(form: Locator, label: string): Locator {
  return form.getByLabel(`${label}: Qualifier`, { exact: true });
}

/** A claim card in the panel, by (part of) its Arabic words. */
export function claimCard(page: Page, quote: string): Locator {
  return page.getByTestId("claims-panel").getByTestId("claim-card").filter({ hasText: quote });
}

/** A project with the sample corpus and members in the given roles; `articles` maps "000"… to ids. */
export async function seedSampleProject(members: { name: string; role: TRole }[]) {
  const accounts = await Promise.all(members.map((m) => createAccount({ name: `${m.name} ${uniqueTag()}` })));
  const { project, admin } = await createProjectWith(accounts.map((user, i) => ({ user, role: members[i]!.role })));
  const summary = await importSampleCorpus(admin, project.id);
  const articles = new Map(summary.results.map((r) => [r.name.slice(0, 3), r.articles[0]?.id ?? ""]));
  const article = (sample: string) => {
    const found = articles.get(sample);
    if (!found) throw new Error(`Sample article ${sample} was not imported`);
    return found;
  };
  return { project, admin, accounts, article };
}

/** Switches this browser's interface language (the language cookie wins over the account's setting). */
export async function useInterfaceLanguage(
  page: Page,
  baseURL: string | undefined,
  locale: "ar" | "en",
): Promise<void> {
  await page
    .context()
    .addCookies([{ name: "wb-locale", value: locale, url: new URL(baseURL ?? "http://localhost:3000").origin }]);
}
