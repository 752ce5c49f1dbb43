import { expect, test } from "../fixtures/test";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus, waitForSuggestionRuns } from "../fixtures/seed";

/**
 * The incident issue's promise, in the browser: after an import and nothing else — no claim
 * accepted, no event made — the reviewers' queue shows the sample's conflicts, each claim marked
 * machine-proposed, the reason in the reader's language.
 */
test("the queue of a freshly imported sample shows its conflicts before anyone accepts anything", async ({ page }) => {
  test.slow();
  const reviewer = await createAccount({ name: "Proposals reviewer" });
  const { project, admin } = await createProjectWith([{ user: reviewer, role: "REVIEWER" }]);
  await importSampleCorpus(admin, project.id);
  await signInViaApi(page, reviewer);

  // The import's suggestion run works in the background: suggestions, then incidents and links
  // article by article, so a queue opened midway shows only the articles done so far.
  await waitForSuggestionRuns(project.id);
  await openPage(page, `/projects/${project.id}/review`);
  const weapons = page.getByTestId("queue-link").filter({ hasText: "One incident, a different weapon" });
  await expect(weapons).toHaveCount(1);
  await expect(weapons).toHaveAttribute("data-relation", "CONTRADICTS");
  await expect(weapons.getByTestId("link-reason")).toContainText("mortar");
  await expect(weapons.getByTestId("claim-origin")).toHaveText(["machine-proposed", "machine-proposed"]);
  await expect(weapons.getByTestId("claim-sentence").first()).toHaveAttribute("dir", "rtl");

  const sources = page.getByTestId("queue-link").filter({ hasText: "Two sources in one report disagree" });
  await expect(sources).toHaveCount(1);
  // The two sources side by side, in whichever order the rule put them.
  await expect(sources).toContainText("مقتل عنصر وإصابة اثنين آخرين");
  await expect(sources).toContainText("قتلت مسلحين اثنين على الأقل");
  await expect(page.getByTestId("queue-link").filter({ hasText: "Running count of" })).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath("proposed-conflicts-en.png"), fullPage: true });

  // In Arabic, the same card gives its reason in Arabic, with Arabic figures.
  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();
  const arabic = page.getByTestId("queue-link").filter({ hasText: "حادثة واحدة بسلاح مختلف" });
  await expect(arabic).toHaveCount(1);
  await expect(arabic.getByTestId("claim-origin")).toHaveText(["مقترح آلياً", "مقترح آلياً"]);
  await expect(page.getByTestId("queue-link").filter({ hasText: "ما لا يقل عن 84" }).first()).toContainText(
    "عدد تراكمي",
  );
  await page.screenshot({ path: test.info().outputPath("proposed-conflicts-ar.png"), fullPage: true });
});
