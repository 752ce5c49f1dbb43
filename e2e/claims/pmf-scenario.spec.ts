import { mkdir } from "node:fs/promises";
import { listClaims } from "../../lib/claims/list-claims";
import { listTranslations } from "../../lib/translations/list-translations";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { articleId, highlightText, setUpSampleProject } from "../annotator/reader";
import {
  claimCard,
  figureInput,
  newClaimFrom,
  openArticlePage,
  PMF_PARAGRAPH_EN,
  PMF_PHRASE,
  qualifierSelect,
  SHOTS,
} from "./steps";

// Seeds a project with the sample corpus and drives three pages; give it room.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test("in article 003 a casualty claim made from «أدى إلى مقتل عنصر وإصابة اثنين آخرين» is prefilled, attributed to the PMF, translated, and found on the entity's page", async ({
  page,
}) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "003");

  // 1. Select the words in the reader and open the claim form: 1 killed and 2 injured are read from the Arabic.
  await openArticlePage(page, analyst, project.id, id);
  const form = await newClaimFrom(page, PMF_PHRASE);
  await expect(form.getByRole("radio", { name: "Casualties" })).toBeChecked();
  await expect(figureInput(form, "Killed")).toHaveValue("1");
  await expect(figureInput(form, "Injured")).toHaveValue("2");
  await expect(qualifierSelect(form, "Killed")).toHaveValue("exactly");
  await expect(qualifierSelect(form, "Injured")).toHaveValue("exactly");

  // 2. The speaker is the PMF, registered inline: its Arabic name comes from what was typed.
  const speaker = form.getByTestId("speaker-entity");
  await speaker.getByRole("combobox").fill("الحشد الشعبي");
  await speaker.getByTestId("entity-create-option").click();
  const create = speaker.getByTestId("entity-create");
  await expect(create.getByLabel("Arabic name")).toHaveValue("الحشد الشعبي");
  await create.getByLabel("Kind").selectOption("ORGANISATION");
  await create.getByLabel(/English name/).fill("Popular Mobilization Forces");
  await create.getByLabel(/Aliases/).fill("الحشد, PMF");
  await create.getByRole("button", { name: "Create entity" }).click();
  await expect(speaker.getByTestId("entity-name")).toContainText("Popular Mobilization Forces");
  await form.getByLabel("Channel", { exact: true }).selectOption("statement");
  await form.getByLabel("Victims").fill("PMF members");
  await form.getByLabel("Caused by").fill("US strikes");
  await form.getByLabel(/^Place/).fill("al-Qaim, Anbar");
  await page.screenshot({ path: `${SHOTS}/claim-form-en.png` });
  await form.getByTestId("claim-save").click();
  await expect(form).toBeHidden();

  // 3. The panel shows it under Casualties, with its figures in English and Arabic and its speaker.
  const card = claimCard(page, PMF_PHRASE);
  await expect(card).toHaveAttribute("data-kind", "CASUALTY");
  await expect(card.locator('[data-figure="killed"] [data-testid="figure-en"]')).toHaveText("1");
  await expect(card.locator('[data-figure="injured"] [data-testid="figure-en"]')).toHaveText("2");
  await expect(card.getByTestId("claim-speaker-entity")).toContainText("Popular Mobilization Forces");
  await expect(card.getByTestId("claim-channel")).toHaveText("Statement");

  const [claim] = await listClaims({ actor: analyst, articleId: id });
  expect(claim).toMatchObject({
    kind: "CASUALTY",
    channel: "statement",
    figures: {
      killed: { qualifier: "exactly", value: 1 },
      injured: { qualifier: "exactly", value: 2 },
      victims: "PMF members",
      perpetrator: "US strikes",
    },
    speakerEntity: { nameAr: "الحشد الشعبي", nameEn: "Popular Mobilization Forces", kind: "ORGANISATION" },
    claimSpan: { quote: PMF_PHRASE },
  });

  // 4. Clicking the claim shows its span, drawn over exactly the selected words.
  await card.getByTestId("claim-show").click();
  expect(await highlightText(page, claim!.claimSpan!.id)).toBe(PMF_PHRASE);
  await page.screenshot({ path: `${SHOTS}/article-with-claim-en.png` });

  // 5. The bilingual view: English for the paragraph, beside its Arabic.
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);
  const row = page.getByTestId("translation-row").filter({ hasText: PMF_PHRASE });
  await expect(row.locator('[data-column="ar"]')).toHaveAttribute("dir", "rtl");
  await expect(row.locator('[data-column="ar"]')).toHaveAttribute("lang", "ar");
  await row.getByTestId("translation-edit").click();
  await row.getByTestId("translation-input").fill(PMF_PARAGRAPH_EN);
  await row.getByTestId("translation-save").click();
  await expect(row.getByTestId("translation-text")).toHaveText(PMF_PARAGRAPH_EN);
  await expect(row.getByTestId("translation-author")).toContainText(analyst.name);
  await expect(page.getByTestId("translation-progress").first()).toHaveAttribute("data-translated", "1");

  // The claim's English starts from the draft built from its fields, marked as assisted.
  const claimRow = page.getByTestId("claim-translation-row").filter({ hasText: PMF_PHRASE });
  await claimRow.getByTestId("translation-edit").click();
  await claimRow.getByTestId("english-draft").click();
  await expect(claimRow.getByTestId("translation-input")).toHaveValue(
    "Popular Mobilization Forces in a statement reported 1 killed and 2 injured among PMF members by US strikes in al-Qaim, Anbar.",
  );
  await expect(claimRow.getByTestId("translation-input")).toHaveAttribute("data-origin", "ASSISTED");
  await expect(claimRow.getByTestId("assisted-notice")).toBeVisible();
  await claimRow.getByTestId("translation-save").click();
  await expect(claimRow.getByTestId("translation-text")).toContainText("reported 1 killed and 2 injured");
  await page.screenshot({ path: `${SHOTS}/translate-en.png`, fullPage: true });

  const translations = await listTranslations({ actor: analyst, articleId: id });
  const paragraphIndex = (await row.getAttribute("data-index")) ?? "";
  expect(translations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        targetType: "SEGMENT",
        targetKey: paragraphIndex,
        text: PMF_PARAGRAPH_EN,
        origin: "HUMAN",
        status: "DRAFT",
      }),
      expect.objectContaining({ targetType: "CLAIM", targetKey: claim!.id, origin: "ASSISTED" }),
    ]),
  );

  // 6. The entity's page lists the claim it made, with the article's date and a link to it.
  await openPage(page, `/projects/${project.id}/entities`);
  // Matching folds the article prefix: «حشد» finds «الحشد الشعبي».
  await page.getByTestId("entity-search").fill("حشد");
  await page.getByTestId("entities-table").getByRole("link", { name: "الحشد الشعبي" }).click();
  const made = page.getByTestId("entity-claims-made");
  await expect(made.getByTestId("entity-claim-quote")).toHaveText(PMF_PHRASE);
  await expect(made).toContainText("24 Jan 2024");
  await expect(made.getByTestId("entity-claim-article")).toHaveAttribute(
    "href",
    `/projects/${project.id}/articles/${id}#claim-${claim!.id}`,
  );
  await page.screenshot({ path: `${SHOTS}/entity-en.png`, fullPage: true });
});
